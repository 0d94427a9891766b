// Closed vocabularies of the North Atlantic Council: positions, draft life cycle, domestic politics.
export const POSITIONS = ['support', 'supportWithReservation', 'requestAmendment', 'object'] as const;
export type Position = (typeof POSITIONS)[number];

/** Positions that count towards consensus: a formal reservation is still support (facts §2). */
export const SUPPORTIVE_POSITIONS: readonly Position[] = ['support', 'supportWithReservation'];
/** Positions that stop a draft; under silence procedure either one breaks silence. */
export const BLOCKING_POSITIONS: readonly Position[] = ['requestAmendment', 'object'];
/** Positions that need a text: the footnote or the amendment asked for. */
export const POSITIONS_WITH_TEXT: readonly Position[] = ['supportWithReservation', 'requestAmendment'];

export const isSupportive = (p: Position): boolean => SUPPORTIVE_POSITIONS.includes(p);
export const isBlocking = (p: Position): boolean => BLOCKING_POSITIONS.includes(p);

/** open: collecting positions; silence: adopted at its deadline unless someone breaks silence. */
export const DRAFT_STATUSES = ['open', 'silence', 'adopted', 'superseded', 'withdrawn'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];
export const LIVE_DRAFT_STATUSES: readonly DraftStatus[] = ['open', 'silence'];

export const ADOPTION_ROUTES = ['consensus', 'silence'] as const;
export type AdoptionRoute = (typeof ADOPTION_ROUTES)[number];

/** Who entered a position: the seat's player, or the capital model for an ally nobody plays. */
/** Who set a position: the delegation, its capital's instructions, or Control (an override). */
export const POSITION_SOURCES = ['delegation', 'capital', 'control'] as const;
export type PositionSource = (typeof POSITION_SOURCES)[number];

/** How a capital clears instructions; slower processes take longer (see council/calibration.ts). */
export const DOMESTIC_PROCESSES = ['executive', 'coalition', 'parliamentaryMandate'] as const;
export type DomesticProcess = (typeof DOMESTIC_PROCESSES)[number];

/** An ally's numeric attributes that scenario effects may shift, with their ranges. */
export const ALLY_ATTRIBUTE_RANGES = {
  coalitionFragility: [0, 1],
  kremlinInfluence: [0, 1],
  publicOpinion: [-1, 1],
  usStance: [-1, 1],
} as const;
export const ALLY_ATTRIBUTES = Object.keys(ALLY_ATTRIBUTE_RANGES) as [
  keyof typeof ALLY_ATTRIBUTE_RANGES,
  ...(keyof typeof ALLY_ATTRIBUTE_RANGES)[],
];
export type AllyAttribute = keyof typeof ALLY_ATTRIBUTE_RANGES;
