// Everything that can happen to an exercise, in the past tense; the log of these is the truth.
import type { ForcesEvent } from '../forces/events';
import type { NegotiationEvent } from '../negotiation/events';
import type { ConsoleEvent } from '../control/events';
import type { ReviewEvent } from '../review/events';
import type { Scenario } from '../scenario/schema';
import type { ChannelEvent } from './events/channels';
import type { CouncilEvent } from './events/council';
import type { RolledBack } from './events/rollback';
import type { SessionEvent } from './events/session';

export type * from './events/channels';
export type * from './events/council';
export type * from './events/session';
export type * from './events/rollback';
export type * from '../negotiation/events';
export type * from '../control/events';
export type * from '../review/events';

export interface ExerciseCreated {
  readonly type: 'exerciseCreated';
  readonly exerciseId: string;
  readonly code: string;
  readonly title: string;
  readonly createdAt: string;
  /** The scenario as it was when the exercise was created, so later edits never change a run. */
  readonly scenario: Scenario;
  /** Seed of the exercise's PRNG; without it the seed is a hash of the exercise id. */
  readonly seed?: number;
  /** The forces variant (order of battle) played; the scenario's default when absent. */
  readonly variant?: string;
  /**
   * The assumption register's values in force (ADR 0027): every key of the scenario's register, the
   * defaults where Control changed nothing. Absent for a scenario without a register (or an older log).
   */
  readonly assumptions?: Readonly<Record<string, number | string>>;
  /** Set when this exercise branched off another at the start of one of its turns (ADR 0012). */
  readonly forkedFrom?: {
    readonly exerciseId: string;
    readonly code: string;
    readonly turn: number;
    /** Log position of that turn's start in the source. */
    readonly seq: number;
  };
}

export interface SeatClaimed {
  readonly type: 'seatClaimed';
  readonly seatId: string;
  readonly displayName: string;
  readonly tokenHash: string;
  readonly at: string;
}

export interface SeatReleased {
  readonly type: 'seatReleased';
  readonly seatId: string;
  readonly byControl: boolean;
  readonly at: string;
}

/** Forces events (forces/events.ts) join the union as they are: their names never clash with ours. */
export type GameEvent =
  | ExerciseCreated
  | SeatClaimed
  | SeatReleased
  | SessionEvent
  | CouncilEvent
  | ChannelEvent
  | RolledBack
  | ForcesEvent
  | NegotiationEvent
  | ConsoleEvent
  | ReviewEvent;
export type GameEventType = GameEvent['type'];
