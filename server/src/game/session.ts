// One live exercise: its state, rebuilt from the log, and a queue that applies commands in order,
// those that arrive while a write is in flight together in one batch.
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

export type Outcome =
  | {
      ok: true;
      events: GameEvent[];
      /** The log position of the last of them. */ seq: number;
      seatToken?: string;
    }
  | { ok: false; error: Rejection };

/** A command waiting for its room's next batch. */
interface Waiting {
  readonly command: Command;
  readonly actor: Actor;
  readonly now: Date;
  readonly stillValid: (state: ExerciseState) => boolean;
  readonly resolve: (outcome: Outcome) => void;
}

/** A command of a batch, decided: its reply once the batch is stored, and its events if accepted. */
interface Decided {
  readonly waiting: Waiting;
  readonly outcome: Outcome;
  readonly part?: {
    readonly proven: Proven;
    readonly fromSeq: number;
    readonly at: string;
    readonly now: Date;
    readonly acting: string | null;
  };
}

/** Commands a batch holds at most: its append stays one modest statement. */
const MAX_BATCH = 32;

/** Commands whose deciding reads the stored log (a rollback restores a turn start from it). */
const READS_THE_STORE: ReadonlySet<string> = new Set(['rollBack', 'repairLog']);

const INTERNAL_ERROR = reject('INTERNAL_ERROR', 'The server failed on this command; nothing changed.');

