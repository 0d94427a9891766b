// Events of the world around the talks (ADR 0008): the front moves, the spending clock advances, a
// strained deal reopens. All are emitted by the turn machine at adjudication, before the clock moves.
import type { RngState } from '../rng/sfc32';

/** The line of contact moved: by a turn's fighting while unsigned, or by a detected serious breach. */
export interface FrontMoved {
  readonly type: 'frontMoved';
  readonly turn: number;
  readonly cause: 'fighting' | 'breach';
  /** The breach's author; null for fighting. */
  readonly by: string | null;
  /** Km each sector moved this turn (positive: the attacker advanced), by sector id. */
  readonly shifts: Readonly<Record<string, number>>;
  /** Fighting: two draws per sector; a breach: the sector it hit. */
  readonly rolls: readonly number[];
  /** The PRNG state after the draws. */
  readonly rng: RngState;
  /** Game time: the end of the turn. */
  readonly gameTime: string;
  /** Wall time. */
  readonly at: string;
}

/** The spending clock advanced one turn: each ally's defence spending, % of GDP, at `year`. */
export interface SpendingMoved {
  readonly type: 'spendingMoved';
  readonly turn: number;
  /** The spending clock after the move, in years (2025.5 is mid-2025). */
  readonly year: number;
  readonly levels: Readonly<Record<string, number>>;
  /** Game time: the end of the turn. */
  readonly gameTime: string;
  /** Wall time. */
  readonly at: string;
}

/** Detected serious breaches reached the scenario's threshold: the signatures lapse, the talks reopen. */
export interface NegotiationReopened {
  readonly type: 'negotiationReopened';
  readonly turn: number;
  /** Detected serious breaches since the signature. */
  readonly seriousBreaches: number;
  /** Game time: the end of the turn. */
  readonly gameTime: string;
  /** Wall time. */
  readonly at: string;
}

/** The Alliance's cohesion measure moved toward the level the two-tier meter and blocked NATO clauses set. */
export interface AllianceCohesionMoved {
  readonly type: 'allianceCohesionMoved';
  readonly turn: number;
  readonly from: number;
  readonly to: number;
  /** The two-tier meter (0–1) and the drafted clauses whose NATO commitment allies block, this turn. */
  readonly twoTier: number;
  readonly blockedClauses: number;
  /** Game time: the end of the turn. */
  readonly gameTime: string;
  /** Wall time. */
  readonly at: string;
}

export type WorldEvent = FrontMoved | SpendingMoved | NegotiationReopened | AllianceCohesionMoved;

export const WORLD_EVENT_TYPES: readonly WorldEvent['type'][] = [
  'frontMoved',
  'spendingMoved',
  'negotiationReopened',
  'allianceCohesionMoved',
];
