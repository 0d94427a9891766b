// Creates a new exercise from a scenario (a join code, a control key, the first event in the log),
// or as a branch of another exercise from the start of one of its turns.
import {
  forkLog,
  ok,
  type ExerciseAssumptions,
  type ExerciseCreated,
  type ForkExerciseResponse,
  type Result,
  type Scenario,
} from '@council/shared';
import { hashSecret, newExerciseId, newJoinCode, newSeed, newSecret } from '../auth/secrets';
import type { ExerciseRecord, ExerciseStore } from '../store/exercises';

export interface CreatedExercise {
  readonly exerciseId: string;
  readonly code: string;
  readonly controlKey: string;
}

/**
 * Codes are short, so collisions are possible: runs `attempt` with a fresh code no exercise has yet
 * (the unique index stays the final word).
 */
export async function withFreeJoinCode<T>(
  store: ExerciseStore,
  attempt: (code: string) => Promise<T>,
): Promise<T> {
  for (let tries = 0; tries < 20; tries++) {
    const code = newJoinCode();
    if (!(await store.codeExists(code))) return attempt(code);
  }
  throw new Error('could not find a free join code');
}

export async function createExercise(
  store: ExerciseStore,
  scenario: Scenario,
  title: string,
  now: Date,
  options: {
    /** A forces variant already checked against the scenario; the scenario's default when absent. */
    readonly variant?: string | undefined;
    /** The register's values in force, already checked (exerciseAssumptions); null without a register. */
    readonly assumptions?: ExerciseAssumptions | null;
  } = {},
): Promise<CreatedExercise> {
  const { variant, assumptions } = options;
  const exerciseId = newExerciseId();
  const controlKey = newSecret();
  const createdAt = now.toISOString();
  return withFreeJoinCode(store, async (code) => {
    const created: ExerciseCreated = {
      type: 'exerciseCreated',
      exerciseId,
      code,
      title,
      createdAt,
      scenario,
      seed: newSeed(),
      ...(variant ? { variant } : {}),
      ...(assumptions ? { assumptions } : {}),
    };
    await store.create(
      {
        id: exerciseId,
        code,
        title,
        scenarioId: scenario.id,
        controlKeyHash: hashSecret(controlKey),
        createdAt,
      },
      created,
    );
    return { exerciseId, code, controlKey };
  });
}

/**
 * A branch of an exercise from the start of one of its turns (ADR 0012): a new exercise, code and
 * control key; its log is the source's history up to there (engine/fork). The source is untouched.
 */
export async function forkExercise(
  store: ExerciseStore,
  source: ExerciseRecord,
  turn: number,
  title: string | undefined,
  now: Date,
): Promise<Result<ForkExerciseResponse>> {
  const exerciseId = newExerciseId();
  const controlKey = newSecret();
  const createdAt = now.toISOString();
  const events = await store.events(source.id);
  return withFreeJoinCode(store, async (code): Promise<Result<ForkExerciseResponse>> => {
    const log = forkLog(events, turn, {
      exerciseId,
      code,
      title: title ?? `${source.title} (turn ${turn})`,
      createdAt,
    });
    if (!log.ok) return log;
    const created = log.value[0] as ExerciseCreated;
    await store.createWithLog(
      {
        id: exerciseId,
        code,
        title: created.title,
        scenarioId: source.scenarioId,
        controlKeyHash: hashSecret(controlKey),
        createdAt,
      },
      log.value,
    );
    return ok({ exerciseId, code, controlKey, forkedFrom: created.forkedFrom! });
  });
}