const STORAGE_UNREACHABLE = reject(
  'STORAGE_FAILED',
  'The server cannot reach its storage; try again shortly.',
);

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
  /** Commands waiting for the next batch, in arrival order; whether that batch is queued. */
  private readonly waiting: Waiting[] = [];
  private batchQueued = false;
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
   *
   * Commands that arrive while the room is busy (its last write in flight) wait together and go in
   * the next batch: each is decided on the state its predecessors lead to, all their events are
   * stored in one append that lands whole or not at all, and then all are answered. Under load a
   * room's commands cost one write and one publish between them instead of one each, and none
   * waits behind a queue of single writes (ADR 0011, update (4)).
   */
  execute(
    command: Command,
    actor: Actor,
    now: Date,
    /** Checked in turn, on the state the command meets: a bot's seat may have been taken back meanwhile. */
    stillValid: (state: ExerciseState) => boolean = () => true,
  ): Promise<Outcome> {
    return new Promise<Outcome>((resolve) => {
      this.waiting.push({ command, actor, now, stillValid, resolve });
      this.queueBatch();
    });
  }

  /** Puts the next batch behind whatever the queue holds, once. */
  private queueBatch(): void {
    if (this.batchQueued) return;
    this.batchQueued = true;
    this.queue = this.queue.then(() => this.runBatch()).catch(() => undefined);
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

  /** The commands waiting now (up to MAX_BATCH), as one batch; any left over queue the next. */
  private async runBatch(): Promise<void> {
    this.batchQueued = false;
    const batch = this.waiting.splice(0, MAX_BATCH);
    if (this.waiting.length > 0) this.queueBatch();
    try {
      await this.settleBatch(batch);
    } catch (error) {
      // Nothing here throws once the batch is stored; before that (a bot's check failing), every
      // command not yet answered is refused rather than left waiting, and the state is reloaded.
      this.stale = true;
      this.fault('a batch of commands', null, error);
      for (const w of batch) w.resolve({ ok: false, error: INTERNAL_ERROR });
    }
  }

  private async settleBatch(batch: readonly Waiting[]): Promise<void> {
    try {
      await this.reloadIfStale();
    } catch (error) {
      console.error(`exercise ${this.record.id}: could not reload from the store: ${oneLine(error)}`);
      for (const w of batch) w.resolve({ ok: false, error: STORAGE_UNREACHABLE });
      return;
    }
    const decided: Decided[] = [];
    let state = this.current;
    for (let i = 0; i < batch.length; i++) {
      const w = batch[i]!;
      // A rollback reads the stored log: it is decided only on a state that is all stored.
      if (decided.some((d) => d.part) && READS_THE_STORE.has(w.command.type)) {
        this.requeue(batch.slice(i));
        break;
      }
      const d = await this.decideOne(w, state);
      decided.push(d);
      if (d.part) state = d.part.proven.state;
    }
    const parts = decided.flatMap((d) => (d.part ? [d.part] : []));
    if (parts.length > 0) {
      try {
        await this.store.appendParts(
          this.record.id,
          parts.map((p) => ({ fromSeq: p.fromSeq, events: p.proven.events, at: p.at, actedBy: p.acting })),
        );
      } catch (error) {
        this.stale = true;
        this.settleFailedBatch(decided, error);
        return;
      }
      for (const p of parts) {
        this.accept(p.proven, p.now);
        if (p.acting) this.lastActedAt.set(p.acting, p.at);
      }
    }
    for (const d of decided) d.waiting.resolve(d.outcome);
  }

  /** Commands not yet decided go first in the next batch, in their order. */
  private requeue(rest: readonly Waiting[]): void {
    this.waiting.unshift(...rest);
    this.queueBatch();
  }

  /**
   * A batch's append failed (it may have landed, or another writer took the place): its commands
   * are answered that nothing is confirmed, and the refusals decided after the first of them, on a
   * state that was never stored, are decided again after the reload.
   */
  private settleFailedBatch(decided: readonly Decided[], error: unknown): void {
    const first = decided.findIndex((d) => d.part);
    const types = decided.flatMap((d) => (d.part ? [d.waiting.command.type] : [])).join(', ');
    console.error(`exercise ${this.record.id}: could not store ${types}: ${oneLine(error)}`);
    const message =
      error instanceof SequenceConflict
        ? 'The exercise changed meanwhile; nothing was recorded. Look again and retry.'
        : 'The server could not confirm that this was recorded; look again before retrying.';
    const failed: Outcome = {
      ok: false,
      error: reject('STORAGE_FAILED', message, {
        reason: error instanceof SequenceConflict ? 'conflict' : 'unconfirmed',
      }),
    };
    decided.slice(0, first).forEach((d) => d.waiting.resolve(d.outcome));
    const again: Waiting[] = [];
    for (const d of decided.slice(first)) {
      if (d.part) d.waiting.resolve(failed);
      else again.push(d.waiting);
    }
    if (again.length > 0) this.requeue(again);
  }

  /** One command on the state its batch has reached: its outcome, and its events if it is accepted. */
  private async decideOne(w: Waiting, state: ExerciseState): Promise<Decided> {
    const { command, actor, now } = w;
    if (!w.stillValid(state))
      return {
        waiting: w,
        outcome: { ok: false, error: reject('NOT_A_BOT_SEAT', 'That seat is no longer played by a bot.') },
      };
    // Seat claims and assignments, and assistant keys, need a fresh secret: only its hash is kept.
    const seatToken = COMMANDS_WITH_SECRET.includes(command.type) ? newSecret() : undefined;
    const ctx = { actor, now: now.toISOString(), newSeatTokenHash: seatToken ? hashSecret(seatToken) : '' };
    let proven: Proven;
    try {
      const decision = decide(state, command, ctx);
      if (!decision.ok) return { waiting: w, outcome: { ok: false, error: decision.error } };
      proven = await this.prove(decision.value, state);
    } catch (error) {
      // Prove, then store: what cannot be applied is never stored, and the room keeps serving.
      this.fault(command.type, actor, error);
      return { waiting: w, outcome: { ok: false, error: INTERNAL_ERROR } };
    }
    // Taking a seat counts as the seat's first act.
    const acting = actor.seatId ?? (command.type === 'claimSeat' ? command.seatId : null);
    return {
      waiting: w,
      outcome: {
        ok: true,
        events: proven.events,
        seq: proven.state.seq - 1,
        ...(seatToken ? { seatToken } : {}),
      },
      part: { proven, fromSeq: state.seq, at: ctx.now, now, acting },
    };
  }

  /**
   * The state after `events`, worked out on the side: the live state is untouched. The events are
   * proven in the form they are stored in (JSON), so what replays later is what was proven now.
   */
  private async prove(events: readonly GameEvent[], from: ExerciseState = this.current): Promise<Proven> {
    const stored = JSON.parse(JSON.stringify(events)) as GameEvent[];
    let state = from;
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
