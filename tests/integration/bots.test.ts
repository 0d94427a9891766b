// Bots as real players: the server plays seats Control hands to bots, and the headless bot CLI joins
// over the network and plays a seat like a browser. Both go through the log before they count.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replay, type GameEvent } from '@council/shared';
import { ExerciseStore } from '../../server/src/store/exercises';
import { openDb } from '../../server/src/store/open';
import { Player, createExercise, startTestServer, type TestServer } from './harness';
import { spawnServer, type ServerProcess } from './serverProcess';

const repoRoot = resolve(import.meta.dirname, '../..');

let server: TestServer;
const children: ChildProcess[] = [];

beforeAll(async () => {
  // Rooms read the think time when they open: bots here think for tens of milliseconds, not seconds.
  process.env.BOT_THINK_MS = '20,80';
  server = await startTestServer();
});

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await server.server.close();
});

/** What a seat did, from the stored log: its own commands' events (negotiation by party, moves). */
function actsBy(events: readonly GameEvent[], seatId: string): GameEvent[] {
  return events.filter(
    (e) =>
      ('by' in e && e.by === seatId) ||
      ('party' in e && e.party === seatId && e.type !== 'negotiationWalkedOut') ||
      (e.type === 'movesSubmitted' && e.seatId === seatId) ||
      (e.type === 'messagePosted' && e.from === seatId),
  );
}

