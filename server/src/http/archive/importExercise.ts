// Imports an exercise archive as a new exercise (ADR 0021): new id, code and control key, the log as
// it was stored (times and actors kept), checked before anything is stored: the scenario must still
// validate and the log must replay under this release's rules.
import {
  firstScenarioProblem,
  movedLog,
  parseScenario,
  reject,
  upgradeLegacyTexts,
  type GameEvent,
} from '@council/shared';
import { hashSecret, newExerciseId, newSecret } from '../../auth/secrets';
import { withFreeJoinCode } from '../../game/createExercise';
import type { ExerciseStore, StoredEvent } from '../../store/exercises';
import { readArchive, type ArchiveRefusal } from './format';

export interface ImportedExercise {
  readonly exerciseId: string;
  readonly code: string;
  readonly controlKey: string;
  readonly title: string;
  readonly eventCount: number;
}

export type ImportOutcome =
  | { readonly ok: true; readonly value: ImportedExercise }
  | { readonly ok: false; readonly error: ArchiveRefusal };

export async function importExercise(store: ExerciseStore, bytes: Buffer, now: Date): Promise<ImportOutcome> {
  const read = readArchive(bytes);
  if (!read.ok) return read;
  const stored = read.body.events;
  const first = stored[0]!.event;
  if (first.type !== 'exerciseCreated') {
    return {
      ok: false,
      error: { code: 'ARCHIVE_DAMAGED', message: 'The log does not start with the exercise’s creation.' },
    };
  }
  const upgraded = upgradeLegacyTexts(first.scenario);
  const scenario = parseScenario(upgraded);
  if (!scenario.ok) {
    const problems = scenario.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`);
    return {
      ok: false,
      error: reject(
        'ARCHIVE_SCENARIO_INVALID',
        `The archive’s scenario does not validate in this release: ${problems.join('; ')}`,
        // The first problem as data, for the reader's language.
        firstScenarioProblem(upgraded) ?? undefined,
      ),
    };
  }
  const exerciseId = newExerciseId();
  const controlKey = newSecret();
  const at = now.toISOString();
  return withFreeJoinCode(store, async (code): Promise<ImportOutcome> => {
    let log: GameEvent[];
    try {
      const moved = movedLog(
        stored.map((s) => s.event),
        { exerciseId, code },
        at,
      );
      if (!moved.ok) return moved;
      log = moved.value;
    } catch {
      return {
        ok: false,
        error: {
          code: 'ARCHIVE_DAMAGED',
          message: 'The archive’s log does not replay under this release’s rules.',
        },
      };
    }
    const rows: StoredEvent[] = log.map((event, seq) => ({
      seq,
      event,
      recordedAt: stored[seq]?.recordedAt ?? at,
      actedBy: stored[seq]?.actedBy ?? null,
    }));
    await store.createWithStoredLog(
      {
        id: exerciseId,
        code,
        title: first.title,
        scenarioId: first.scenario.id,
        controlKeyHash: hashSecret(controlKey),
        createdAt: first.createdAt,
      },
      rows,
    );
    return { ok: true, value: { exerciseId, code, controlKey, title: first.title, eventCount: rows.length } };
  });
}
