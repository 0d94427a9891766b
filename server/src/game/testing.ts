// What the session's tests share: the Baltic scenario, an embedded store, a wall clock that moves a
// second per call, and one way to open an exercise and run a command that must be accepted.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Actor, Command } from '@council/shared';
import { loadScenarios } from '../scenarios';
import type { Db } from '../store/db';
import type { ExerciseStore } from '../store/exercises';
import { openDb } from '../store/open';
import { createExercise } from './createExercise';
import { ExerciseSession } from './session';

export const CONTROL: Actor = { seatId: null, isControl: true };

export const baltic = loadScenarios(resolve(import.meta.dirname, '../../../scenarios')).scenarios.get(
  'baltic-tripwire',
)!;

/** A wall clock for tests: each call is one second after the last. */
export function tickingClock(start = '2026-11-23T10:00:00Z'): () => Date {
  let clock = Date.parse(start);
  return () => new Date((clock += 1000));
}

/** A fresh embedded database in a temporary folder, schema applied. */
export const openTestDb = (name: string): Promise<Db> =>
  openDb({ dataDir: mkdtempSync(join(tmpdir(), `council-${name}-`)) });

/** A new Baltic exercise, opened as a room would open it. */
export async function openedExercise(store: ExerciseStore, title: string, now: () => Date) {
  const { code } = await createExercise(store, baltic, title, now());
  return ExerciseSession.load(store, (await store.findByCode(code))!);
}

/** Runs a command that must be accepted; throws with the refusal's code otherwise. */
export async function accepted(session: ExerciseSession, command: Command, actor: Actor, now: () => Date) {
  const outcome = await session.execute(command, actor, now());
  if (!outcome.ok) throw new Error(`${command.type}: ${outcome.error.code} ${outcome.error.message}`);
  return outcome;
}
