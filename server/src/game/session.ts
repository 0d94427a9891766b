// One live exercise: its state, rebuilt from the log, and a queue that applies commands one at a time.
import {
  COMMANDS_WITH_SECRET,
  afterRollBack,
  decide,
  evolve,
  replay,
  tick,
  reject,
  LogFold,
  type Actor,
  type Command,
  type ExerciseState,
  type GameEvent,
  type Rejection,
} from '@council/shared';
import { hashSecret, newSecret } from '../auth/secrets';
import type { ExerciseRecord, ExerciseStore } from '../store/exercises';
import { withSharedScenario } from './sharedScenarios';

export type Outcome = { ok: true; events: GameEvent[]; seatToken?: string } | { ok: false; error: Rejection };

export class ExerciseSession {
  private queue: Promise<unknown> = Promise.resolve();
  /** Wall time each seat last had a command accepted, for Control's console (kept with the log). */
  readonly lastActedAt: Map<string, string>;
  /** Snapshot writes run behind the queue, never in front of an acknowledgement. */
  private snapshotting: Promise<void> = Promise.resolve();
  /** Set when stored events could not be applied (the store failed mid-rollback): reload first. */
  private stale = false;

  private constructor(
    readonly record: ExerciseRecord,
    private readonly store: ExerciseStore,
    private current: ExerciseState,
    lastActedAt: Map<string, string>,
  ) {
    this.lastActedAt = lastActedAt;
  }

  /** The latest usable snapshot and the events after it; the whole log when no snapshot serves. */
  static async load(store: ExerciseStore, record: ExerciseRecord): Promise<ExerciseSession> {
    const [state, lastActedAt] = await Promise.all([loadState(store, record.id), store.lastActed(record.id)]);
    return new ExerciseSession(record, store, state, lastActedAt);
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

  /** Resolves once every snapshot asked for so far has been written (or has failed). */
  snapshotsWritten(): Promise<void> {
    return this.snapshotting;
  }

  private async advanceNow(now: Date): Promise<GameEvent[]> {
    await this.reloadIfStale();
    const events = tick(this.current, { now: now.toISOString() });
    if (events.length === 0) return [];
    // If this write fails the timer simply tries again on its next beat; nothing was applied.
    await this.store.append(this.record.id, this.current.seq, events, now.toISOString());
    await this.apply(events, now);
    return events;
  }

  private async executeNow(command: Command, actor: Actor, now: Date): Promise<Outcome> {
    await this.reloadIfStale();
    // Seat claims and assignments, and assistant keys, need a fresh secret: only its hash is kept.
    const seatToken = COMMANDS_WITH_SECRET.includes(command.type) ? newSecret() : undefined;
    const ctx = { actor, now: now.toISOString(), newSeatTokenHash: seatToken ? hashSecret(seatToken) : '' };
    const decision = decide(this.current, command, ctx);
    if (!decision.ok) return { ok: false, error: decision.error };
    // Taking a seat counts as the seat's first act.
    const acting = actor.seatId ?? (command.type === 'claimSeat' ? command.seatId : null);
    try {
      await this.store.append(this.record.id, this.current.seq, decision.value, ctx.now, acting);
    } catch (error) {
      console.error(`exercise ${this.record.id}: could not store events`, error);
      return {
        ok: false,
        error: reject('STORAGE_FAILED', 'The server could not record this; nothing changed. Try again.'),
      };
    }
    await this.apply(decision.value, now);
    if (acting) this.lastActedAt.set(acting, ctx.now);
    return { ok: true, events: decision.value, ...(seatToken ? { seatToken } : {}) };
  }

  /** Applies stored events to the live state; a new turn or a rollback is worth a snapshot. */
  private async apply(events: readonly GameEvent[], now: Date): Promise<void> {
    let state = this.current;
    try {
      for (const event of events) {
        state = event.type === 'rolledBack' ? await this.rolledBack(state, event) : evolve(state, event);
      }
    } catch (error) {
      // The events are stored, so they count; the state catches up from the store before the next command.
      this.stale = true;
      throw error;
    }
    this.current = state;
    if (events.some((e) => e.type === 'turnStarted' || e.type === 'rolledBack')) this.snapshot(state, now);
  }

  private async reloadIfStale(): Promise<void> {
    if (!this.stale) return;
    this.current = await loadState(this.store, this.record.id);
    this.stale = false;
  }

  /** The turn start's snapshot when it serves, else the stored log up to there, replayed. */
  private async rolledBack(
    live: ExerciseState,
    event: Extract<GameEvent, { type: 'rolledBack' }>,
  ): Promise<ExerciseState> {
    const snapshot = await this.store.snapshots.at(this.record.id, event.toSeq).catch(() => null);
    const restored =
      snapshot?.state ?? replay((await this.store.events(this.record.id)).slice(0, event.toSeq));
    return withSharedScenario(afterRollBack(live, restored, event));
  }

  /** Written after the events are durable and off the reply's path; a lost snapshot costs only time. */
  private snapshot(state: ExerciseState, now: Date): void {
    this.snapshotting = this.snapshotting
      .then(() => this.store.snapshots.save(state, now.toISOString()))
      .catch((error: unknown) => {
        console.error(`exercise ${this.record.id}: could not write a snapshot`, error);
      });
  }
}

async function loadState(store: ExerciseStore, exerciseId: string): Promise<ExerciseState> {
  const state = (await fromSnapshot(store, exerciseId)) ?? replay(await store.events(exerciseId));
  return withSharedScenario(state);
}

/**
 * The state from the newest usable snapshot plus the events after it, or null to replay the whole
 * log. A rollback among those events needs the state at its turn start: that turn's snapshot, or a
 * state the fold passed; if neither is there, the whole log is replayed instead.
 */
async function fromSnapshot(store: ExerciseStore, exerciseId: string): Promise<ExerciseState | null> {
  try {
    const latest = await store.snapshots.latest(exerciseId);
    if (!latest) return null;
    const tail = await store.eventsFrom(exerciseId, latest.seq);
    const targets = tail.flatMap((e) => (e.type === 'rolledBack' ? [e.toSeq] : []));
    const earlier = await store.snapshots.atEach(exerciseId, targets);
    const fold = new LogFold(latest.state, (seq) => earlier.get(seq));
    for (const event of tail) fold.push(event);
    return fold.state.seq === latest.seq + tail.length ? fold.state : null;
  } catch (error) {
    console.error(`exercise ${exerciseId}: snapshot not used, replaying the whole log`, error);
    return null;
  }
}
