/**
 * react-i18next, zh-CN by default and en. The language a person chose is remembered by
 * preferences/preferences.ts; this module only sets up the translations.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, loadPreferences } from '../preferences/preferences';
import en from './en';
import zhCN from './zh-CN';

export const resources = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
} as const;

void i18n.use(initReactI18next).init({
  resources,
  lng: loadPreferences().language,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: ['zh-CN', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

export default i18n;
