// The review's finished delay-cost analyses (ADR 0027): stored so the review's panel and the printable
// report find the last one after a restart and on every process of a scaled-out deployment. They are
// derived from the log and can be worked out again: an archive does not carry them (ADR 0021).
import type { DelayCost } from '@council/shared';
import type { Db } from './db';

/** What an analysis was asked with, beside the assumptions its result states. */
export interface AnalysisParameters {
  readonly seeds: number;
  readonly budgetMs: number;
  readonly decisionHour: number;
  readonly hours: readonly number[];
  /** The catalogue decisions the Council adopted, as the analysis replays them. */
  readonly decisions: readonly string[];
}

export interface StoredAnalysis {
  readonly id: string;
  readonly exerciseId: string;
  /** How many events of the log it read. */
  readonly logLength: number;
  readonly seeds: number;
  readonly stoppedEarly: boolean;
  /** The rules' fingerprint when it ran (recorded, not a filter: see ADR 0027, update (2)). */
  readonly rulesVersion: string;
  readonly parameters: AnalysisParameters;
  readonly result: DelayCost;
  readonly finishedAt: string;
}

interface Row {
  id: string;
  exercise_id: string;
  log_length: number;
  seeds: number;
  rules_version: string;
  stopped_early: boolean;
  parameters: AnalysisParameters | string;
  result: string;
  finished_at: Date | string;
}

const COLUMNS =
  'id, exercise_id, log_length, seeds, rules_version, stopped_early, parameters, result, finished_at';

function toAnalysis(row: Row): StoredAnalysis | null {
  try {
    return {
      id: row.id,
      exerciseId: row.exercise_id,
      logLength: Number(row.log_length),
      seeds: Number(row.seeds),
      stoppedEarly: Boolean(row.stopped_early),
      rulesVersion: row.rules_version,
      parameters:
        typeof row.parameters === 'string'
          ? (JSON.parse(row.parameters) as AnalysisParameters)
          : row.parameters,
      result: JSON.parse(row.result) as DelayCost,
      finishedAt: new Date(row.finished_at).toISOString(),
    };
  } catch {
    return null; // a damaged row is as good as none: the analysis can be run again
  }
}

export class AnalysisStore {
  constructor(
    private readonly db: Db,
    private readonly rulesVersion: string,
  ) {}

  /** Stores a finished analysis; one already stored for the same log length and seeds is kept. */
  async save(a: Omit<StoredAnalysis, 'rulesVersion'>): Promise<void> {
    await this.db.query(
      `insert into delay_cost_analyses
         (id, exercise_id, log_length, seeds, rules_version, stopped_early, parameters, assumptions, result, finished_at)
       values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $10)
       on conflict (exercise_id, log_length, seeds) do nothing`,
      [
        a.id,
        a.exerciseId,
        a.logLength,
        a.seeds,
        this.rulesVersion,
        a.stoppedEarly,
        JSON.stringify(a.parameters),
        JSON.stringify(a.result.curve.assumptions),
        JSON.stringify(a.result),
        a.finishedAt,
      ],
    );
  }

  /** The exercise's last finished analysis, or null. */
  async latest(exerciseId: string): Promise<StoredAnalysis | null> {
    const { rows } = await this.db.query<Row>(
      `select ${COLUMNS} from delay_cost_analyses where exercise_id = $1
       order by finished_at desc, log_length desc limit 1`,
      [exerciseId],
    );
    return rows[0] ? toAnalysis(rows[0]) : null;
  }

  /** The analysis of that id for that exercise, or null. */
  async byId(exerciseId: string, id: string): Promise<StoredAnalysis | null> {
    const { rows } = await this.db.query<Row>(
      `select ${COLUMNS} from delay_cost_analyses where exercise_id = $1 and id = $2`,
      [exerciseId, id],
    );
    return rows[0] ? toAnalysis(rows[0]) : null;
  }

  /** The analysis already made of this log length with these seeds, or null. */
  async at(exerciseId: string, logLength: number, seeds: number): Promise<StoredAnalysis | null> {
    const { rows } = await this.db.query<Row>(
      `select ${COLUMNS} from delay_cost_analyses where exercise_id = $1 and log_length = $2 and seeds = $3`,
      [exerciseId, logLength, seeds],
    );
    return rows[0] ? toAnalysis(rows[0]) : null;
  }
}
