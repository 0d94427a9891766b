// Creates a new exercise from a scenario (a join code, a control key, the first event in the log),
// or as a branch of another exercise from the start of one of its turns.
import {
  forkLog,
  ok,
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

export async function createExercise(
  store: ExerciseStore,
  scenario: Scenario,
  title: string,
  now: Date,
  /** A forces variant already checked against the scenario; the scenario's default when absent. */
  variant?: string,
): Promise<CreatedExercise> {
  const exerciseId = newExerciseId();
  const controlKey = newSecret();
  const createdAt = now.toISOString();
  // Codes are short, so collisions are possible; the unique index is the final word.
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = newJoinCode();
    if (await store.codeExists(code)) continue;
    const created: ExerciseCreated = {
      type: 'exerciseCreated',
      exerciseId,
      code,
      title,
      createdAt,
      scenario,
      seed: newSeed(),
      ...(variant ? { variant } : {}),
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
  }
  throw new Error('could not find a free join code');
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
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = newJoinCode();
    if (await store.codeExists(code)) continue;
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
  }
  throw new Error('could not find a free join code');
}
