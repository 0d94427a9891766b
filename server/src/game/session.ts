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
import { SequenceConflict, type ExerciseRecord, type ExerciseStore } from '../store/exercises';
import { withSharedCreation, withSharedScenario } from './sharedScenarios';

export type Outcome = { ok: true; events: GameEvent[]; seatToken?: string } | { ok: false; error: Rejection };

/** Events proven to apply, in their stored form, and the state they lead to. */
interface Proven {
  readonly events: GameEvent[];
  readonly state: ExerciseState;
}

const oneLine = (error: unknown): string =>
  (error instanceof Error ? `${error.name}: ${error.message}` : String(error))
    .replace(/\s+/g, ' ')
    .slice(0, 300);

export class ExerciseSession {
  private queue: Promise<unknown> = Promise.resolve();
  /** Wall time each seat last had a command accepted, for Control's console (kept with the log). */
  readonly lastActedAt: Map<string, string>;
  /** Snapshot writes run behind the queue, never in front of an acknowledgement. */
  private snapshotting: Promise<void> = Promise.resolve();
  /** Set when an append failed (it may have landed, or another writer took the place): reload first. */
  private stale = false;
  /** The log position at which the clock last failed, so a stuck clock is reported once. */
  private clockFailedAt = -1;
  /** Called after the state was reloaded from the store, so the room can publish it. */
  onReload: (() => void) | undefined;

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
   * Decides the command, proves its events apply to a scratch copy of the state, appends them to
   * the durable log and only then takes the new state on: a command is acknowledged only once it is
   * stored, what cannot be applied is never stored, and a failed write changes nothing here.
   */
  execute(
    command: Command,
    actor: Actor,
    now: Date,
    /** Checked in turn, on the state the command meets: a bot's seat may have been taken back meanwhile. */
    stillValid: (state: ExerciseState) => boolean = () => true,
  ): Promise<Outcome> {
    const run = this.queue.then(() =>
      stillValid(this.current)
        ? this.executeNow(command, actor, now)
        : { ok: false as const, error: reject('NOT_A_BOT_SEAT', 'That seat is no longer played by a bot.') },
    );
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
    let proven: Proven;
    try {
      const events = tick(this.current, { now: now.toISOString() });
      if (events.length === 0) return [];
      proven = await this.prove(events);
    } catch (error) {
      // The clock beats every second: say so once per log position, not once per beat.
      if (this.clockFailedAt !== this.current.seq) this.fault('the clock', null, error);
      this.clockFailedAt = this.current.seq;
      return [];
    }
    // If this write fails the timer tries again on its next beat, from what the store holds.
    await this.store
      .append(this.record.id, this.current.seq, proven.events, now.toISOString())
      .catch((error) => {
        this.stale = true;
        throw error;
      });
    this.accept(proven, now);
    return proven.events;
  }

  private async executeNow(command: Command, actor: Actor, now: Date): Promise<Outcome> {
    try {
      await this.reloadIfStale();
    } catch (error) {
      console.error(`exercise ${this.record.id}: could not reload from the store: ${oneLine(error)}`);
      return {
        ok: false,
        error: reject('STORAGE_FAILED', 'The server cannot reach its storage; try again shortly.'),
      };
    }
    // Seat claims and assignments, and assistant keys, need a fresh secret: only its hash is kept.
    const seatToken = COMMANDS_WITH_SECRET.includes(command.type) ? newSecret() : undefined;
    const ctx = { actor, now: now.toISOString(), newSeatTokenHash: seatToken ? hashSecret(seatToken) : '' };
    let proven: Proven;
    try {
      const decision = decide(this.current, command, ctx);
      if (!decision.ok) return { ok: false, error: decision.error };
      proven = await this.prove(decision.value);
    } catch (error) {
      // Prove, then store: what cannot be applied is never stored, and the room keeps serving.
      this.fault(command.type, actor, error);
      return {
        ok: false,
        error: reject('INTERNAL_ERROR', 'The server failed on this command; nothing changed.'),
      };
    }
    // Taking a seat counts as the seat's first act.
    const acting = actor.seatId ?? (command.type === 'claimSeat' ? command.seatId : null);
    try {
      await this.store.append(this.record.id, this.current.seq, proven.events, ctx.now, acting);
    } catch (error) {
      // Whether it landed is not known (a lost reply, another writer): reload before the next command.
      this.stale = true;
      console.error(`exercise ${this.record.id}: could not store ${command.type}: ${oneLine(error)}`);
      const message =
        error instanceof SequenceConflict
          ? 'The exercise changed meanwhile; nothing was recorded. Look again and retry.'
          : 'The server could not confirm that this was recorded; look again before retrying.';
      return {
        ok: false,
        error: reject('STORAGE_FAILED', message, {
          reason: error instanceof SequenceConflict ? 'conflict' : 'unconfirmed',
        }),
      };
    }
    this.accept(proven, now);
    if (acting) this.lastActedAt.set(acting, ctx.now);
    return { ok: true, events: proven.events, ...(seatToken ? { seatToken } : {}) };
  }

