// Group commit for the event log: appends that arrive while a write is in flight go together in the
// next transaction, so one sync to disk acknowledges many commands. PGlite syncs every transaction
// (~3 ms of the event loop each), which alone capped a process near 150 commands a second; grouped,
// the cost per command falls with the load. Each append still resolves only after its transaction
// committed, and still lands whole or not at all (SequenceConflict), as ExerciseStore.append promises.
//
// A commit window (COMMIT_WINDOW_MS) holds the first append of a batch that long before writing when
// the log is busy (a transaction ended within the last few windows), so that under load the appends
// of many rooms share one transaction; an append to an idle log is written at once: a one-row PGlite transaction
// costs ~0.3–0.7 ms of CPU, twenty rows ~0.06 ms each (ADR 0011, update 2026-12-07).
import type { GameEvent } from '@council/shared';
import type { Db } from './db';

interface Pending {
  readonly exerciseId: string;
  readonly fromSeq: number;
  readonly events: readonly GameEvent[];
  readonly at: string;
  /** The seat whose command these events are, if any. */
  readonly actedBy: string | null;
  readonly done: (conflict: boolean) => void;
  readonly fail: (error: unknown) => void;
}

/** The log is busy while its last transaction ended less than this many windows ago. */
const BUSY_WINDOWS = 5;

/** Rows per transaction: keeps one statement's parameters well under PostgreSQL's limit. */
const MAX_ROWS = 1000;

export class GroupCommit {
  private queue: Pending[] = [];
  private writing = false;
  private scheduled = false;
  /** When the last transaction ended (performance.now()); the log counts as busy shortly after. */
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
    return new Promise((resolve, reject) => {
      this.queue.push({ exerciseId, fromSeq, events, at, actedBy, done: (c) => resolve(!c), fail: reject });
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
        while (
          count < this.queue.length &&
          (count === 0 || rows + this.queue[count]!.events.length <= MAX_ROWS)
        ) {
          rows += this.queue[count]!.events.length;
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

  private async write(batch: readonly Pending[]): Promise<void> {
    let conflicted: Set<Pending>;
    try {
      conflicted = await this.db.transaction(async (tx) => {
        const params: unknown[] = [];
        const tuples: string[] = [];
        for (const p of batch) {
          p.events.forEach((event, offset) => {
            const i = params.length;
            tuples.push(`($${i + 1}, $${i + 2}, $${i + 3}, $${i + 4}::jsonb, $${i + 5}, $${i + 6})`);
            params.push(p.exerciseId, p.fromSeq + offset, event.type, JSON.stringify(event), p.at, p.actedBy);
          });
        }
        const { rows } = await tx.query<{ exercise_id: string; seq: number }>(
          `insert into events (exercise_id, seq, type, payload, recorded_at, acted_by) values ${tuples.join(', ')}
           on conflict (exercise_id, seq) do nothing returning exercise_id, seq`,
          params,
        );
        const landed = new Set(rows.map((r) => `${r.exercise_id}:${Number(r.seq)}`));
        const lost = new Set(
          batch.filter((p) =>
            p.events.some((_, offset) => !landed.has(`${p.exerciseId}:${p.fromSeq + offset}`)),
          ),
        );
        // All or none per append: take back the rows of an append that did not land whole.
        for (const p of lost) {
          const ours = p.events
            .map((_, offset) => p.fromSeq + offset)
            .filter((seq) => landed.has(`${p.exerciseId}:${seq}`));
          if (ours.length > 0) {
            await tx.query('delete from events where exercise_id = $1 and seq = any($2::int[])', [
              p.exerciseId,
              ours,
            ]);
          }
        }
        return lost;
      });
    } catch (error) {
      this.lastWriteEnd = performance.now();
      for (const p of batch) p.fail(error);
      return;
    }
    this.lastWriteEnd = performance.now();
    for (const p of batch) p.done(conflicted.has(p));
  }
}
