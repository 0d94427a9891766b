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