  /**
   * The state after `events`, worked out on the side: the live state is untouched. The events are
   * proven in the form they are stored in (JSON), so what replays later is what was proven now.
   */
  private async prove(events: readonly GameEvent[]): Promise<Proven> {
    const stored = JSON.parse(JSON.stringify(events)) as GameEvent[];
    let state = this.current;
    for (const event of stored) {
      state = event.type === 'rolledBack' ? await this.rolledBack(state, event) : evolve(state, event);
    }
    return { events: stored, state };
  }

  /** Takes on a state whose events are stored; a new turn or a rollback is worth a snapshot. */
  private accept({ events, state }: Proven, now: Date): void {
    this.current = state;
    if (events.some((e) => e.type === 'turnStarted' || e.type === 'rolledBack')) this.snapshot(state, now);
  }

  /** One line, free of the payload: what failed, for whom, and the error's own message. */
  private fault(what: string, actor: Actor | null, error: unknown): void {
    const who = actor
      ? actor.isControl
        ? `Control${actor.seatId ? `/${actor.seatId}` : ''}`
        : (actor.seatId ?? 'a guest')
      : 'the server';
    console.error(
      `exercise ${this.record.id}: ${what} by ${who} failed and was not stored: ${oneLine(error)}`,
    );
  }

  private async reloadIfStale(): Promise<void> {
    if (!this.stale) return;
    const [state, lastActedAt] = await Promise.all([
      loadState(this.store, this.record.id),
      this.store.lastActed(this.record.id),
    ]);
    this.current = state;
    this.lastActedAt.clear();
    for (const [seat, at] of lastActedAt) this.lastActedAt.set(seat, at);
    this.stale = false;
    this.onReload?.();
  }

  /** The turn start's snapshot when it serves, else the stored log up to there, replayed. */
  private async rolledBack(
    live: ExerciseState,
    event: Extract<GameEvent, { type: 'rolledBack' }>,
  ): Promise<ExerciseState> {
    const snapshot = await this.store.snapshots.at(this.record.id, event.toSeq).catch(() => null);
    const restored =
      snapshot?.state ??
      replay(withSharedCreation((await this.store.events(this.record.id)).slice(0, event.toSeq)));
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

/** The live state; a log that cannot be replayed opens under repair (the fold says where it failed). */
async function loadState(store: ExerciseStore, exerciseId: string): Promise<ExerciseState> {
  const state =
    (await fromSnapshot(store, exerciseId)) ?? replay(withSharedCreation(await store.events(exerciseId)));
  if (state.underRepair) {
    const { seq, type } = state.underRepair;
    console.error(`exercise ${exerciseId}: stored event ${seq} (${type}) cannot be applied; open for repair`);
  }
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
    // A tail that cannot be applied is judged on the whole log, which names the first failing event.
    return fold.state.seq === latest.seq + tail.length && !fold.state.underRepair ? fold.state : null;
  } catch (error) {
    console.error(`exercise ${exerciseId}: snapshot not used, replaying the whole log`, error);
    return null;
  }
}
