// An assumption's value as a reader reads it (ADR 0027): a choice by its label in the register, a
// number written the reader's way with its unit. Screens, charts and the printable report share it.
import type { Locale } from '../model/vocabulary';
import type { AssumptionValue } from './assumptions';
import type { Assumption } from './schema';

/** Unit symbols of the register that a language writes otherwise (French "j" for days). */
const UNIT_WORDS: Readonly<Record<string, Partial<Record<Locale, string>>>> = { d: { fr: 'j' } };

/** "capitals" → "The Baltic capitals"; 0.5 → "0.5 ×" (French "0,5 ×"); a key the register lacks, as is. */
export function assumptionValueText(
  register: readonly Assumption[] | undefined,
  key: string,
  value: AssumptionValue,
  locale: Locale = 'en',
): string {
  const a = register?.find((x) => x.key === key);
  if (!a) return String(value);
  if (a.kind === 'choice') return a.choices.find((c) => c.id === value)?.label[locale] ?? String(value);
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return String(value);
  const written = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(n);
  const unit = a.unit ? (UNIT_WORDS[a.unit]?.[locale] ?? a.unit) : '';
  return unit ? `${written} ${unit}` : written;
}

/** An assumption's name in the reader's language; its key where the register lacks it. */
export const assumptionLabel = (
  register: readonly Assumption[] | undefined,
  key: string,
  locale: Locale = 'en',
): string => register?.find((a) => a.key === key)?.label[locale] ?? key;
