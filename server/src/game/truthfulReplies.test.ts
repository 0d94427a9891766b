// A reply tells the truth about what was stored (ADR 0016): a command that changes nothing is
// refused with NOTHING_TO_DO and moves nothing, not even Control's "last acted", so the views after
// a restart equal the views before it, field for field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewFor, type Actor, type Command } from '@council/shared';
import type { Db } from '../store/db';
import { ExerciseStore } from '../store/exercises';
import { ExerciseSession } from './session';
import { accepted, openTestDb, openedExercise, tickingClock } from './testing';

const CONTROL: Actor = { seatId: null, isControl: true, controlRole: 'lead', controlName: 'Control' };
const EST: Actor = { seatId: 'est', isControl: false };
const LVA: Actor = { seatId: 'lva', isControl: false };
let db: Db;
let store: ExerciseStore;
const now = tickingClock();

beforeAll(async () => {
  db = await openTestDb('truth');
  store = new ExerciseStore(db);
});
afterAll(async () => db.close());

const exec = (session: ExerciseSession, command: Command, actor: Actor) =>
  accepted(session, command, actor, now);

/** Every view as a room would build it, with Control's last-acted times from the session. */
const viewsOf = (session: ExerciseSession) =>
  [CONTROL, EST, LVA].map((actor) =>
    viewFor(session.state, actor, {
      connectedSeats: new Set(['est', 'lva']),
      controlConnections: 1,
      controlTeam: [{ name: 'Control', role: 'lead' }],
      lastActedAt: session.lastActedAt,
    }),
  );

describe('a command that changes nothing', () => {
  it('is refused NOTHING_TO_DO, stores nothing, moves no last-acted time; a restart shows the same views', async () => {
    const session = await openedExercise(store, 'Truth', now);
    const guest: Actor = { seatId: null, isControl: false };
    await exec(session, { type: 'claimSeat', seatId: 'est', displayName: 'Estonia' }, guest);
    await exec(session, { type: 'claimSeat', seatId: 'lva', displayName: 'Latvia' }, guest);
    await exec(session, { type: 'startExercise' }, CONTROL);
    await exec(session, { type: 'openChannel', members: ['est', 'lva'], name: 'Baltic two' }, EST);
    const channelId = viewsOf(session)[1]!.channels.channels.find((c) => c.name === 'Baltic two')!.id;
    await exec(session, { type: 'postMessage', channelId, template: 'freeText', body: 'Between us.' }, EST);
    const messageId = viewsOf(session)[2]!
      .channels.channels.find((c) => c.id === channelId)!
      .messages.at(-1)!.id;
    await exec(session, { type: 'markRead', channelId, messageId }, LVA);
    const acted = session.lastActedAt.get('lva');
    const length = (await store.events(session.record.id)).length;
    const state = session.state;

    const again = await session.execute({ type: 'markRead', channelId, messageId }, LVA, now());
    expect(again).toMatchObject({ ok: false, error: { code: 'NOTHING_TO_DO' } });
    expect(session.lastActedAt.get('lva')).toBe(acted);
    expect(session.state).toBe(state);
    expect(await store.events(session.record.id)).toHaveLength(length);

    const restarted = await ExerciseSession.load(store, session.record);
    expect(viewsOf(restarted)).toEqual(viewsOf(session));
    expect(restarted.state).toEqual(session.state);
  });
});
