// The escalation ladder (condensed from Kahn's 44 rungs) and the nuclear-signalling options of each side.
import { RUNG_NAMES } from './rungWords';
import type { Side } from './vocabulary';

/**
 * Named rungs, lowest first. `kahn` gives the rung(s) of Kahn's ladder each one condenses
 * (Kahn, On Escalation, 1965: 44 rungs; facts.md §4, names marked [F] there: check against the book).
 * The threshold Kahn puts between rung 9 and 10 ("nuclear war is unthinkable") sits between
 * `dramaticConfrontation` and `largeConventionalWar`.
 */
export const ESCALATION_RUNGS = [
  'peacetime',
  'hybridPressure',
  'politicalGestures',
  'showOfForce',
  'harassment',
  'dramaticConfrontation',
  'largeConventionalWar',
  'nuclearUltimatum',
  'demonstrationOfForce',
  'exemplaryNuclearUse',
  'limitedNuclearWar',
] as const;
export type EscalationRung = (typeof ESCALATION_RUNGS)[number];

/** Each rung's English name (rungWords.ts words it in every language) and the Kahn rungs it condenses. */
export const RUNG_INFO: Readonly<Record<EscalationRung, { label: string; kahn: string }>> = {
  peacetime: { label: RUNG_NAMES.en.peacetime, kahn: 'below rung 1' },
  hybridPressure: { label: RUNG_NAMES.en.hybridPressure, kahn: '1 (ostensible crisis)' },
  politicalGestures: { label: RUNG_NAMES.en.politicalGestures, kahn: '2–3' },
  showOfForce: { label: RUNG_NAMES.en.showOfForce, kahn: '4–6' },
  harassment: { label: RUNG_NAMES.en.harassment, kahn: '7–8' },
  dramaticConfrontation: { label: RUNG_NAMES.en.dramaticConfrontation, kahn: '9' },
  largeConventionalWar: { label: RUNG_NAMES.en.largeConventionalWar, kahn: '12–14' },
  nuclearUltimatum: { label: RUNG_NAMES.en.nuclearUltimatum, kahn: '16' },
  demonstrationOfForce: { label: RUNG_NAMES.en.demonstrationOfForce, kahn: '18' },
  exemplaryNuclearUse: { label: RUNG_NAMES.en.exemplaryNuclearUse, kahn: '21' },
  limitedNuclearWar: { label: RUNG_NAMES.en.limitedNuclearWar, kahn: '22–23' },
};

export const rungIndex = (rung: EscalationRung): number => ESCALATION_RUNGS.indexOf(rung);
/** The first rung past Kahn's "nuclear war is unthinkable" threshold. */
export const NUCLEAR_THRESHOLD: EscalationRung = 'largeConventionalWar';

export const NUCLEAR_SIGNALS = [
  // Blue: through the Nuclear Planning Group (facts.md §2, §4)
  'npgStatement',
  'steadfastNoonBroughtForward',
  'dcaDispersal',
  'ssbnVisibility',
  // Red (facts.md §4: Nov 2024 doctrine, Belarus storage site)
  'doctrineStatement',
  'nonStrategicExercise',
  'belarusWarheadsMoved',
  'explicitThreat',
  'demonstrationShot',
  'tacticalUse',
] as const;
export type NuclearSignal = (typeof NUCLEAR_SIGNALS)[number];

export interface SignalRule {
  readonly side: Side;
  /** The ladder reaches at least this rung when the signal is sent. */
  readonly floor: EscalationRung;
  /** Change to the sender's deterrence credibility (points of 100). */
  readonly credibility: number;
  /** Change to alliance cohesion (points of 100); nuclear use splits allies. */
  readonly cohesion: number;
  readonly label: string;
}

// Magnitudes are design judgements, not calibrated figures: they only order the options.
export const SIGNAL_RULES: Readonly<Record<NuclearSignal, SignalRule>> = {
  npgStatement: {
    side: 'blue',
    floor: 'politicalGestures',
    credibility: 3,
    cohesion: 2,
    label: 'NPG statement reaffirming the nuclear guarantee',
  },
  steadfastNoonBroughtForward: {
    side: 'blue',
    floor: 'showOfForce',
    credibility: 5,
    cohesion: 0,
    label: 'Steadfast Noon brought forward',
  },
  dcaDispersal: {
    side: 'blue',
    floor: 'dramaticConfrontation',
    credibility: 8,
    cohesion: -3,
    label: 'Dual-capable aircraft dispersed with B61s',
  },
  ssbnVisibility: {
    side: 'blue',
    floor: 'showOfForce',
    credibility: 4,
    cohesion: 0,
    label: 'Allied ballistic-missile submarine made visible',
  },
  doctrineStatement: {
    side: 'red',
    floor: 'politicalGestures',
    credibility: 2,
    cohesion: -1,
    label: 'Statement citing the Nov 2024 doctrine',
  },
  nonStrategicExercise: {
    side: 'red',
    floor: 'showOfForce',
    credibility: 4,
    cohesion: -2,
    label: 'Non-strategic nuclear forces exercise',
  },
  belarusWarheadsMoved: {
    side: 'red',
    floor: 'dramaticConfrontation',
    credibility: 6,
    cohesion: -4,
    label: 'Warheads moved to the Belarus storage site',
  },
  explicitThreat: {
    side: 'red',
    floor: 'nuclearUltimatum',
    credibility: 6,
    cohesion: -6,
    label: 'Explicit nuclear ultimatum',
  },
  demonstrationShot: {
    side: 'red',
    floor: 'demonstrationOfForce',
    credibility: 8,
    cohesion: -10,
    label: 'Demonstration detonation over the sea',
  },
  tacticalUse: {
    side: 'red',
    floor: 'exemplaryNuclearUse',
    credibility: 10,
    cohesion: -20,
    label: 'Tactical nuclear use against a military target',
  },
};
