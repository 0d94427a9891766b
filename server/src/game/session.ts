// One live exercise: its state, rebuilt from the log, and a queue that applies commands one at a time.
import {
  decide,
  evolve,
  replay,
  tick,
  reject,
  type Actor,
  type Command,
  type ExerciseState,
  type GameEvent,
  type Rejection,
} from '@council/shared';
import { hashSecret, newSecret } from '../auth/secrets';
import type { ExerciseRecord, ExerciseStore } from '../store/exercises';

export type Outcome = { ok: true; events: GameEvent[]; seatToken?: string } | { ok: false; error: Rejection };

export class ExerciseSession {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly record: ExerciseRecord,
    private readonly store: ExerciseStore,
    private current: ExerciseState,
  ) {}

  static async load(store: ExerciseStore, record: ExerciseRecord): Promise<ExerciseSession> {
    return new ExerciseSession(record, store, replay(await store.events(record.id)));
  }

  get state(): ExerciseState {
    return this.current;
  }

  /**
   * Decides the command, appends its events to the durable log and only then applies them:
   * a command is acknowledged only once it is stored, and a failed write changes nothing.
   */
  execute(command: Command, actor: Actor, now: Date): Promise<Outcome> {
    const run = this.queue.then(() => this.executeNow(command, actor, now));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Lets wall-clock time act (phase timers running out); returns the events it stored. */
  advanceTime(now: Date): Promise<GameEvent[]> {
    const run = this.queue.then(() => this.advanceNow(now));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async advanceNow(now: Date): Promise<GameEvent[]> {
    const events = tick(this.current, { now: now.toISOString() });
    if (events.length === 0) return [];
    // If this write fails the timer simply tries again on its next beat; nothing was applied.
    await this.store.append(this.record.id, this.current.seq, events, now.toISOString());
    this.current = events.reduce(evolve, this.current);
    return events;
  }

  private async executeNow(command: Command, actor: Actor, now: Date): Promise<Outcome> {
    const seatToken = command.type === 'claimSeat' ? newSecret() : undefined;
    const ctx = { actor, now: now.toISOString(), newSeatTokenHash: seatToken ? hashSecret(seatToken) : '' };
    const decision = decide(this.current, command, ctx);
    if (!decision.ok) return { ok: false, error: decision.error };
    try {
      await this.store.append(this.record.id, this.current.seq, decision.value, ctx.now);
    } catch (error) {
      console.error(`exercise ${this.record.id}: could not store events`, error);
      return {
        ok: false,
        error: reject('STORAGE_FAILED', 'The server could not record this; nothing changed. Try again.'),
      };
    }
    this.current = decision.value.reduce(evolve, this.current);
    return { ok: true, events: decision.value, ...(seatToken ? { seatToken } : {}) };
  }
}
