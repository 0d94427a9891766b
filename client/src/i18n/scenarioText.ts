// A scenario's text (or a person's own words) in the reader's language (ADR 0029).
import { useCallback } from 'react';
import { wordingIn, type Locale, type Wording } from '@council/shared';
import { selectLocale, useStore } from '../store';

/** Words a text for a given language; absent text reads as nothing. */
export function textIn(locale: Locale, wording: Wording | null | undefined): string {
  return wording === null || wording === undefined ? '' : wordingIn(wording, locale);
}

/**
 * A text in the language the reader chose. Components that show it also word their interface with
 * `useT`, which re-renders them when the language changes; `useText` is the hook for those that do not.
 */
export function tx(wording: Wording | null | undefined): string {
  return textIn(selectLocale(useStore.getState()), wording);
}

export function useText(): (wording: Wording | null | undefined) => string {
  const locale = useStore(selectLocale);
  return useCallback((wording) => textIn(locale, wording), [locale]);
}
