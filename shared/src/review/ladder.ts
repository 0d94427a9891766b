// One scale for escalation: the measure counts Kahn's 44 rungs, the map's ladder names eleven
// steps, each standing for a range of Kahn's rungs (RUNG_INFO's `kahn`). A Kahn rung is read as the
// ladder's step that reaches it, so the measures and the ladder say the same thing.
import { ESCALATION_RUNGS, RUNG_INFO, type EscalationRung } from '../forces/escalation';

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

/** "Show of force and mobilisation (Kahn rung 4)": the measure in the ladder's words. */
export function kahnRungText(kahn: number): string {
  return `${RUNG_INFO[ladderRungOfKahn(kahn)].label} (Kahn rung ${kahn})`;
}
