// Commands that arrive while a room is busy go in one batch (session.ts): each decided on the state
// its predecessors lead to, all stored in one append that lands whole or not at all, each answered
// with its own log position; a failed batch confirms nothing and decides its later refusals again.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { replay, type Actor, type Command } from '@council/shared';
import type { Db } from '../store/db';
import { ExerciseStore } from '../store/exercises';
import type { ExerciseSession } from './session';
import { CONTROL, openTestDb, openedExercise, tickingClock } from './testing';

let db: Db;
let store: ExerciseStore;
const now = tickingClock();
const GUEST: Actor = { seatId: null, isControl: false };
const claim = (seatId: string, displayName = seatId.toUpperCase()): Command => ({
  type: 'claimSeat',
  seatId,
  displayName,
});

beforeAll(async () => {
  db = await openTestDb('batches');
});
afterAll(async () => db.close());
beforeEach(() => {
  store = new ExerciseStore(db);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

/** Sends the commands at once, as a busy room receives them, and waits for every reply. */
const together = (session: ExerciseSession, commands: readonly [Command, Actor][]) =>
  Promise.all(commands.map(([command, actor]) => session.execute(command, actor, now())));

const logOf = (session: ExerciseSession) => store.events(session.record.id);

describe('a batch of commands', () => {
  it('stores the accepted ones in one append, in order, each answered with its own position', async () => {
    const session = await openedExercise(store, 'Batches', now);
    const appends = vi.spyOn(store, 'appendParts');
    const before = session.state.seq;
    const outcomes = await together(session, [
      [claim('usa'), GUEST],
      [claim('usa', 'Second'), GUEST],
      [claim('gbr'), GUEST],
      [{ type: 'startExercise' }, CONTROL],
    ]);
    // The second claim met the first one's seat taken, though neither was stored yet.
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.error.code))).toEqual(['ok', 'SEAT_TAKEN', 'ok', 'ok']);
    // One append for the three accepted commands.
    expect(appends.mock.calls.map(([, parts]) => parts.length)).toEqual([3]);
    const log = await logOf(session);
    expect(session.state).toEqual(replay(log));
    // Each reply names the log position of its own last event.
    let seq = before;
    for (const outcome of outcomes) {
      if (!outcome.ok) continue;
      seq += outcome.events.length;
      expect(outcome.seq).toBe(seq - 1);
      expect(log[outcome.seq]).toEqual(outcome.events.at(-1));
    }
    expect(session.state.seq).toBe(seq);
    // Taking a seat counts as its first act, for each seat of the batch.
    expect([...session.lastActedAt.keys()].sort()).toEqual(['gbr', 'usa']);
  });

  it('confirms none of a batch whose append failed, and decides its later refusals again', async () => {
    const session = await openedExercise(store, 'Failed batch', now);
    await session.execute(claim('fra'), GUEST, now());
    vi.spyOn(store, 'appendParts').mockImplementationOnce(() =>
      Promise.reject(new Error('connection reset before commit')),
    );
    const stored = await logOf(session);
    const outcomes = await together(session, [
      [claim('fra', 'Taken'), GUEST],
      [claim('usa'), GUEST],
      [claim('usa', 'Second'), GUEST],
      [claim('gbr'), GUEST],
    ]);
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.error.code))).toEqual([
      // Refused on a state that is all stored: it stands.
      'SEAT_TAKEN',
      // Nothing of the failed batch is confirmed.
      'STORAGE_FAILED',
      // Refused only because the failed batch had taken the seat: decided again after the reload,
      // on what the store holds, it is accepted.
      'ok',
      'STORAGE_FAILED',
    ]);
    const log = await logOf(session);
    expect(log.slice(0, stored.length)).toEqual(stored);
    expect(log.slice(stored.length).map((e) => e.type)).toEqual(['seatClaimed']);
    expect(session.state).toEqual(replay(log));
    expect(session.state.seats.usa?.displayName).toBe('Second');
    expect(session.state.seats.gbr).toBeUndefined();
  });

  it('answers every command of a batch whose check throws, and serves the next', async () => {
    const session = await openedExercise(store, 'Throwing check', now);
    const throwing = () => {
      throw new Error('check failed');
    };
    const outcomes = await Promise.all([
      session.execute(claim('usa'), GUEST, now(), throwing),
      session.execute(claim('gbr'), GUEST, now()),
    ]);
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.error.code))).toEqual(['INTERNAL_ERROR', 'INTERNAL_ERROR']);
    expect((await session.execute(claim('gbr'), GUEST, now())).ok).toBe(true);
    expect(session.state).toEqual(replay(await logOf(session)));
  });
});
