import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import i18n from '../i18n';
import {
  applyToDocument,
  loadPreferences,
  saveElderly,
  saveLanguage,
  type Language,
  type Preferences,
} from './preferences';

interface PreferencesValue extends Preferences {
  setLanguage(language: Language): void;
  setElderly(elderly: boolean): void;
}

const PreferencesContext = createContext<PreferencesValue | null>(null);

export function PreferencesProvider({ children, initial }: { children: ReactNode; initial?: Preferences }) {
  const [prefs, setPrefs] = useState<Preferences>(() => initial ?? loadPreferences());

  useEffect(() => {
    applyToDocument(prefs);
    if (i18n.language !== prefs.language) void i18n.changeLanguage(prefs.language);
  }, [prefs]);

  const setLanguage = useCallback((language: Language) => {
    saveLanguage(language);
    setPrefs((p) => ({ ...p, language }));
  }, []);
  const setElderly = useCallback((elderly: boolean) => {
    saveElderly(elderly);
    setPrefs((p) => ({ ...p, elderly }));
  }, []);

  const value = useMemo(() => ({ ...prefs, setLanguage, setElderly }), [prefs, setLanguage, setElderly]);
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

export function usePreferences(): PreferencesValue {
  const v = useContext(PreferencesContext);
  if (!v) throw new Error('usePreferences outside PreferencesProvider');
  return v;
}
