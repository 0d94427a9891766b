// Closed vocabularies of what council decisions and injects change: alliance measures and flags.

/** Alliance-wide measures with their ranges. Kahn (1965) names 44 rungs (facts §4). */
export const MEASURE_RANGES = {
  cohesion: [0, 100],
  deterrenceCredibility: [0, 100],
  escalationRung: [0, 44],
} as const;
export const MEASURES = Object.keys(MEASURE_RANGES) as [Measure, ...Measure[]];
export type Measure = keyof typeof MEASURE_RANGES;

/**
 * Facts the forces rules read. `saceurMayDeploy` is the pre-delegated authority graduated response
 * plans give SACEUR; without it SACEUR may only alert, stage and prepare (facts §2, Jun 2015).
 */
export const FLAGS = [
  'article4Consultations',
  'readinessRaised',
  'graduatedResponseActive',
  'saceurMayDeploy',
  'vjtfAuthorised',
  'forwardPresenceReinforced',
  /** Peacetime movement permits (10 days on average, up to 45) waived by a political decision (facts §3). */
  'movementPermitsWaived',
  'article5Invoked',
  'nuclearSignalled',
] as const;
export type Flag = (typeof FLAGS)[number];

/** Starting measures when a scenario sets none: mid-scale placeholders, no source; scenarios cite theirs. */
export const DEFAULT_MEASURES: Readonly<Record<Measure, number>> = {
  cohesion: 60,
  deterrenceCredibility: 50,
  escalationRung: 2,
};
