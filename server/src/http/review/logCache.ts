// The review's copy of each exercise's log, read from the store only from where it left off: the log
// is append-only (a rollback appends too), so a review open while the game runs reads only what is
// new, and each event is redacted once (visibility/redact) however often its tail is asked for.
import { redactEvent, type GameEvent } from '@council/shared';

/** What the cache reads: the store's events from a sequence number on. */
export interface EventSource {
  eventsFrom(exerciseId: string, fromSeq: number): Promise<GameEvent[]>;
}

export interface CachedLog {
  /** The log as stored, index = seq. */
  readonly events: readonly GameEvent[];
  /** The same events without their secrets, for anything that leaves the server. */
  readonly redacted: readonly GameEvent[];
}

/** Exercises whose logs are kept: a review polls one exercise many times in a row. */
const CACHED_EXERCISES = 16;

export class LogCache {
  private readonly logs = new Map<string, { events: GameEvent[]; redacted: GameEvent[] }>();

  constructor(private readonly source: () => EventSource) {}

  /** The whole log as it stands, after reading only the events stored since the last call. */
  async read(exerciseId: string): Promise<CachedLog> {
    let log = this.logs.get(exerciseId);
    if (!log) log = { events: [], redacted: [] };
    this.logs.delete(exerciseId);
    this.logs.set(exerciseId, log);
    if (this.logs.size > CACHED_EXERCISES) this.logs.delete(this.logs.keys().next().value!);
    const from = log.events.length;
    const fresh = await this.source().eventsFrom(exerciseId, from);
    // A request that read at the same time may have appended some of these already.
    for (const event of fresh.slice(log.events.length - from)) {
      log.events.push(event);
      log.redacted.push(redactEvent(event));
    }
    return log;
  }
}
