// Snapshots per turn and rollbacks, through the session and a real (embedded) PostgreSQL store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replay, type Actor, type Command } from '@council/shared';
import type { Db } from '../store/db';
import { ExerciseStore } from '../store/exercises';
import { createExercise } from './createExercise';
import { ExerciseSession } from './session';
import { CONTROL, baltic, openTestDb } from './testing';

const scenario = baltic;

let db: Db;
let store: ExerciseStore;
let clock = Date.parse('2026-11-23T10:00:00Z');
const now = () => new Date((clock += 1000));

beforeEach(async () => {
  db = await openTestDb('session');
  store = new ExerciseStore(db);
});
afterEach(async () => db.close());

async function exec(session: ExerciseSession, command: Command, actor: Actor = CONTROL) {
  const outcome = await session.execute(command, actor, now());
  if (!outcome.ok) throw new Error(`${command.type}: ${outcome.error.code} ${outcome.error.message}`);
  return outcome;
}

/** A Baltic exercise played to the start of `turns + 1` with Council business along the way. */
async function played(turns: number): Promise<ExerciseSession> {
  const { code } = await createExercise(store, scenario, 'Snapshots', now());
  const session = await ExerciseSession.load(store, (await store.findByCode(code))!);
  await exec(
    session,
    { type: 'claimSeat', seatId: 'usa', displayName: 'USA' },
    { seatId: null, isControl: false },
  );
  const usa: Actor = { seatId: 'usa', isControl: false };
  await exec(session, { type: 'startExercise' });
  const items = ['article-4', 'public-statement', 'raise-readiness', 'activate-grp'];
  for (let turn = 1; turn <= turns; turn++) {
    const itemId = items[(turn - 1) % items.length]!;
    if (!session.state.council.agenda[itemId]) await exec(session, { type: 'requestItem', itemId }, usa);
    while (session.state.clock.turn === turn) await exec(session, { type: 'advancePhase' });
  }
  await session.snapshotsWritten();
  return session;
}

const reload = async (session: ExerciseSession, from: ExerciseStore = store) =>
  (await ExerciseSession.load(from, session.record)).state;

describe('snapshots per turn', () => {
  it('are written at each turn start, and loading from one equals replaying the whole log', async () => {
    const session = await played(4);
    const events = await store.events(session.record.id);
    const { rows } = await db.query<{ seq: number }>(
      'select seq from snapshots where exercise_id = $1 order by seq',
      [session.record.id],
    );
    expect(rows.map((r) => Number(r.seq))).toEqual(session.state.turnStarts.map((t) => t.seq));
    expect(rows).toHaveLength(5);
    const loaded = await reload(session);
    expect(loaded).toEqual(replay(events));
    expect(loaded).toEqual(session.state);
  });

  it('are really what a load starts from (a doctored one, digest and all, shows through)', async () => {
    const session = await played(2);
    const latest = (await store.snapshots.latest(session.record.id))!;
    await db.query('delete from snapshots where exercise_id = $1 and seq = $2', [
      session.record.id,
      latest.seq,
    ]);
    await store.snapshots.save({ ...latest.state, title: 'Doctored' }, new Date().toISOString());
    expect((await reload(session)).title).toBe('Doctored');
  });

  it('a damaged snapshot, or one from other rules, is passed over for the whole log', async () => {
    const session = await played(3);
    const truth = replay(await store.events(session.record.id));
    await db.query(`update snapshots set state = substr(state, 1, 200) where exercise_id = $1`, [
      session.record.id,
    ]);
    expect(await reload(session)).toEqual(truth);
    await db.query(`update snapshots set state = '{"seq": 1}', digest = 'x' where exercise_id = $1`, [
      session.record.id,
    ]);
    expect(await reload(session)).toEqual(truth);
    await db.query('delete from snapshots where exercise_id = $1', [session.record.id]);
    expect(await reload(session)).toEqual(truth);
  });

  it('a snapshot written by other rules is never read', async () => {
    const session = await played(2);
    const older = new ExerciseStore(db, 'rules-of-an-older-release');
    expect(await older.snapshots.latest(session.record.id)).toBeNull();
    const doctor = (await store.snapshots.latest(session.record.id))!;
    await older.snapshots.save({ ...doctor.state, seq: doctor.seq + 1, title: 'Old rules' }, 'now');
    expect((await reload(session)).title).not.toBe('Old rules');
    expect(await reload(session)).toEqual(session.state);
  });
});