/** Whether a seat's move shows in a person's view of the talks: a change it drafted or its initials. */
function seenActing(view: NonNullable<Player['view']>, seat: string): boolean {
  const talks = view.negotiation;
  return (
    (talks?.changes ?? []).some((c) => c.by === seat) ||
    (talks?.clauses ?? []).some((c) => c.initialledBy.includes(seat))
  );
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Control opens the talks: starts the exercise and moves to consultation, where parties negotiate. */
async function openTalks(control: Player): Promise<void> {
  expect((await control.command({ type: 'startExercise' })).ok).toBe(true);
  expect((await control.command({ type: 'advancePhase' })).ok).toBe(true);
}

describe('bots', () => {
  it('the server plays a seat Control hands to a bot, through the log, and people see it', async () => {
    const { code, controlKey, exerciseId } = await createExercise(server.url, 'ukraine-ceasefire');
    const control = await Player.join(server.url, { code, controlKey });
    const human = await Player.join(server.url, { code });
    expect((await human.command({ type: 'claimSeat', seatId: 'us', displayName: 'Ana' })).ok).toBe(true);
    for (const seatId of ['russia', 'ukraine']) {
      expect((await control.command({ type: 'handSeatToBot', seatId })).ok).toBe(true);
    }
    await openTalks(control);
    // `legal` answers for the asker's own seat only: the US sees its own red lines, not Ukraine's.
    const own = await human.room.request('legal');
    expect(own.ok && own.brief.seatId).toBe('us');
    expect(own.brief.talks.forbidden['reassurance-lead']).toEqual(['us-troops-in-lead']);
    expect(own.brief.talks.forbidden['line-of-contact']).toEqual([]);
    expect(own.brief.legal.length).toBeGreaterThan(0);
    expect(await control.room.request('legal')).toMatchObject({ ok: false, code: 'NOT_YOUR_SEAT' });
    const onlooker = await Player.join(server.url, { code });
    expect(await onlooker.room.request('legal')).toMatchObject({ ok: false, code: 'NOT_YOUR_SEAT' });
    await onlooker.leave();
    const acted = await until('both bot seats to act', async () => {
      const events = await server.server.store.events(exerciseId);
      return actsBy(events, 'russia').length > 0 && actsBy(events, 'ukraine').length > 0 ? events : undefined;
    });
    // The bots' commands are in the log, and the person at the table sees what they did.
    const byBots = [...actsBy(acted, 'russia'), ...actsBy(acted, 'ukraine')];
    expect(byBots.length).toBeGreaterThan(0);
    const seen = await human.nextView(
      (v) =>
        (v.negotiation?.changes ?? []).some((c) => c.by === 'russia' || c.by === 'ukraine') ||
        (v.negotiation?.clauses ?? []).some((c) =>
          c.initialledBy.some((p) => p === 'russia' || p === 'ukraine'),
        ),
      20_000,
      'with a bot’s move at the table',
    );
    expect(seen.negotiation).not.toBeNull();
    // Taking the seat back stops the bot: nothing more comes from it.
    expect((await control.command({ type: 'takeSeatFromBot', seatId: 'russia' })).ok).toBe(true);
    const before = actsBy(await server.server.store.events(exerciseId), 'russia').length;
    await new Promise((r) => setTimeout(r, 600));
    expect(actsBy(await server.server.store.events(exerciseId), 'russia').length).toBe(before);
    await Promise.all([control.leave(), human.leave()]);
  }, 60_000);

  it('the headless bot CLI joins as a client, claims its seat and plays it', async () => {
    const { code, controlKey, exerciseId } = await createExercise(server.url, 'ukraine-ceasefire');
    const control = await Player.join(server.url, { code, controlKey });
    const human = await Player.join(server.url, { code });
    expect((await human.command({ type: 'claimSeat', seatId: 'us', displayName: 'Ana' })).ok).toBe(true);
    const outputs = ['russia', 'eu'].map((seat) => runCli(server.url, code, seat));
    await until('both seats to be claimed by the CLI', async () =>
      ['russia', 'eu'].every((s) => control.view?.seats.find((seat) => seat.id === s)?.holder)
        ? true
        : undefined,
    );
    await openTalks(control);
    const events = await until(
      'both CLI seats to act',
      async () => {
        const log = await server.server.store.events(exerciseId);
        return actsBy(log, 'russia').length > 0 && actsBy(log, 'eu').length > 0 ? log : undefined;
      },
      40_000,
    );
    expect(events.find((e) => e.type === 'seatClaimed' && e.seatId === 'russia')).toMatchObject({
      displayName: 'Bot russia',
    });
    await human.nextView(
      (v) =>
        (v.negotiation?.changes ?? []).some((c) => c.by === 'russia' || c.by === 'eu') ||
        (v.negotiation?.clauses ?? []).some((c) => c.initialledBy.some((p) => p === 'russia' || p === 'eu')),
      20_000,
      'with a CLI bot’s move at the table',
    );
    // Ending the exercise ends the bots, cleanly.
    expect((await control.command({ type: 'endExercise' })).ok).toBe(true);
    for (const output of outputs) {
      const { code: exit, text } = await output;
      expect(exit, text).toBe(0);
      expect(text).toContain('The exercise has ended.');
      expect(text).toMatch(/→ ok #\d+/);
    }
    await Promise.all([control.leave(), human.leave()]);
    // Started wrong (no such exercise), it says so and stops rather than retrying for ever.
    const wrong = await runCli(
      server.url,
      code.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
      'russia',
    );
    expect(wrong.code, wrong.text).toBe(1);
    expect(wrong.text).toContain('NO_SUCH_EXERCISE');
  }, 90_000);
});

function runCli(url: string, code: string, seat: string): Promise<{ code: number | null; text: string }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/bot.ts',
      '--url',
      url,
      '--code',
      code,
      '--seat',
      seat,
      '--think-ms',
      '30,120',
    ],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(child);
  let text = '';
  child.stdout!.on('data', (chunk) => (text += chunk));
  child.stderr!.on('data', (chunk) => (text += chunk));
  // 'close', not 'exit': the output may still be in the pipe when the process exits.
  return new Promise((resolveExit) => child.on('close', (exit) => resolveExit({ code: exit, text })));
}

async function readLog(dataDir: string, exerciseId: string): Promise<GameEvent[]> {
  const db = await openDb({ databaseUrl: undefined, dataDir });
  try {
    return await new ExerciseStore(db).events(exerciseId);
  } finally {
    await db.close();
  }
}

