// What the review's replay worker does (replayWorker.ts runs it off the main thread): it keeps each
// exercise's replayed states, extends them with the events sent since, and answers from them.
import {
  compareRuns,
  evolve,
  own,
  seatForTokenHash,
  seatReview,
  statesOf,
  cachedViewFor,
  type Actor,
  type ExerciseState,
  type GameEvent,
  type Locale,
} from '@council/shared';
import { REVIEW_FILES, type ReviewFileExtras } from './files';

/** One question about an exercise's log, asked with the events the worker has not seen yet. */
export type ReplayOp =
  | { readonly kind: 'reader'; readonly tokenHash: string }
  | {
      readonly kind: 'file';
      readonly name: string;
      readonly now: string;
      readonly locale?: Locale;
      readonly extras?: ReviewFileExtras;
    }
  | { readonly kind: 'view'; readonly seq: number; readonly actor: Actor }
  | { readonly kind: 'seat'; readonly seatId: string; readonly unlocked: boolean; readonly locale?: Locale };

export interface ReplayRequest {
  readonly exerciseId: string;
  /** How many events of this exercise the sender believes the worker holds. */
  readonly base: number;
  /** The events from `base` on. */
  readonly tail: readonly GameEvent[];
  readonly op: ReplayOp;
}

export type ReplayAnswer =
  | { readonly kind: 'reader'; readonly seatId: string | null; readonly unlocked: boolean }
  | { readonly kind: 'file'; readonly body: string | Uint8Array; readonly type: string }
  | { readonly kind: 'json'; readonly body: string }
  /** The worker does not hold `base` events of this exercise: send the whole log. */
  | { readonly kind: 'resend' };

/** Presence is the live room's business: a moment of the past has nobody connected. */
const NOBODY = { connectedSeats: new Set<string>(), controlConnections: 0 };

/** Exercises whose replayed states are kept: a review scrubs one exercise many times in a row. */
const CACHED_EXERCISES = 8;

export class ReplayWork {
  private readonly cache = new Map<string, { events: GameEvent[]; states: ExerciseState[] }>();

  answer(request: ReplayRequest): ReplayAnswer {
    const known = this.extended(request);
    if (!known) return { kind: 'resend' };
    const { events, states } = known;
    const { op } = request;
    const state = states[states.length - 1]!;
    switch (op.kind) {
      case 'reader':
        return {
          kind: 'reader',
          seatId: seatForTokenHash(state, op.tokenHash),
          unlocked: state.review.unlocked,
        };
      case 'file': {
        const make = own(REVIEW_FILES, op.name);
        if (!make) throw new Error(`no review file ${op.name}`);
        return { kind: 'file', ...make(events, new Date(op.now), op.locale ?? 'en', op.extras ?? {}) };
      }
      case 'view':
        return { kind: 'json', body: JSON.stringify(cachedViewFor(states[op.seq]!, op.actor, NOBODY)) };
      case 'seat':
        return {
          kind: 'json',
          body: JSON.stringify(seatReview(events, op.seatId, op.unlocked, states, op.locale)),
        };
    }
  }

  /**
   * The log and its states after `tail`, or null when the worker does not hold `base` events. The
   * log only grows: a longer one extends the states, unless it rolled back (then all are rebuilt).
   */
  private extended({ exerciseId, base, tail }: ReplayRequest) {
    // A log sent from its start replaces whatever was kept of it.
    const hit = base === 0 ? undefined : this.cache.get(exerciseId);
    if ((hit?.events.length ?? 0) !== base) return null;
    const entry = hit ?? { events: [], states: [] };
    if (tail.length > 0) {
      for (const event of tail) entry.events.push(event);
      if (entry.states.length === 0 || tail.some((e) => e.type === 'rolledBack')) {
        entry.states = statesOf(entry.events);
      } else
        for (const event of tail) entry.states.push(evolve(entry.states[entry.states.length - 1]!, event));
    }
    this.cache.delete(exerciseId);
    this.cache.set(exerciseId, entry);
    if (this.cache.size > CACHED_EXERCISES) this.cache.delete(this.cache.keys().next().value!);
    return entry.events.length > 0 ? entry : null;
  }

  /** Several runs of one scenario side by side (no cache: each log is sent whole). */
  compare(logs: readonly (readonly GameEvent[])[]): ReplayAnswer {
    return { kind: 'json', body: JSON.stringify(compareRuns(logs)) };
  }
}
