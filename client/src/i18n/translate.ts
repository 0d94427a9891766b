// Looks up a message in the chosen language and fills its {placeholders}.
import type { Locale } from '@council/shared';
import { en, type MessageKey } from './en';
import { fr } from './fr';

export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const catalogues: Record<Locale, Record<MessageKey, string>> = { en, fr };

const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholder names a template uses, sorted: the test compares them across languages. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}

export function interpolate(template: string, params: Params = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  return interpolate(catalogues[locale][key] ?? en[key], params);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/** True when every placeholder the template needs is in params. */
export function canFill(template: string, params: Params = {}): boolean {
  return placeholders(template).every((name) => name in params);
}
