// Two server processes behind one Redis of their own and one PostgreSQL, and the faults of those
// shared services (ADR 0016): racing to resume one bot exercise opens one room; after Redis is
// down for a while and comes back empty, joins work again within seconds and reach the room still
// open, and a restarted process opens no second room; a second process on a public address already
// in use refuses to start. Skipped, saying so, where redis-server is not installed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createConnection, createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from '@colyseus/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXERCISE_ROOM, PROTOCOL_VERSION } from '@council/shared';
import { cleanUpAfterAll, createExercise, freshPostgresUrl } from './harness';
import { spawnServer, type ServerProcess } from './serverProcess';

const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
if (!hasRedis) console.warn('redis-server is not installed: the shared-services tests are skipped');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

/** Sends Redis commands (inline protocol) and resolves with the raw reply text. */
function redisSay(port: number, ...commands: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    let reply = '';
    const socket = createConnection(port, '127.0.0.1', () =>
      socket.write(`${commands.join('\r\n')}\r\nQUIT\r\n`),
    );
    socket.on('data', (chunk) => (reply += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(reply));
  });
}

/** A Redis server of the test's own, with nothing saved: a restart brings it back empty. */
class OwnRedis {
  private child: ChildProcess | undefined;
  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn('redis-server', ['--port', String(this.port), '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    for (let i = 0; i < 100; i++) {
      if ((await redisSay(this.port, 'PING').catch(() => '')).includes('PONG')) return;
      await sleep(100);
    }
    throw new Error('redis-server did not start');
  }

  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  }

  /** The room listings (JSON) that name this join code. */
  async listingsFor(code: string): Promise<string[]> {
    const reply = await redisSay(this.port, 'HVALS roomcaches');
    return reply.split('\r\n').filter((line) => line.startsWith('{') && line.includes(`"code":"${code}"`));
  }
}

/** Joins the exercise through `url`, retrying until it works or `attempts` run out; the room id. */
async function joinedRoomId(url: string, code: string, attempts = 1): Promise<string> {
  let last: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      const room = await new Client(url).joinOrCreate(EXERCISE_ROOM, {
        code,
        protocolVersion: PROTOCOL_VERSION,
      });
      const id = room.roomId;
      await room.leave(true).catch(() => undefined);
      return id;
    } catch (error) {
      last = error;
      await sleep(500);
    }
  }
  throw new Error(`could not join through ${url}: ${String(last)}`);
}

describe.skipIf(!hasRedis)('two processes sharing one Redis of their own and one PostgreSQL', () => {
  const running = new Set<ServerProcess>();
  const { join, leaveAll, stopAfterAll } = cleanUpAfterAll();
  let redis: OwnRedis;
  beforeAll(async () => {
    redis = new OwnRedis(await freePort());
    await redis.start();
  });
  stopAfterAll(async () => {
    for (const process of running) await process.stop().catch(() => undefined);
    await redis?.kill();
  });

  const start = async (env: Record<string, string>) => {
    const port = await freePort();
    const process = await spawnServer({ ...env, PORT: String(port), PUBLIC_ADDRESS: `127.0.0.1:${port}` });
    running.add(process);
    return { process, port };
  };
  const stop = async (process: ServerProcess) => {
    await process.stop();
    running.delete(process);
  };

  it('racing to resume one bot exercise, open one room; Redis back empty, joins recover and find it', async () => {
    const shared = { DATABASE_URL: await freshPostgresUrl(), REDIS_URL: redis.url };
    const first = await start(shared);
    const { code, controlKey } = await createExercise(first.process.url);
    const control = await join(first.process.url, { code, controlKey });
    expect(await control.command({ type: 'handSeatToBot', seatId: 'est' })).toMatchObject({ ok: true });
    await leaveAll();
    await stop(first.process);

    // Two processes start at once, and each reopens the bots' exercise.
    const [a, b] = await Promise.all([start(shared), start(shared)]);
    await Promise.all([a, b].map(({ process }) => process.waitForOutput(/bots: rooms reopened/)));
    // The loser of the race is never listed, not even for a moment (ADR 0016).
    expect(await redis.listingsFor(code)).toHaveLength(1);
    const roomId = await joinedRoomId(b.process.url, code);
    expect(await joinedRoomId(a.process.url, code)).toBe(roomId);

    // Redis goes away for a while and comes back with nothing in it.
    await redis.kill();
    await sleep(15_000);
    await redis.start();
    await Promise.all(
      [a, b].map(({ process }) => process.waitForOutput(/redis: this process lists its rooms again/)),
    );
    // Joins through either process reach the room still open, within seconds.
    expect(await joinedRoomId(b.process.url, code, 20)).toBe(roomId);
    expect(await joinedRoomId(a.process.url, code, 20)).toBe(roomId);

    // One process restarts: it opens no second room for the exercise live on the other.
    const holder = (await redis.listingsFor(code))[0]!;
    const [restarting, staying] = holder.includes(`"publicAddress":"127.0.0.1:${a.port}"`) ? [b, a] : [a, b];
    await stop(restarting.process);
    const again = await start(shared);
    await again.process.waitForOutput(/bots: rooms reopened/);
    expect(await redis.listingsFor(code)).toHaveLength(1);
    expect(await joinedRoomId(again.process.url, code)).toBe(roomId);
    const player = await join(again.process.url, { code });
    expect(await player.command({ type: 'claimSeat', seatId: 'usa', displayName: 'USA' })).toMatchObject({
      ok: true,
    });
    expect(staying.process.child.exitCode).toBeNull();
  }, 240_000);

  it('refuses to start a second process on a public address a live process holds', async () => {
    const shared = { DATABASE_URL: await freshPostgresUrl(), REDIS_URL: redis.url };
    const { port } = await start(shared);
    const second = spawnServer({
      ...shared,
      PORT: String(await freePort()),
      PUBLIC_ADDRESS: `127.0.0.1:${port}`,
    });
    await expect(second).rejects.toThrow(
      /Another running process already uses PUBLIC_ADDRESS 127\.0\.0\.1:\d+/,
    );
  }, 120_000);
});
