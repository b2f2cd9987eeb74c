/**
 * The two things a person sets for this browser: the language (zh-CN by default, or en) and
 * elderly mode (老年模式). Both are remembered in localStorage.
 */
import { browserStore, type KeyValueStore } from '../lib/storage';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

export const LANGUAGE_KEY = 'minsheng.language';
export const ELDERLY_KEY = 'minsheng.elderlyMode';

export interface Preferences {
  language: Language;
  elderly: boolean;
}

export function isLanguage(v: unknown): v is Language {
  return typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
}

export function loadPreferences(store: KeyValueStore = browserStore()): Preferences {
  const lang = store.getItem(LANGUAGE_KEY);
  return {
    language: isLanguage(lang) ? lang : DEFAULT_LANGUAGE,
    elderly: store.getItem(ELDERLY_KEY) === 'on',
  };
}

export function saveLanguage(language: Language, store: KeyValueStore = browserStore()): void {
  store.setItem(LANGUAGE_KEY, language);
}

export function saveElderly(elderly: boolean, store: KeyValueStore = browserStore()): void {
  if (elderly) store.setItem(ELDERLY_KEY, 'on');
  else store.removeItem(ELDERLY_KEY);
}

/** The class on <html> that turns on the elderly-mode CSS. */
export const ELDERLY_CLASS = 'ms-elderly';

/** Makes the document say what the person chose: `lang` and the elderly-mode class. */
export function applyToDocument(p: Preferences, doc: Document = document): void {
  doc.documentElement.lang = p.language;
  doc.documentElement.classList.toggle(ELDERLY_CLASS, p.elderly);
}