describe('rolling back through the session', () => {
  it('restores the turn start and stores the rollback; a reload and a replay agree', async () => {
    const session = await played(3);
    const turnOne = (await store.snapshots.at(session.record.id, session.state.turnStarts[0]!.seq))!;
    const { events } = await exec(session, { type: 'rollBack', toTurn: 1 });
    expect(events).toMatchObject([{ type: 'rolledBack', turn: 1, toSeq: turnOne.seq }]);
    expect(session.state.clock).toEqual(turnOne.state.clock);
    expect(session.state.council).toEqual(turnOne.state.council);
    const log = await store.events(session.record.id);
    expect(session.state.seq).toBe(log.length);
    expect(replay(log)).toEqual(session.state);
    await session.snapshotsWritten();
    expect(await reload(session)).toEqual(session.state);
    // Play goes on from there, and the next rollback still lands where it should.
    await exec(session, { type: 'advancePhase' });
    await exec(session, { type: 'rollBack', toTurn: 1 });
    expect(replay(await store.events(session.record.id))).toEqual(session.state);
  });

  it('without the turn start snapshot, the stored log is replayed up to it instead', async () => {
    const session = await played(2);
    await db.query('delete from snapshots where exercise_id = $1', [session.record.id]);
    await exec(session, { type: 'rollBack', toTurn: 2 });
    expect(session.state.clock.turn).toBe(2);
    expect(replay(await store.events(session.record.id))).toEqual(session.state);
    await session.snapshotsWritten();
    expect(await reload(session)).toEqual(session.state);
  });

  it('arriving behind other commands, waits until they are stored, then reads the log', async () => {
    // How many steps a turn takes, counted on a first exercise.
    const counted = await played(1);
    let steps = 0;
    for (; counted.state.clock.turn === 2; steps++) await exec(counted, { type: 'advancePhase' });
    const session = await played(1);
    // Without snapshots a rollback replays the stored log, which must then hold the turn start it
    // goes back to: here that turn starts in the commands sent just before it.
    await db.query('delete from snapshots where exercise_id = $1', [session.record.id]);
    const commands: Command[] = [
      ...Array.from({ length: steps }, () => ({ type: 'advancePhase' }) as const),
      { type: 'pauseExercise' },
      { type: 'rollBack', toTurn: 3 },
    ];
    const outcomes = await Promise.all(commands.map((command) => session.execute(command, CONTROL, now())));
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.error.code))).toEqual(commands.map(() => 'ok'));
    const log = await store.events(session.record.id);
    expect(log.slice(-2).map((e) => e.type)).toEqual(['exercisePaused', 'rolledBack']);
    expect(replay(log)).toEqual(session.state);
    expect(session.state.clock.turn).toBe(3);
  });

  it('a refused rollback stores nothing and changes nothing', async () => {
    const session = await played(1);
    const before = JSON.stringify(session.state);
    const length = (await store.events(session.record.id)).length;
    const outcome = await session.execute({ type: 'rollBack', toTurn: 5 }, CONTROL, now());
    expect(outcome).toMatchObject({ ok: false, error: { code: 'NO_SUCH_TURN' } });
    const seat = await session.execute(
      { type: 'rollBack', toTurn: 1 },
      { seatId: 'usa', isControl: false },
      now(),
    );
    expect(seat).toMatchObject({ ok: false, error: { code: 'NOT_CONTROL' } });
    expect(JSON.stringify(session.state)).toBe(before);
    expect(await store.events(session.record.id)).toHaveLength(length);
  });
});

describe("Control's last-acted times", () => {
  it('come back with the log after a restart, for every seat that acted', async () => {
    const session = await played(1);
    const usa: Actor = { seatId: 'usa', isControl: false };
    await exec(session, { type: 'requestItem', itemId: 'raise-readiness' }, usa);
    const acted = session.lastActedAt.get('usa');
    expect(acted).toBeDefined();
    // Control's own commands are not a seat's act.
    expect([...session.lastActedAt.keys()]).toEqual(['usa']);
    const restarted = await ExerciseSession.load(store, session.record);
    expect(Object.fromEntries(restarted.lastActedAt)).toEqual(Object.fromEntries(session.lastActedAt));
    expect(restarted.lastActedAt.get('usa')).toBe(acted);
  });
});

describe('exercises of one scenario', () => {
  it('share one copy of it, loaded from the log or from a snapshot, and a rollback keeps it', async () => {
    const first = await played(2);
    const { code } = await createExercise(store, scenario, 'Second', now());
    const second = await ExerciseSession.load(store, (await store.findByCode(code))!);
    // Each log holds its own copy of the scenario; loaded, they are one object.
    expect(second.state.scenario).toBe(first.state.scenario);
    expect(await reload(first)).toHaveProperty('scenario', first.state.scenario);
    await exec(first, { type: 'rollBack', toTurn: 2 });
    expect(first.state.clock.turn).toBe(2);
    expect(first.state.scenario).toBe(second.state.scenario);
  });
});

describe('exercises to reopen for their bots at start-up', () => {
  it('are those with a seat handed to a bot that have not ended, found through their own index', async () => {
    const open = async (title: string) => {
      const { code } = await createExercise(store, scenario, title, now());
      return ExerciseSession.load(store, (await store.findByCode(code))!);
    };
    const [withBots, ended, withoutBots] = [await open('Bots'), await open('Ended'), await open('People')];
    for (const session of [withBots, ended]) await exec(session, { type: 'handSeatToBot', seatId: 'est' });
    await exec(withoutBots, { type: 'startExercise' });
    await exec(ended, { type: 'startExercise' });
    await exec(ended, { type: 'endExercise' });
    expect(await store.codesWithBots()).toEqual([withBots.record.code]);
    const { rows } = await db.query<{ indexdef: string }>(
      `select indexdef from pg_indexes where indexname = 'events_bots_and_ends'`,
    );
    expect(rows[0]?.indexdef).toMatch(/WHERE .*seatHandedToBot.*exerciseEnded/);
  });
});
