// Two server processes behind one Redis: a player who reaches either process joins the same exercise.
import { createConnection } from 'node:net';
import { describe, expect, it } from 'vitest';
import { cleanUpAfterAll, createExercise, freshPostgresUrl } from './harness';
import { spawnServer, type ServerProcess } from './serverProcess';
import { roller, seedRng } from '../../shared/src/rng/sfc32';
import { PROPERTY_SEED } from '../setup/seed';

const redisBase = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * A Redis database number other test runs are unlikely to use, emptied first: drawn from the
 * suite's seed (PROPERTY_SEED, printed in the test's name), so a failing run can be repeated.
 */
async function freshRedisUrl(): Promise<string> {
  const db = 1 + Math.floor(roller(seedRng(PROPERTY_SEED)).unit() * 15);
  const { hostname, port } = new URL(redisBase);
  await new Promise<void>((resolve, reject) => {
    const socket = createConnection(Number(port || 6379), hostname, () =>
      socket.write(`SELECT ${db}\r\nFLUSHDB\r\nQUIT\r\n`),
    );
    socket.resume(); // read (and drop) the replies, or the socket never reaches 'close'
    socket.on('error', reject);
    socket.on('close', () => resolve());
  });
  return `${redisBase.replace(/\/\d*$/, '')}/${db}`;
}

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

describe('scale-out with Redis', () => {
  const processes: ServerProcess[] = [];
  const { join, stopAfterAll } = cleanUpAfterAll();
  stopAfterAll(() => Promise.all(processes.map((p) => p.stop())));

  it(`routes players who reach different processes into the one room of their exercise (seed ${PROPERTY_SEED})`, async () => {
    const shared = { DATABASE_URL: await freshPostgresUrl(), REDIS_URL: await freshRedisUrl() };
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      processes.push(
        await spawnServer({ ...shared, PORT: String(port), PUBLIC_ADDRESS: `127.0.0.1:${port}` }),
      );
    }
    const [a, b] = processes as [ServerProcess, ServerProcess];
    const { code, controlKey } = await createExercise(a.url);

    const control = await join(b.url, { code, controlKey });
    const ann = await join(a.url, { code });
    const bob = await join(b.url, { code });

    // One room, wherever it lives: the three connections see each other's seats.
    expect(await ann.command({ type: 'claimSeat', seatId: 'usa', displayName: 'Ann' })).toMatchObject({
      ok: true,
    });
    expect(await bob.command({ type: 'claimSeat', seatId: 'usa', displayName: 'Bob' })).toMatchObject({
      ok: false,
      code: 'SEAT_TAKEN',
    });
    expect(await bob.command({ type: 'claimSeat', seatId: 'gbr', displayName: 'Bob' })).toMatchObject({
      ok: true,
    });
    const view = await control.nextView((v) => v.seats.filter((s) => s.holder && s.connected).length === 2);
    expect(view.seats.filter((s) => s.holder).map((s) => s.id)).toEqual(['usa', 'gbr']);
    expect(new Set([ann.room.roomId, bob.room.roomId, control.room.roomId]).size).toBe(1);
  }, 90_000);
});
