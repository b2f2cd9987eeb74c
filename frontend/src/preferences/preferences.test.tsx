import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import {
  applyToDocument,
  ELDERLY_CLASS,
  ELDERLY_KEY,
  LANGUAGE_KEY,
  loadPreferences,
  saveElderly,
  saveLanguage,
} from './preferences';
import { PreferencesProvider, usePreferences } from './PreferencesProvider';

function memory(initial: Record<string, string> = {}) {
  const m = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    raw: m,
  };
}

describe('preferences', () => {
  it('defaults to Chinese and the standard mode', () => {
    expect(loadPreferences(memory())).toEqual({ language: 'zh-CN', elderly: false });
  });

  it('remembers elderly mode and the language', () => {
    const kv = memory();
    saveElderly(true, kv);
    saveLanguage('en', kv);
    expect(loadPreferences(kv)).toEqual({ language: 'en', elderly: true });
    saveElderly(false, kv);
    expect(loadPreferences(kv).elderly).toBe(false);
    expect(kv.raw.has(ELDERLY_KEY)).toBe(false);
  });

  it('ignores a stored language it does not know', () => {
    expect(loadPreferences(memory({ [LANGUAGE_KEY]: 'fr' })).language).toBe('zh-CN');
  });

  it('puts the language in <html lang> and elderly mode in a class', () => {
    applyToDocument({ language: 'en', elderly: true });
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.classList.contains(ELDERLY_CLASS)).toBe(true);
    applyToDocument({ language: 'zh-CN', elderly: false });
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.documentElement.classList.contains(ELDERLY_CLASS)).toBe(false);
  });
});

function Switches() {
  const { elderly, setElderly, language, setLanguage } = usePreferences();
  return (
    <>
      <button onClick={() => setElderly(!elderly)}>elderly:{String(elderly)}</button>
      <button onClick={() => setLanguage(language === 'en' ? 'zh-CN' : 'en')}>lang:{language}</button>
    </>
  );
}

describe('PreferencesProvider', () => {
  it('turns elderly mode on for the page and keeps it across a reload', () => {
    const first = render(
      <PreferencesProvider>
        <Switches />
      </PreferencesProvider>,
    );
    fireEvent.click(screen.getByText('elderly:false'));
    expect(screen.getByText('elderly:true')).toBeTruthy();
    expect(document.documentElement.classList.contains(ELDERLY_CLASS)).toBe(true);
    expect(localStorage.getItem(ELDERLY_KEY)).toBe('on');
    first.unmount();

    // A new visit reads what was stored.
    render(
      <PreferencesProvider>
        <Switches />
      </PreferencesProvider>,
    );
    expect(screen.getByText('elderly:true')).toBeTruthy();
  });

  it('switches the language of the texts and of the document', async () => {
    render(
      <PreferencesProvider>
        <Switches />
      </PreferencesProvider>,
    );
    await act(async () => {
      fireEvent.click(screen.getByText('lang:zh-CN'));
    });
    expect(i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('en');
    await act(async () => {
      fireEvent.click(screen.getByText('lang:en'));
    });
    expect(i18n.language).toBe('zh-CN');
  });
});
