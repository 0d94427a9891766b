// An override in words: what Control set aside and what it set, named as the scenario names it, in
// the reader's language.
import type { OverrideTarget } from '../control/commands';
import type { Measure } from '../model/effects';
import type { Locale } from '../model/vocabulary';
import { CHART_WORDS } from './chartWords';
import { codeIn } from './codeWords';
import { words, type EventNames } from './eventNames';

const OVERRIDE_WORDS: Readonly<
  Record<
    Locale,
    {
      readonly none: string;
      readonly measure: (measure: Measure) => string;
      readonly position: (ally: string, draft: string) => string;
      readonly strength: (unit: string) => string;
      readonly heldBy: (place: string) => string;
      readonly side: Readonly<Record<'red' | 'blue', string>>;
    }
  >
> = {
  en: {
    none: 'none',
    measure: (m) => words(m),
    position: (ally, draft) => `${ally} on ${draft}`,
    strength: (unit) => `${unit} strength`,
    heldBy: (place) => `${place} held by`,
    side: { red: 'red', blue: 'blue' },
  },
  fr: {
    none: 'aucun',
    measure: (m) => CHART_WORDS.fr.title[m],
    position: (ally, draft) => `${ally} (${draft})`,
    strength: (unit) => `effectif de ${unit}`,
    heldBy: (place) => `${place} tenu par`,
    side: { red: 'le camp rouge', blue: 'l’OTAN' },
  },
};

/** What an override set aside and what it set, named as the scenario names it. */
export function namedOverride(
  target: OverrideTarget,
  previous: number | string | null,
  names: EventNames,
  locale: Locale = 'en',
): string {
  const w = OVERRIDE_WORDS[locale];
  const was = previous === null ? w.none : String(previous);
  const name = (id: string) => names.of(id) ?? id;
  const side = (s: string) => (s === 'red' || s === 'blue' ? w.side[s] : s);
  const sep = locale === 'fr' ? ' : ' : ': ';
  switch (target.kind) {
    case 'measure':
      return `${w.measure(target.measure)}${sep}${was} → ${target.value}`;
    case 'position': {
      const before = previous === null ? w.none : codeIn(String(previous), locale);
      return `${w.position(name(target.allyId), names.draft(target.draftId))}${sep}${before} → ${codeIn(target.position, locale)}`;
    }
    case 'unitStrength':
      return `${w.strength(name(target.unitId))}${sep}${was} → ${target.strength}`;
    case 'placeControl':
      return `${w.heldBy(name(target.placeId))}${sep}${side(was)} → ${side(target.side)}`;
  }
}
