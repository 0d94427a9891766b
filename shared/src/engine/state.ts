// The authoritative state of one exercise, rebuilt from its event log by `evolve`.
import type { Scenario } from '../scenario/schema';

export interface SeatHolder {
  readonly displayName: string;
  /** SHA-256 of the seat token the holder's browser keeps; the token itself is never stored. */
  readonly tokenHash: string;
  readonly claimedAt: string;
}

export interface ExerciseState {
  readonly exerciseId: string;
  readonly code: string;
  readonly title: string;
  readonly createdAt: string;
  readonly scenario: Scenario;
  readonly seats: Readonly<Record<string, SeatHolder>>;
  /** Number of events applied so far; the next event gets this sequence number. */
  readonly seq: number;
}

export interface Actor {
  /** The seat this connection holds, if any. */
  readonly seatId: string | null;
  /** True for a connection that proved the control key. */
  readonly isControl: boolean;
}

export interface DecideContext {
  readonly actor: Actor;
  /** Wall-clock time of the command (ISO 8601), supplied by the server. */
  readonly now: string;
  /** Hash of a fresh seat token, made by the server in case the command claims a seat. */
  readonly newSeatTokenHash: string;
}
