// Turns an error code from the server (or the network) into a sentence in the reader's language.
import type { Locale } from '@council/shared';
import { catalogues, canFill, interpolate, isMessageKey, wordParams, type Params } from './translate';

export interface ErrorLike {
  readonly code: string;
  readonly message: string;
}

/**
 * The translated message for the code when we have one and know its details; otherwise the
 * server's own message, which is more specific than a generic fallback would be.
 */
export function errorText(locale: Locale, error: ErrorLike, params: Params = {}): string {
  const key = `error.${error.code}`;
  if (!isMessageKey(key)) return error.message;
  const all: Params = { detail: error.message, ...params };
  const template = catalogues[locale][key];
  return canFill(template, all) ? interpolate(template, wordParams(locale, all)) : error.message;
}
