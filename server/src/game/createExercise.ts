// Creates a new exercise from a scenario: a join code, a control key, and the first event in the log.
import type { ExerciseCreated, Scenario } from '@council/shared';
import { hashSecret, newExerciseId, newJoinCode, newSeed, newSecret } from '../auth/secrets';
import type { ExerciseStore } from '../store/exercises';

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
