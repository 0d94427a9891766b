// Exercises and their append-only event logs: the durable truth every room is rebuilt from.
import type { ExerciseCreated, GameEvent } from '@council/shared';
import type { Db } from './db';
import { rulesVersion } from './rulesVersion';
import { SnapshotStore } from './snapshots';
import { AnalysisStore } from './analyses';
import { GroupCommit, type AppendPart } from './groupCommit';

export interface ExerciseRecord {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly scenarioId: string;
  readonly controlKeyHash: string;
  readonly createdAt: string;
}

/** One stored event with when it was stored and which seat (or Control) acted. */
export interface StoredEvent {
  readonly seq: number;
  readonly event: GameEvent;
  readonly recordedAt: string;
  readonly actedBy: string | null;
}

/** Raised when another writer already appended at this sequence number. */
export class SequenceConflict extends Error {}

interface ExerciseRow {
  id: string;
  code: string;
  title: string;
  scenario_id: string;
  control_key_hash: string;
  created_at: string | Date;
}

const toRecord = (row: ExerciseRow): ExerciseRecord => ({
  id: row.id,
  code: row.code,
  title: row.title,
  scenarioId: row.scenario_id,
  controlKeyHash: row.control_key_hash,
  createdAt: new Date(row.created_at).toISOString(),
});

export class ExerciseStore {
  readonly snapshots: SnapshotStore;
  /** The review's finished delay-cost analyses. */
  readonly analyses: AnalysisStore;

  constructor(
    private readonly db: Db,
    /** The rules' fingerprint; tests pass another to stand for an older release. */
    version: string = rulesVersion(),
    /** The group commit's window (COMMIT_WINDOW_MS): see groupCommit.ts. */
    commitWindowMs = 0,
  ) {
    this.snapshots = new SnapshotStore(db, version);
    this.analyses = new AnalysisStore(db, version);
    this.log = new GroupCommit(db, commitWindowMs);
  }

  private readonly log: GroupCommit;

  /** Stores a new exercise with its first event in one transaction. */
  async create(record: ExerciseRecord, created: ExerciseCreated): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(
        `insert into exercises (id, code, title, scenario_id, control_key_hash, created_at)
         values ($1, $2, $3, $4, $5, $6)`,
        [record.id, record.code, record.title, record.scenarioId, record.controlKeyHash, record.createdAt],
      );
      await tx.query(
        `insert into events (exercise_id, seq, type, payload, recorded_at) values ($1, 0, $2, $3::jsonb, $4)`,
        [record.id, created.type, JSON.stringify(created), record.createdAt],
      );
    });
  }

  /** Stores a new exercise whose log starts as `events` (a fork), in one transaction. */
  async createWithLog(record: ExerciseRecord, events: readonly GameEvent[]): Promise<void> {
    const at = record.createdAt;
    await this.createWithStoredLog(
      record,
      events.map((event, seq) => ({ seq, event, recordedAt: at, actedBy: null })),
    );
  }

  /** Stores a new exercise and its whole log as stored elsewhere (an imported archive), in one transaction. */
  async createWithStoredLog(record: ExerciseRecord, log: readonly StoredEvent[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(
        `insert into exercises (id, code, title, scenario_id, control_key_hash, created_at)
         values ($1, $2, $3, $4, $5, $6)`,
        [record.id, record.code, record.title, record.scenarioId, record.controlKeyHash, record.createdAt],
      );
      for (const { seq, event, recordedAt, actedBy } of log) {
        await tx.query(
          `insert into events (exercise_id, seq, type, payload, recorded_at, acted_by)
           values ($1, $2, $3, $4::jsonb, $5, $6)`,
          [record.id, seq, event.type, JSON.stringify(event), recordedAt, actedBy],
        );
      }
    });
  }

  /** The whole log with when each event was stored and who acted, in order (for an archive). */
  async storedLog(exerciseId: string): Promise<StoredEvent[]> {
    const { rows } = await this.db.query<{
      seq: number;
      payload: GameEvent | string;
      recorded_at: Date | string;
      acted_by: string | null;
    }>('select seq, payload, recorded_at, acted_by from events where exercise_id = $1 order by seq', [
      exerciseId,
    ]);
    return rows.map((row) => ({
      seq: Number(row.seq),
      event: typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload,
      recordedAt: new Date(row.recorded_at).toISOString(),
      actedBy: row.acted_by,
    }));
  }

  /** Removes an exercise, its log, its snapshots and its analyses, in one transaction. */
  async delete(exerciseId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (const table of ['delay_cost_analyses', 'snapshots', 'events']) {
        await tx.query(`delete from ${table} where exercise_id = $1`, [exerciseId]);
      }
      await tx.query('delete from exercises where id = $1', [exerciseId]);
    });
  }

  async codeExists(code: string): Promise<boolean> {
    const { rows } = await this.db.query('select 1 from exercises where code = $1', [code]);
    return rows.length > 0;
  }

  async findByCode(code: string): Promise<ExerciseRecord | null> {
    const { rows } = await this.db.query<ExerciseRow>('select * from exercises where code = $1', [code]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Appends events at `fromSeq`, `fromSeq + 1`, …; all land or none (then SequenceConflict). */
  async append(
    exerciseId: string,
    fromSeq: number,
    events: readonly GameEvent[],
    at: string,
    actedBy: string | null = null,
  ): Promise<void> {
    if (events.length === 0) return;
    // Concurrent appends (other exercises) share one transaction: see groupCommit.ts.
    const stored = await this.log.append(exerciseId, fromSeq, events, at, actedBy);
    if (!stored) throw new SequenceConflict(`sequence ${fromSeq} already taken`);
  }

  /** Several commands' consecutive events in one append: all land or none (then SequenceConflict). */
  async appendParts(exerciseId: string, parts: readonly AppendPart[]): Promise<void> {
    if (parts.every((part) => part.events.length === 0)) return;
    const stored = await this.log.appendParts(exerciseId, parts);
    if (!stored) throw new SequenceConflict(`sequence ${parts[0]!.fromSeq} already taken`);
  }

  /** Codes of exercises that have handed a seat to a bot and have not ended (bots may be playing). */
  async codesWithBots(): Promise<string[]> {
    const { rows } = await this.db.query<{ code: string }>(
      `select x.code from exercises x
       where exists (select 1 from events e where e.exercise_id = x.id and e.type = 'seatHandedToBot')
         and not exists (select 1 from events e where e.exercise_id = x.id and e.type = 'exerciseEnded')
       order by x.created_at`,
    );
    return rows.map((r) => r.code);
  }

  /** When each seat last had a command stored (wall time, ISO), for Control's console. */
  async lastActed(exerciseId: string): Promise<Map<string, string>> {
    const { rows } = await this.db.query<{ acted_by: string; at: Date | string }>(
      `select acted_by, max(recorded_at) as at from events
       where exercise_id = $1 and acted_by is not null group by acted_by`,
      [exerciseId],
    );
    return new Map(rows.map((r) => [r.acted_by, new Date(r.at).toISOString()]));
  }

  async events(exerciseId: string): Promise<GameEvent[]> {
    return this.eventsFrom(exerciseId, 0);
  }

  /** The events at `fromSeq` and after, in order. */
  async eventsFrom(exerciseId: string, fromSeq: number): Promise<GameEvent[]> {
    const { rows } = await this.db.query<{ payload: GameEvent | string }>(
      'select payload from events where exercise_id = $1 and seq >= $2 order by seq',
      [exerciseId, fromSeq],
    );
    return rows.map((row) => (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload));
  }
}
