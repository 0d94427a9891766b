// One scale for escalation: the measure counts Kahn's 44 rungs, the map's ladder names eleven
// steps, each standing for a range of Kahn's rungs (RUNG_INFO's `kahn`). A Kahn rung is read as the
// ladder's step that reaches it, so the measures and the ladder say the same thing.
import { ESCALATION_RUNGS, type EscalationRung } from '../forces/escalation';
import { KAHN_RUNG_WORDS, RUNG_NAMES } from '../forces/rungWords';
import type { Locale } from '../model/vocabulary';

/** The lowest Kahn rung of each ladder step, in ladder order (RUNG_INFO's ranges, gaps joined below). */
const KAHN_FLOOR: Readonly<Record<EscalationRung, number>> = {
  peacetime: 0,
  hybridPressure: 1,
  politicalGestures: 2,
  showOfForce: 4,
  harassment: 7,
  dramaticConfrontation: 9,
  largeConventionalWar: 12,
  nuclearUltimatum: 16,
  demonstrationOfForce: 18,
  exemplaryNuclearUse: 21,
  limitedNuclearWar: 22,
};

/** The ladder's step a Kahn rung (the measure, 0–44) falls on. */
export function ladderRungOfKahn(kahn: number): EscalationRung {
  let rung: EscalationRung = 'peacetime';
  for (const r of ESCALATION_RUNGS) if (kahn >= KAHN_FLOOR[r]) rung = r;
  return rung;
}

/** "Show of force and mobilisation (Kahn rung 4)": the measure in the ladder's words, in the reader's language. */
export function kahnRungText(kahn: number, locale: Locale = 'en'): string {
  const rung = KAHN_RUNG_WORDS[locale].replace('{rung}', String(kahn));
  return `${RUNG_NAMES[locale][ladderRungOfKahn(kahn)]} (${rung})`;
}
