// Who is reading the review: Control with the exercise's control key, or a seat with its seat token.
// A seat reads its own review always, and the full record only once Control has unlocked it.
import type { Request } from 'express';
import { evolve, seatForTokenHash, statesOf, type ExerciseState, type GameEvent } from '@council/shared';
import { hashSecret, secretMatches } from '../../auth/secrets';
import type { ExerciseRecord } from '../../store/exercises';
import { replayer } from './replayer';

export const CONTROL_KEY_HEADER = 'x-control-key';
export const SEAT_TOKEN_HEADER = 'x-seat-token';

export type Reader =
  | { readonly kind: 'control' }
  | { readonly kind: 'seat'; readonly seatId: string; readonly unlocked: boolean }
  | { readonly kind: 'nobody' };

/** The reader of a request; a seat token is looked up in the log's last state (by the replay worker). */
export async function readerOf(
  req: Request,
  record: ExerciseRecord,
  events: readonly GameEvent[],
): Promise<Reader> {
  const key = req.get(CONTROL_KEY_HEADER);
  if (key && secretMatches(key, record.controlKeyHash)) return { kind: 'control' };
  const token = req.get(SEAT_TOKEN_HEADER);
  if (!token) return { kind: 'nobody' };
  const answer = await replayer.ask(record.id, events, { kind: 'reader', tokenHash: hashSecret(token) });
  if (answer.kind !== 'reader' || !answer.seatId) return { kind: 'nobody' };
  return { kind: 'seat', seatId: answer.seatId, unlocked: answer.unlocked };
}

/** The reader of a request, from a final state the caller already holds (the delay-cost analysis). */
export function readerIn(req: Request, record: ExerciseRecord, state: ExerciseState): Reader {
  const key = req.get(CONTROL_KEY_HEADER);
  if (key && secretMatches(key, record.controlKeyHash)) return { kind: 'control' };
  const token = req.get(SEAT_TOKEN_HEADER);
  const seatId = token ? seatForTokenHash(state, hashSecret(token)) : null;
  return seatId ? { kind: 'seat', seatId, unlocked: state.review.unlocked } : { kind: 'nobody' };
}

/** Exercises whose replayed states are kept: a review scrubs one exercise many times in a row. */
const CACHED_EXERCISES = 8;
const cache = new Map<string, { count: number; states: ExerciseState[] }>();

/**
 * Every state of the log (index = seq). The log only grows, so the states of an exercise with as
 * many events as last time are the same, and a longer log extends them (a rollback rebuilds them).
 * Replaying for every scrubber stop would hold up the rooms that share this process.
 */
export function statesFor(exerciseId: string, events: readonly GameEvent[]): ExerciseState[] {
  const hit = cache.get(exerciseId);
  let states: ExerciseState[];
  if (hit && hit.count === events.length) states = hit.states;
  else if (
    hit &&
    hit.count < events.length &&
    !events.slice(hit.count).some((e) => e.type === 'rolledBack')
  ) {
    states = [...hit.states];
    for (const event of events.slice(hit.count)) states.push(evolve(states[states.length - 1]!, event));
  } else states = statesOf(events);
  cache.delete(exerciseId);
  cache.set(exerciseId, { count: events.length, states });
  if (cache.size > CACHED_EXERCISES) cache.delete(cache.keys().next().value!);
  return states;
}

/** The log, its states and its final state, read once per request. */
export function loaded(
  exerciseId: string,
  events: GameEvent[],
): { events: GameEvent[]; states: ExerciseState[]; state: ExerciseState } {
  const states = statesFor(exerciseId, events);
  return { events, states, state: states[states.length - 1]! };
}
