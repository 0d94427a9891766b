// The server's bot driver on a real session and store, with a hand-cranked clock: bot seats act on
// their own through the queue, one beat at a time, never in the lobby, and stop when taken back.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor, Command, GameEvent } from '@council/shared';
import { createExercise } from '../game/createExercise';
import { ExerciseSession } from '../game/session';
import { loadScenarios } from '../scenarios';
import type { Db } from '../store/db';
import { ExerciseStore } from '../store/exercises';
import { openDb } from '../store/open';
import { BotDriver, thinkTimeFrom, type Scheduler } from './driver';

const CONTROL: Actor = { seatId: null, isControl: true };
const scenario = loadScenarios(resolve(import.meta.dirname, '../../../scenarios')).scenarios.get(
  'ukraine-ceasefire',
)!;
const now = () => new Date('2026-11-23T10:00:00Z');

/** Timers the test fires by hand. */
class HandClock implements Scheduler {
  pending: { callback: () => void; ms: number }[] = [];
  setTimeout(callback: () => void, ms: number) {
    const timer = { callback, ms };
    this.pending.push(timer);
    return { clear: () => void (this.pending = this.pending.filter((t) => t !== timer)) };
  }
  /** Fires every pending timer, then lets the queued commands reach the store. */
  async beat(): Promise<void> {
    const due = this.pending;
    this.pending = [];
    for (const t of due) t.callback();
    await new Promise((r) => setTimeout(r, 30));
  }
}

let db: Db;
let store: ExerciseStore;

async function session(): Promise<ExerciseSession> {
  const { code } = await createExercise(store, scenario, 'Bots', now());
  return ExerciseSession.load(store, (await store.findByCode(code))!);
}

async function control(s: ExerciseSession, command: Command): Promise<void> {
  const outcome = await s.execute(command, CONTROL, now());
  if (!outcome.ok) throw new Error(`${command.type}: ${outcome.error.code}`);
}

/** What a party did itself: the rules also walk an unplayed party out, and bring it back. */
const byParty = (events: readonly GameEvent[], seat: string) =>
  events.filter(
    (e) =>
      ('by' in e && e.by === seat) ||
      ((e.type === 'negotiationClauseInitialled' || e.type === 'negotiationDraftSigned') && e.party === seat),
  );

describe('the bot driver', () => {
  beforeEach(async () => {
    db = await openDb({ dataDir: mkdtempSync(join(tmpdir(), 'council-bots-')) });
    store = new ExerciseStore(db);
  });
  afterEach(async () => db.close());

  it('plays seats handed to bots, through the log, one timer per seat, and not in the lobby', async () => {
    const s = await session();
    const clock = new HandClock();
    const published: GameEvent[][] = [];
    const driver = new BotDriver(s, clock, thinkTimeFrom('100,300'), now, (e) => published.push([...e]));
    await control(s, { type: 'handSeatToBot', seatId: 'russia' });
    await control(s, { type: 'handSeatToBot', seatId: 'ukraine' });
    driver.wake();
    driver.wake(); // a second wake-up does not double the beats
    expect(clock.pending.map((t) => t.ms).every((ms) => ms >= 100 && ms <= 300)).toBe(true);
    expect(clock.pending).toHaveLength(2);
    // In the lobby the bots wait, and keep waiting.
    const lobby = s.state.seq;
    for (let i = 0; i < 5; i++) await clock.beat();
    expect(s.state.seq).toBe(lobby);
    expect(clock.pending).toHaveLength(2);

    await control(s, { type: 'startExercise' });
    await control(s, { type: 'advancePhase' });
    for (
      let i = 0;
      i < 40 &&
      (byParty(published.flat(), 'russia').length === 0 || byParty(published.flat(), 'ukraine').length === 0);
      i++
    ) {
      await clock.beat();
      expect(clock.pending.length).toBeLessThanOrEqual(2);
    }
    const log = await store.events(s.record.id);
    // Everything the bots did is stored, exactly as published, and is theirs.
    expect(log.slice(-published.flat().length)).toEqual(published.flat());
    expect(byParty(log, 'russia').length).toBeGreaterThan(0);
    expect(byParty(log, 'ukraine').length).toBeGreaterThan(0);
    expect(driver.refusals).toBe(0);

    // Taken back, a seat's bot stops at once; the other goes on.
    await control(s, { type: 'takeSeatFromBot', seatId: 'russia' });
    driver.wake();
    expect(clock.pending).toHaveLength(1);
    const before = byParty(await store.events(s.record.id), 'russia').length;
    for (let i = 0; i < 10; i++) await clock.beat();
    expect(byParty(await store.events(s.record.id), 'russia').length).toBe(before);
    driver.stop();
    expect(clock.pending).toHaveLength(0);
  }, 60_000);
});

describe('think time', () => {
  it('is read from BOT_THINK_MS', () => {
    expect(thinkTimeFrom(undefined)).toEqual({ minMs: 2000, maxMs: 6000 });
    expect(thinkTimeFrom('50,80')).toEqual({ minMs: 50, maxMs: 80 });
    expect(thinkTimeFrom('500')).toEqual({ minMs: 500, maxMs: 500 });
    expect(thinkTimeFrom('80,50')).toEqual({ minMs: 80, maxMs: 80 });
    expect(thinkTimeFrom('soon')).toEqual({ minMs: 2000, maxMs: 6000 });
  });
});
