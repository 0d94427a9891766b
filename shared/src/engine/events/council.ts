// Events of the North Atlantic Council; those that rolled dice carry the draws and the PRNG state.
import type { AdoptionRoute, Position, PositionSource } from '../../model/council';
import type { PositionPhrase } from '../../council/phrases';
import type { RngState } from '../../rng/sfc32';
import type { Wording } from '../../scenario/text';
import type { PositionRoll } from '../state';

export interface ItemRequested {
  readonly type: 'itemRequested';
  readonly itemId: string;
  readonly seatId: string;
  readonly note: string | null;
  readonly gameTime: string;
  readonly at: string;
}

/** A new draft, or with `supersedes` a revision that replaces a live one. */
export interface DraftTabled {
  readonly type: 'draftTabled';
  readonly draftId: string;
  readonly revision: number;
  readonly supersedes: string | null;
  readonly itemIds: readonly string[];
  readonly text: Wording;
  readonly accommodates: readonly string[];
  readonly gameTime: string;
  /** Game time each ally's instructions arrive, rolled from its domestic politics. */
  readonly instructionsAt: Readonly<Record<string, string>>;
  readonly rng: RngState;
  readonly at: string;
}

export interface SilenceStarted {
  readonly type: 'silenceStarted';
  readonly draftId: string;
  readonly deadline: string;
  /** Instructions brought forward so every capital can speak before the deadline. */
  readonly instructionsAt: Readonly<Record<string, string>>;
  readonly gameTime: string;
  readonly at: string;
}

export interface PositionTaken {
  readonly type: 'positionTaken';
  readonly draftId: string;
  readonly allyId: string;
  readonly position: Position;
  readonly text: string | null;
  /** A stand worded by the rules (a capital's, a bot's); readers' clients word it (ADR 0019). */
  readonly phrase?: PositionPhrase | null;
  readonly source: PositionSource;
  /** Game time the position counts from. */
  readonly gameTime: string;
  readonly reviewAt: string | null;
  readonly roll: PositionRoll | null;
  /** PRNG state after the capital's draws; null when a player chose. */
  readonly rng: RngState | null;
  readonly at: string;
}

export interface SilenceBroken {
  readonly type: 'silenceBroken';
  readonly draftId: string;
  readonly allyId: string;
  readonly gameTime: string;
  readonly at: string;
}

export interface DraftAdopted {
  readonly type: 'draftAdopted';
  readonly draftId: string;
  readonly itemIds: readonly string[];
  readonly via: AdoptionRoute;
  readonly gameTime: string;
  /** Game hours from each item first raised to adoption. */
  readonly latencyHours: Readonly<Record<string, number>>;
  readonly at: string;
}

export interface DraftWithdrawn {
  readonly type: 'draftWithdrawn';
  readonly draftId: string;
  readonly gameTime: string;
  readonly at: string;
}

export type CouncilEvent =
  | ItemRequested
  | DraftTabled
  | SilenceStarted
  | PositionTaken
  | SilenceBroken
  | DraftAdopted
  | DraftWithdrawn;
