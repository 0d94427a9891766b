// The reader's preferences: language (remembered, and mirrored on <html lang>).
import type { StateCreator } from 'zustand';
import type { Locale } from '@council/shared';
import { loadLocale, saveLocale } from './persist';
import type { Store } from './store';

export interface PrefsSlice {
  locale: Locale;
  setLocale(locale: Locale): void;
}

function initialLocale(): Locale {
  const saved = loadLocale();
  if (saved) return saved;
  const browser = globalThis.navigator?.language?.toLowerCase() ?? '';
  return browser.startsWith('fr') ? 'fr' : 'en';
}

export const createPrefsSlice: StateCreator<Store, [], [], PrefsSlice> = (set) => ({
  locale: initialLocale(),
  setLocale(locale) {
    saveLocale(locale);
    set({ locale });
  },
});
