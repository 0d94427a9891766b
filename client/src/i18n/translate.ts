// Looks up a message in the chosen language and fills its {placeholders}.
import { isLocalisedText, type LocalisedText, type Locale } from '@council/shared';
import { en, type MessageKey } from './en';
import { fr } from './fr';
import { plurals } from './plurals';

/** A scenario's text may be a parameter: it is worded in the reader's language with the message. */
export type Params = Readonly<Record<string, string | number | LocalisedText>>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const catalogues: Record<Locale, Record<MessageKey, string>> = { en, fr };

const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholder names a template uses, sorted: the test compares them across languages. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}

export function interpolate(
  template: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

function cached<T>(map: Map<Locale, T>, locale: Locale, make: () => T): T {
  const found = map.get(locale);
  if (found) return found;
  const made = make();
  map.set(locale, made);
  return made;
}

/** The template for the reader's language, in the plural form {count} calls for. */
function template(locale: Locale, key: MessageKey, count: unknown): string {
  if (typeof count === 'number') {
    const rule = cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count);
    const form = plurals[locale][key]?.[rule];
    if (form) return form;
  }
  return catalogues[locale][key] ?? en[key];
}

/**
 * Numbers written the reader's way (French 2,5 and 12 500); short ones such as years ungrouped;
 * scenario texts in the reader's language.
 */
export function wordParams(locale: Locale, params: Params): Readonly<Record<string, string>> {
  const format = cached(numberFormats, locale, () => new Intl.NumberFormat(locale, { useGrouping: 'min2' }));
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'number' ? format.format(value) : isLocalisedText(value) ? value[locale] : value,
    ]),
  );
}

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  return interpolate(template(locale, key, params?.count), params && wordParams(locale, params));
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/** True when every placeholder the template needs is in params. */
export function canFill(template: string, params: Params = {}): boolean {
  return placeholders(template).every((name) => name in params);
}
