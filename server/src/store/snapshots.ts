// Snapshots of an exercise's state, taken when a turn starts, so a restart need not replay the whole
// log. A snapshot is an optimisation only: the log stays the truth, and a snapshot that is missing,
// damaged or written by other rules is ignored (the caller replays the log instead).
import { createHash } from 'node:crypto';
import type { ExerciseState } from '@council/shared';
import type { Db } from './db';

export interface Snapshot {
  /** Log position the state stands at: events 0..seq-1 are in it (state.seq === seq). */
  readonly seq: number;
  readonly state: ExerciseState;
}

interface SnapshotRow {
  seq: number;
  rules_version: string;
  digest: string;
  state: string;
}

const digestOf = (text: string): string => createHash('sha256').update(text).digest('hex');

export class SnapshotStore {
  constructor(
    private readonly db: Db,
    /** Fingerprint of the rules that wrote a snapshot; others' snapshots are never read. */
    readonly rulesVersion: string,
  ) {}

  /** Stores the state at its own seq; a second snapshot at the same place is a no-op. */
  async save(state: ExerciseState, at: string): Promise<void> {
    const text = JSON.stringify(state);
    await this.db.query(
      `insert into snapshots (exercise_id, seq, rules_version, digest, state, recorded_at)
       values ($1, $2, $3, $4, $5, $6) on conflict (exercise_id, seq) do nothing`,
      [state.exerciseId, state.seq, this.rulesVersion, digestOf(text), text, at],
    );
  }

  /** The newest usable snapshot of the exercise, or null (none, damaged, or other rules). */
  async latest(exerciseId: string): Promise<Snapshot | null> {
    const { rows } = await this.db.query<SnapshotRow>(
      `select seq, rules_version, digest, state from snapshots
       where exercise_id = $1 and rules_version = $2 order by seq desc limit 1`,
      [exerciseId, this.rulesVersion],
    );
    return rows[0] ? this.usable(exerciseId, rows[0]) : null;
  }

  /** The usable snapshot at exactly `seq`, or null. */
  async at(exerciseId: string, seq: number): Promise<Snapshot | null> {
    const { rows } = await this.db.query<SnapshotRow>(
      `select seq, rules_version, digest, state from snapshots where exercise_id = $1 and seq = $2`,
      [exerciseId, seq],
    );
    return rows[0] ? this.usable(exerciseId, rows[0]) : null;
  }

  /** Every usable snapshot at one of `seqs`, by seq. */
  async atEach(exerciseId: string, seqs: readonly number[]): Promise<Map<number, ExerciseState>> {
    const found = new Map<number, ExerciseState>();
    if (seqs.length === 0) return found;
    const { rows } = await this.db.query<SnapshotRow>(
      `select seq, rules_version, digest, state from snapshots where exercise_id = $1 and seq = any($2)`,
      [exerciseId, [...new Set(seqs)]],
    );
    for (const row of rows) {
      const snapshot = this.usable(exerciseId, row);
      if (snapshot) found.set(snapshot.seq, snapshot.state);
    }
    return found;
  }

  private usable(exerciseId: string, row: SnapshotRow): Snapshot | null {
    if (row.rules_version !== this.rulesVersion || digestOf(row.state) !== row.digest) return null;
    try {
      const state = JSON.parse(row.state) as ExerciseState;
      const seq = Number(row.seq);
      return state.exerciseId === exerciseId && state.seq === seq ? { seq, state } : null;
    } catch {
      return null;
    }
  }
}
