// Who is reading the review: Control with the exercise's control key, or a seat with its seat token.
// A seat reads its own review always, and the full record only once Control has unlocked it.
import type { Request } from 'express';
import { replay, seatForTokenHash, type ExerciseState, type GameEvent } from '@council/shared';
import { hashSecret, secretMatches } from '../../auth/secrets';
import type { ExerciseRecord } from '../../store/exercises';

export const CONTROL_KEY_HEADER = 'x-control-key';
export const SEAT_TOKEN_HEADER = 'x-seat-token';

export type Reader =
  | { readonly kind: 'control' }
  | { readonly kind: 'seat'; readonly seatId: string; readonly unlocked: boolean }
  | { readonly kind: 'nobody' };

export function readerOf(req: Request, record: ExerciseRecord, state: ExerciseState): Reader {
  const key = req.get(CONTROL_KEY_HEADER);
  if (key && secretMatches(key, record.controlKeyHash)) return { kind: 'control' };
  const token = req.get(SEAT_TOKEN_HEADER);
  const seatId = token ? seatForTokenHash(state, hashSecret(token)) : null;
  return seatId ? { kind: 'seat', seatId, unlocked: state.review.unlocked } : { kind: 'nobody' };
}

/** The log and its final state, read once per request. */
export function loaded(events: GameEvent[]): { events: GameEvent[]; state: ExerciseState } {
  return { events, state: replay(events) };
}
