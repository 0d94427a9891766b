// A stored log that cannot be replayed (an older release's bug) still opens: under repair, named
// for Control, refused to everyone else, until the lead's repair sets the failing tail aside (ADR 0016).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replay, viewFor, type Actor, type Command, type GameEvent } from '@council/shared';
import type { Db } from '../store/db';
import { ExerciseStore } from '../store/exercises';
import { ExerciseSession } from './session';
import { CONTROL, accepted, openTestDb, openedExercise, tickingClock } from './testing';

const USA: Actor = { seatId: 'usa', isControl: false };
let db: Db;
let store: ExerciseStore;
const now = tickingClock();
const NO_ONE = { connectedSeats: new Set<string>(), controlConnections: 0 };

beforeAll(async () => {
  db = await openTestDb('repair');
  store = new ExerciseStore(db);
});
afterAll(async () => db.close());

/** An event no rule of this release applies, stored by "an older release", with more after it. */
const POISON = { type: 'unitTeleported', unitId: 'nld-1', to: 'tallinn' } as unknown as GameEvent;

async function poisoned(turns: number): Promise<{ session: ExerciseSession; failedSeq: number }> {
  const session = await openedExercise(store, 'Poisoned', now);
  const run = (actor: Actor, command: Command) => accepted(session, command, actor, now);
  await run({ seatId: null, isControl: false }, { type: 'claimSeat', seatId: 'usa', displayName: 'USA' });
  await run(CONTROL, { type: 'startExercise' });
  for (let turn = 1; turn <= turns; turn++) {
    while (session.state.clock.turn === turn) await run(CONTROL, { type: 'advancePhase' });
  }
  await session.snapshotsWritten();
  const failedSeq = session.state.seq;
  const at = now().toISOString();
  await store.append(
    session.record.id,
    failedSeq,
    [POISON, { type: 'hotwashSet', enabled: false, at } as GameEvent],
    at,
  );
  return { session: await ExerciseSession.load(store, session.record), failedSeq };
}

describe('an exercise whose stored log cannot be replayed', () => {
  it.each([0, 2])(
    'opens under repair (after %i turns, snapshots or not), naming the first failing event',
    async (turns) => {
      const { session, failedSeq } = await poisoned(turns);
      expect(session.state.underRepair).toEqual({ seq: failedSeq, type: 'unitTeleported' });
      expect(session.state.seq).toBe(failedSeq + 2);
      const control = viewFor(session.state, CONTROL, NO_ONE);
      expect(control.repair).toEqual({ seq: failedSeq, type: 'unitTeleported' });
      expect(control.clock.underRepair).toBe(true);
      const player = viewFor(session.state, USA, NO_ONE);
      expect(player.clock.underRepair).toBe(true);
      expect(player.repair).toBeUndefined();
    },
  );

  it('refuses players and Control alike, stores nothing, and the clock stands still', async () => {
    const { session } = await poisoned(0);
    const length = (await store.events(session.record.id)).length;
    const post = await session.execute({ type: 'requestItem', itemId: 'article-4' }, USA, now());
    expect(post).toMatchObject({ ok: false, error: { code: 'EXERCISE_UNDER_REPAIR' } });
    const advance = await session.execute({ type: 'advancePhase' }, CONTROL, now());
    expect(advance).toMatchObject({ ok: false, error: { code: 'EXERCISE_UNDER_REPAIR' } });
    expect(await session.advanceTime(new Date('2031-01-01T00:00:00Z'))).toEqual([]);
    expect(await store.events(session.record.id)).toHaveLength(length);
  });

  it('is repaired by the lead; play resumes, and a restart opens it repaired', async () => {
    const { session, failedSeq } = await poisoned(2);
    const before = (await store.events(session.record.id)).slice(0, failedSeq);
    const outcome = await session.execute({ type: 'repairLog', failedSeq }, CONTROL, now());
    expect(outcome.ok).toBe(true);
    expect(session.state.underRepair).toBeUndefined();
    const { seq: _a, session: _b, ...content } = session.state;
    const { seq: _c, session: _d, ...sound } = replay(before);
    expect(content).toEqual(sound);
    expect((await session.execute({ type: 'requestItem', itemId: 'article-4' }, USA, now())).ok).toBe(true);
    await session.snapshotsWritten();
    const log = await store.events(session.record.id);
    expect(replay(log)).toEqual(session.state);
    expect((await ExerciseSession.load(store, session.record)).state).toEqual(session.state);
  });
});
