// Turns an error code from the server (or the network) into a sentence in the reader's language.
import type { Locale, RefusalParams } from '@council/shared';
import { catalogues, canFill, interpolate, isMessageKey, wordParams, type Params } from './translate';
import { wordRefusal } from './refusalWords';

export interface ErrorLike {
  readonly code: string;
  readonly message: string;
  /** The refusal's reason and specifics, as the server sent them. */
  readonly params?: RefusalParams;
}

/**
 * Params a screen adds to a refusal's sentence where the refusal cannot carry them: a refused join
 * travels as "CODE: message" alone, so the join form names the code it tried.
 */
export const SCREEN_PARAMS: Readonly<Partial<Record<string, readonly string[]>>> = {
  NO_SUCH_EXERCISE: ['code'],
};

/** The catalogue keys that may word this refusal, the most specific first. */
export function errorKeys(error: Pick<ErrorLike, 'code' | 'params'>): string[] {
  const reason = error.params?.reason;
  return reason ? [`error.${error.code}.${reason}`, `error.${error.code}`] : [`error.${error.code}`];
}

/**
 * The sentence for the refusal's code and reason in the reader's language, filled from the params the
 * server sent (and any the screen adds); the server's own message only for a code this client does
 * not know, or a sentence it cannot fill.
 */
export function errorText(locale: Locale, error: ErrorLike, params: Params = {}): string {
  const all: Params = { detail: error.message, ...params, ...wordRefusal(locale, error.params) };
  for (const key of errorKeys(error)) {
    if (!isMessageKey(key)) continue;
    const template = catalogues[locale][key];
    if (canFill(template, all)) return interpolate(template, wordParams(locale, all));
  }
  return error.message;
}
