// Names for the review's words about events: every id an event carries is read back to the name
// the scenario gives it (seats, allies, catalogue items, injects, units, places, rungs), so no
// internal id reaches a screen or an export's label.
import { ESCALATION_RUNGS, type EscalationRung } from '../forces/escalation';
import { RUNG_NAMES } from '../forces/rungWords';
import type { Scenario } from '../scenario/schema';
import { wordingIn, type Wording } from '../scenario/text';
import type { Locale } from '../model/vocabulary';

export interface EventNames {
  /** The name of anything the scenario names by this id, or null. */
  readonly of: (id: string) => string | null;
  /** A draft's id ("d2") as readers see it ("draft 2"). */
  readonly draft: (id: string) => string;
}

const rungs = new Set<string>(ESCALATION_RUNGS);

/** Lower-cased words of a camelCase type or code: "unitAlerted" → "unit alerted". */
export function words(code: string): string {
  return code
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
}

/** Names in the reader's language (English by default: a stored scenario may be English-only, ADR 0029). */
export function eventNames(scenario: Scenario | null, locale: Locale = 'en'): EventNames {
  const names = new Map<string, string>();
  const add = (id: string, name: Wording) => {
    if (!names.has(id)) names.set(id, wordingIn(name, locale) ?? wordingIn(name, 'en'));
  };
  if (scenario) {
    for (const s of scenario.seats) add(s.id, s.label);
    for (const a of scenario.allies) add(a.id, a.name);
    for (const c of scenario.catalogue) add(c.id, c.title);
    for (const i of scenario.injects) add(i.id, i.title);
    for (const u of scenario.forces?.units ?? []) add(u.id, u.name);
    for (const p of scenario.forces?.places ?? []) add(p.id, p.name);
  }
  return {
    of: (id) => names.get(id) ?? (rungs.has(id) ? RUNG_NAMES[locale][id as EscalationRung] : null),
    draft: (id) => {
      const n = /^d(\d+)$/.exec(id)?.[1];
      if (locale === 'fr') return n ? `projet ${n}` : 'un projet';
      return n ? `draft ${n}` : 'a draft';
    },
  };
}
