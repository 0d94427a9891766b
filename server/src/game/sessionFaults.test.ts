// Prove, then store (ADR 0016): a command or a clock beat whose events cannot be decided or applied
// is refused with INTERNAL_ERROR, stores nothing and leaves the session serving; a failed append
// (a sequence conflict, a lost reply) makes the session reload from the store before going on.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { replay } from '@council/shared';
import type { Db } from '../store/db';
import { ExerciseStore } from '../store/exercises';
import { ExerciseSession } from './session';
import { CONTROL, openTestDb, openedExercise } from './testing';

const faults = vi.hoisted(() => ({ decide: '', evolve: '', tick: false }));
vi.mock('@council/shared', async (importOriginal) => {
  const real = await importOriginal<typeof import('@council/shared')>();
  return {
    ...real,
    decide: (...args: Parameters<typeof real.decide>) => {
      if (args[1].type === faults.decide) throw new Error('decide failed on secret-detail');
      return real.decide(...args);
    },
    evolve: (...args: Parameters<typeof real.evolve>) => {
      if (args[1].type === faults.evolve) throw new Error('evolve failed on secret-detail');
      return real.evolve(...args);
    },
    tick: (...args: Parameters<typeof real.tick>) => {
      if (faults.tick) throw new Error('tick failed on secret-detail');
      return real.tick(...args);
    },
  };
});

let db: Db;
let store: ExerciseStore;
let clock = Date.parse('2026-11-23T10:00:00Z');
const now = () => new Date((clock += 1000));
let errors: string[];

beforeAll(async () => {
  db = await openTestDb('faults');
});
afterAll(async () => db.close());
beforeEach(() => {
  Object.assign(faults, { decide: '', evolve: '', tick: false });
  store = new ExerciseStore(db);
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function started(): Promise<ExerciseSession> {
  const session = await openedExercise(store, 'Faults', now);
  const outcome = await session.execute({ type: 'startExercise' }, CONTROL, now());
  expect(outcome.ok).toBe(true);
  return session;
}

const logOf = (session: ExerciseSession) => store.events(session.record.id);

describe('a command that cannot be decided or applied', () => {
  it.each([
    ['evolve', 'exercisePaused'],
    ['decide', 'pauseExercise'],
  ] as const)(
    '(%s throws) is refused with INTERNAL_ERROR, stores nothing, and play goes on',
    async (where, type) => {
      const session = await started();
      const before = await logOf(session);
      const state = session.state;
      faults[where] = type;
      const outcome = await session.execute({ type: 'pauseExercise' }, CONTROL, now());
      expect(outcome).toEqual({
        ok: false,
        error: { code: 'INTERNAL_ERROR', message: 'The server failed on this command; nothing changed.' },
      });
      expect(JSON.stringify(outcome)).not.toContain('secret-detail');
      expect(await logOf(session)).toEqual(before);
      expect(session.state).toBe(state);
      // One line naming the exercise, the command and who sent it.
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(new RegExp(`exercise ${session.record.id}: pauseExercise by Control`));
      expect(errors[0]).not.toContain('\n');
      faults[where] = '';
      expect((await session.execute({ type: 'pauseExercise' }, CONTROL, now())).ok).toBe(true);
      expect(replay(await logOf(session))).toEqual(session.state);
    },
  );

  it('a clock beat whose events cannot be applied stores nothing and is reported once', async () => {
    const session = await started();
    await session.execute({ type: 'setPhaseTimer', seconds: 1 }, CONTROL, now());
    const before = await logOf(session);
    faults.evolve = 'phaseStarted';
    const later = () => new Date((clock += 60_000));
    expect(await session.advanceTime(later())).toEqual([]);
    expect(await session.advanceTime(later())).toEqual([]);
    expect(await logOf(session)).toEqual(before);
    expect(errors).toHaveLength(1);
    faults.evolve = '';
    faults.tick = true;
    expect(await session.advanceTime(later())).toEqual([]);
    faults.tick = false;
    expect((await session.advanceTime(later())).length).toBeGreaterThan(0);
    expect(replay(await logOf(session))).toEqual(session.state);
  });
});

describe('an append that fails', () => {
  it('on a sequence conflict (another writer took the place) reloads before the next command', async () => {
    const session = await started();
    // Another room for the exercise stores an event at the position this session would use.
    const other = await ExerciseSession.load(store, session.record);
    expect((await other.execute({ type: 'setHotwash', enabled: false }, CONTROL, now())).ok).toBe(true);
    const refused = await session.execute({ type: 'pauseExercise' }, CONTROL, now());
    expect(refused).toMatchObject({ ok: false, error: { code: 'STORAGE_FAILED' } });
    // Not the same position again: the session took the store's log on, and goes on from its end.
    const next = await session.execute({ type: 'pauseExercise' }, CONTROL, now());
    expect(next.ok).toBe(true);
    const log = await logOf(session);
    expect(log.map((e) => e.type).slice(-2)).toEqual(['hotwashSet', 'exercisePaused']);
    expect(session.state).toEqual(replay(log));
  });

  it('when the write landed but its reply was lost, the next command sees what landed', async () => {
    const session = await started();
    const append = store.appendParts.bind(store);
    const lostReply = vi
      .spyOn(store, 'appendParts')
      .mockImplementationOnce(async (...args: Parameters<ExerciseStore['appendParts']>) => {
        await append(...args);
        throw new Error('connection reset after commit');
      });
    const outcome = await session.execute({ type: 'pauseExercise' }, CONTROL, now());
    expect(outcome).toMatchObject({ ok: false, error: { code: 'STORAGE_FAILED' } });
    lostReply.mockRestore();
    const retry = await session.execute({ type: 'pauseExercise' }, CONTROL, now());
    // It is paused already: the reload showed it, and the rules say so.
    expect(retry).toMatchObject({ ok: false, error: { code: 'WRONG_PHASE' } });
    expect(session.state.session.status).toBe('paused');
    const resume = await session.execute({ type: 'resumeExercise' }, CONTROL, now());
    expect(resume.ok).toBe(true);
    expect(session.state).toEqual(replay(await logOf(session)));
  });
});
