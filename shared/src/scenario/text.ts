// A player-visible text of a scenario, written in every language the product ships (ADR 0029).
import { z } from 'zod';
import { LOCALES, type Locale } from '../model/vocabulary';

/** The same text in English and French: a scenario missing either one does not load. */
export type LocalisedText = Readonly<Record<Locale, string>>;

/** A localised text of at most `max` characters in each language; neither may be empty. */
export function localisedText(max: number) {
  return z.object({ en: z.string().trim().min(1).max(max), fr: z.string().trim().min(1).max(max) }).strict();
}

/** The text in the reader's language. Both languages are required, so there is no fallback. */
export function inLanguage(text: LocalisedText, locale: Locale): string {
  return text[locale];
}

/** True for a value shaped like a localised text: the translation audit walks scenario files with it. */
export function isLocalisedText(value: unknown): value is LocalisedText {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => (LOCALES as readonly string[]).includes(k));
}

/** What a reader reads: a person's own words as written, or a scenario text in every language. */
export type Wording = string | LocalisedText;

/** The wording in the reader's language; a person's own words are shown as they wrote them. */
export function wordingIn(wording: Wording, locale: Locale): string {
  return typeof wording === 'string' ? wording : wording[locale];
}

/** The English wording, for the server's own messages and the record; nothing when absent. */
export const inEnglish = (wording: Wording | null | undefined): string =>
  wording === null || wording === undefined ? '' : wordingIn(wording, 'en');

/** The same characters in every language: a name written alike everywhere, or a last-resort label. */
export const verbatim = (text: string): LocalisedText => ({ en: text, fr: text });
