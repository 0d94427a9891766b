// Group commit for the event log: appends that arrive while a write is in flight go together in the
// next write, one INSERT statement, so one sync to disk acknowledges many commands. PGlite syncs
// every statement outside a transaction, and every transaction (~3 ms of the event loop each), which
// alone capped a process near 150 commands a second; grouped, the cost per command falls with the
// load. Each append still resolves only after its statement is stored, and still lands whole or not
// at all (SequenceConflict), as ExerciseStore.append promises.
//
// A commit window (COMMIT_WINDOW_MS) holds the first append of a batch that long before writing when
// the log is busy (a write ended within the last few windows), so that under load the appends of
// many rooms share one statement; an append to an idle log is written at once: a one-row PGlite
// write costs ~0.3–0.7 ms of CPU, twenty rows ~0.06 ms each (ADR 0011, updates of 2026-12-07).
import type { GameEvent } from '@council/shared';
import type { Db } from './db';

/** One command's events, from `fromSeq` on. */
export interface AppendPart {
  readonly fromSeq: number;
  readonly events: readonly GameEvent[];
  readonly at: string;
  /** The seat whose command these events are, if any. */
  readonly actedBy: string | null;
}

/** Consecutive commands of one exercise that land together or not at all. */
interface Pending {
  readonly exerciseId: string;
  readonly parts: readonly AppendPart[];
  readonly rows: number;
  readonly done: (conflict: boolean) => void;
  readonly fail: (error: unknown) => void;
}

/** The log is busy while its last write ended less than this many windows ago. */
const BUSY_WINDOWS = 5;

/** Rows per statement: keeps one statement's parameters well under PostgreSQL's limit. */
const MAX_ROWS = 1000;

export class GroupCommit {
  private queue: Pending[] = [];
  private writing = false;
  private scheduled = false;
  /** When the last write ended (performance.now()); the log counts as busy shortly after. */
  private lastWriteEnd = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly db: Db,
    /** How long the first append of a batch waits for others; 0 writes on the next turn of the loop. */
    private readonly windowMs = 0,
  ) {}

  /** Resolves true once stored, false if another writer already holds one of these sequence numbers. */
  append(
    exerciseId: string,
    fromSeq: number,
    events: readonly GameEvent[],
    at: string,
    actedBy: string | null = null,
  ): Promise<boolean> {
    return this.appendParts(exerciseId, [{ fromSeq, events, at, actedBy }]);
  }

  /** Several commands' events in one append: all are stored, or none (as one statement). */
  appendParts(exerciseId: string, parts: readonly AppendPart[]): Promise<boolean> {
    const rows = parts.reduce((n, part) => n + part.events.length, 0);
    return new Promise((resolve, reject) => {
      this.queue.push({ exerciseId, parts, rows, done: (c) => resolve(!c), fail: reject });
      // Start after the commands read in this turn of the event loop have queued theirs too.
      if (!this.scheduled) {
        this.scheduled = true;
        const start = () => {
          this.scheduled = false;
          void this.drain();
        };
        const busy = performance.now() - this.lastWriteEnd < this.windowMs * BUSY_WINDOWS;
        if (this.windowMs > 0 && busy) setTimeout(start, this.windowMs);
        else setImmediate(start);
      }
    });
  }

  private async drain(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      while (this.queue.length > 0) {
        let rows = 0;
        let count = 0;
        while (count < this.queue.length && (count === 0 || rows + this.queue[count]!.rows <= MAX_ROWS)) {
          rows += this.queue[count]!.rows;
          count++;
        }
        const batch = this.queue.slice(0, count);
        this.queue = this.queue.slice(count);
        await this.write(batch);
      }
    } finally {
      this.writing = false;
    }
  }

  /**
   * One statement, not a transaction: a single INSERT is atomic on its own (all its rows land or
   * none do) and PGlite syncs it like a commit, while BEGIN and COMMIT cost as much again as the
   * insert (ADR 0011, update 2026-12-07 (2)). A sequence number already taken fails the whole
   * statement; the appends are then written one by one, so only the conflicting ones are refused.
   */
  private async write(batch: readonly Pending[]): Promise<void> {
    try {
      await this.insert(batch);
    } catch (error) {
      if (!isUniqueViolation(error)) return this.ended(batch, (p) => p.fail(error));
      if (batch.length === 1) return this.ended(batch, (p) => p.done(true));
      for (const p of batch) {
        try {
          await this.insert([p]);
          p.done(false);
        } catch (alone) {
          if (isUniqueViolation(alone)) p.done(true);
          else p.fail(alone);
        }
      }
      this.lastWriteEnd = performance.now();
      return;
    }
    this.ended(batch, (p) => p.done(false));
  }

  private ended(batch: readonly Pending[], settle: (p: Pending) => void): void {
    this.lastWriteEnd = performance.now();
    for (const p of batch) settle(p);
  }

  private async insert(batch: readonly Pending[]): Promise<void> {
    const params: unknown[] = [];
    const tuples: string[] = [];
    for (const p of batch) {
      for (const part of p.parts) {
        part.events.forEach((event, offset) => {
          const i = params.length;
          tuples.push(`($${i + 1}, $${i + 2}, $${i + 3}, $${i + 4}::jsonb, $${i + 5}, $${i + 6})`);
          params.push(
            p.exerciseId,
            part.fromSeq + offset,
            event.type,
            JSON.stringify(event),
            part.at,
            part.actedBy,
          );
        });
      }
    }
    await this.db.query(
      `insert into events (exercise_id, seq, type, payload, recorded_at, acted_by) values ${tuples.join(', ')}`,
      params,
    );
  }
}

/** PostgreSQL's unique_violation, as PGlite and node-postgres both report it. */
const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
