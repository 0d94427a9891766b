// The game's closed vocabularies; types are derived from the arrays so a new value is one edit.
export const SEAT_KINDS = [
  'control',
  'secretaryGeneral',
  'ally',
  'saceur',
  'red',
  'party',
  'observer',
] as const;
export type SeatKind = (typeof SEAT_KINDS)[number];

export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** Phases of one turn, in order; `hotwash` runs only when the scenario or Control enables it. */
export const PHASES = ['situation', 'consultation', 'decision', 'adjudication', 'hotwash'] as const;
export type Phase = (typeof PHASES)[number];

/** `lobby` until Control starts the exercise; `ended` is final. */
export const EXERCISE_STATUSES = ['lobby', 'running', 'paused', 'ended'] as const;
export type ExerciseStatus = (typeof EXERCISE_STATUSES)[number];

/** Seat kinds that owe a move in the decision phase when a person holds the seat. */
export const MOVING_SEAT_KINDS = ['secretaryGeneral', 'ally', 'saceur', 'red', 'party'] as const;
