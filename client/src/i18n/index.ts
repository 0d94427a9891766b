// The strings' public surface: hooks for components, plain functions for everything else.
import { useCallback } from 'react';
import { useStore, selectLocale } from '../store';
import { errorText, type ErrorLike } from './errors';
import { translate, type Params, type Translate } from './translate';

export type { MessageKey } from './en';
export type { Params, Translate } from './translate';
export { translate, errorText };

/** `t(key, params)` in the reader's current language; re-renders when the language changes. */
export function useT(): Translate {
  const locale = useStore(selectLocale);
  return useCallback<Translate>((key, params) => translate(locale, key, params), [locale]);
}

/** Turns an error into a sentence in the reader's language. */
export function useErrorText(): (error: ErrorLike, params?: Params) => string {
  const locale = useStore(selectLocale);
  return useCallback((error, params) => errorText(locale, error, params), [locale]);
}