describe('bots across a server restart', () => {
  let process_: ServerProcess | undefined;
  afterAll(async () => process_?.kill());

  /** A server process on a fresh data folder; `env` restarts it on the same address, as clients expect. */
  async function firstStart(prefix: string) {
    const dataDir = mkdtempSync(join(tmpdir(), prefix));
    const env: Record<string, string> = {
      DATA_DIR: dataDir,
      PORT: '0',
      COMMAND_RATE: '1000',
      BOT_THINK_MS: '20,80',
    };
    process_ = await spawnServer(env);
    env.PORT = new URL(process_.url).port;
    return { dataDir, env, url: process_.url, first: process_ };
  }

  it('bots in most seats play on after the server is killed mid-turn, and people come back to the same moment', async () => {
    const { dataDir, env, url, first } = await firstStart('council-bots-');
    const { code, controlKey, exerciseId } = await createExercise(url, 'ukraine-ceasefire');
    let control = await Player.join(url, { code, controlKey });
    let human = await Player.join(url, { code });
    const claim = await human.command({ type: 'claimSeat', seatId: 'us', displayName: 'Ana' });
    expect(claim.ok).toBe(true);
    const seatToken = claim.ok ? claim.seatToken! : '';
    // Most seats are bots: two headless clients and the rest played by the server.
    const cli = ['russia', 'eu'];
    const served = ['ukraine', 'uk', 'france', 'nato-sg', 'poland', 'germany', 'hungary', 'turkey'];
    const outputs = cli.map((seat) => runCli(url, code, seat));
    for (const seatId of served)
      expect((await control.command({ type: 'handSeatToBot', seatId })).ok).toBe(true);
    await until('the CLI bots to hold their seats', async () =>
      cli.every((s) => control.view?.seats.find((seat) => seat.id === s)?.holder) ? true : undefined,
    );
    await openTalks(control);
    const playing = (from: number) => (v: NonNullable<Player['view']>) => v.seq > from + 20;
    await human.nextView(playing(0), 30_000, 'with the bots playing');
    await human.nextView(
      (v) => cli.every((seat) => seenActing(v, seat)),
      30_000,
      'with both CLI bots at the table',
    );

    // Kill the server mid-turn, as a power cut would.
    await first.kill();
    const atKill = await readLog(dataDir, exerciseId);
    const moment = replay(atKill);
    expect(moment.session.phase).toBe('consultation');
    process_ = await spawnServer(env);

    // People come back to the same moment: the same turn and phase, nothing acknowledged lost.
    await Promise.all([control.leave(), human.leave()]);
    control = await Player.join(url, { code, controlKey });
    human = await Player.join(url, { code, seatToken });
    expect(human.view!.you.seatId).toBe('us');
    expect(human.view!.seq).toBeGreaterThanOrEqual(atKill.length);
    expect(human.view!.clock.turn).toBe(moment.clock.turn);
    expect(human.view!.clock.phase).toBe('consultation');

    // …and the bots play on: the CLI ones rejoin with their seat tokens, the server's resume.
    await human.nextView(playing(atKill.length), 30_000, 'with the bots playing after the restart');
    expect((await control.command({ type: 'endExercise' })).ok).toBe(true);
    for (const output of outputs) {
      const { code: exit, text } = await output;
      expect(exit, text).toBe(0);
      expect(text).toContain('lost the server');
    }
    await Promise.all([control.leave(), human.leave()]);
    await process_.stop();
    process_ = undefined;
    const after = (await readLog(dataDir, exerciseId)).slice(atKill.length);
    const actedAfter = (seat: string) => actsBy(after, seat).length > 0;
    expect(cli.filter(actedAfter), 'CLI bots acting after the restart').toEqual(cli);
    expect(served.filter(actedAfter).length, 'server bots acting after the restart').toBeGreaterThan(0);
  }, 120_000);

  it('after a restart the server reopens an exercise whose seats bots hold, and they play before anyone returns', async () => {
    const { dataDir, env, url, first } = await firstStart('council-bots-alone-');
    const { code, controlKey, exerciseId } = await createExercise(url, 'ukraine-ceasefire');
    const control = await Player.join(url, { code, controlKey });
    const parties = ['russia', 'ukraine', 'us', 'eu', 'uk', 'france'];
    for (const seatId of parties)
      expect((await control.command({ type: 'handSeatToBot', seatId })).ok).toBe(true);
    await openTalks(control);
    await control.nextView((v) => v.seq > 20, 30_000, 'with the bots playing');
    await control.leave();
    await first.kill();
    const atKill = (await readLog(dataDir, exerciseId)).length;
    process_ = await spawnServer(env);

    // Nobody joins: the log grows only if the server reopened the room for its bots.
    const logLength = async () => {
      const response = await fetch(`${url}/api/exercises/${code}/review/events.json`, {
        headers: { 'x-control-key': controlKey },
      });
      return ((await response.json()) as { lastSeq: number }).lastSeq + 1;
    };
    await until('the bots to play on with nobody connected', async () =>
      (await logLength()) > atKill + 10 ? true : undefined,
    );
    await process_.stop();
    process_ = undefined;
    const after = (await readLog(dataDir, exerciseId)).slice(atKill);
    expect(parties.filter((seat) => actsBy(after, seat).length > 0).length).toBeGreaterThan(0);
  }, 120_000);
});
