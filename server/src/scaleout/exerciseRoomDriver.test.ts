// One listing per exercise (ADR 0016): a room that lost the race to be recorded for a join code, and
// then changed as rooms do (a client counted, locked, metadata set), must not become a second
// listing for that code. Uses the Redis at 127.0.0.1:6379, in a database of its own, emptied first.
import { Redis } from 'ioredis';
import { initializeRoomCache, type IRoomCache } from '@colyseus/core';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ExerciseRoomDriver } from './exerciseRoomDriver';

const DB = 14;
const redis = new Redis({
  host: '127.0.0.1',
  port: 6379,
  db: DB,
  lazyConnect: true,
  maxRetriesPerRequest: 1,
});
const available = await redis.connect().then(
  () => true,
  () => false,
);
if (!available) console.warn('no Redis at 127.0.0.1:6379: the exercise room driver tests are skipped');
const driver = new ExerciseRoomDriver(redis);

const listingOf = (roomId: string, code: string): IRoomCache =>
  // Matchmaking lists the join code beside the name (filterBy), as the exercise room asks.
  initializeRoomCache({
    name: 'exercise',
    roomId,
    processId: `process-${roomId}`,
    maxClients: 40,
    ...({ code } as Partial<IRoomCache>),
  });

async function listingsFor(code: string): Promise<string[]> {
  return (await redis.hvals('roomcaches')).filter((listing) => listing.includes(`"code":"${code}"`));
}

describe.skipIf(!available)('exercise room driver: one listing per join code', () => {
  beforeEach(async () => {
    await redis.flushdb();
  });
  afterAll(async () => {
    if (available) await redis.flushdb();
    redis.disconnect();
  });

  it('a room refused for its code is not listed by a later client count, lock or metadata', async () => {
    const winner = listingOf('room-a', 'ABC123');
    const loser = listingOf('room-b', 'ABC123');
    expect(await driver.insert(winner)).toBe(true);
    expect(await driver.insert(loser)).toBe(false);

    // What Room does to its listing once it is CREATED: each used to write the loser's listing.
    await driver.update(loser, { $inc: { clients: 1 }, $set: { locked: false } });
    await driver.update(loser, { $set: { locked: true } });
    await driver.persist(loser);
    // After MatchMaker discards it, its listing has no room id; remove() could never delete it.
    loser.roomId = undefined as unknown as string;
    await driver.update(loser, { $inc: { clients: -1 } });

    const listed = await listingsFor('ABC123');
    expect(listed).toHaveLength(1);
    expect(listed[0]).toContain('"roomId":"room-a"');
  });

  it('a room the bots reopen, its code in its metadata only, is refused beside one already listed', async () => {
    // A reopened room is created without a join's options: its listing has no `code` of its own.
    const reopened = (roomId: string) =>
      initializeRoomCache({
        name: 'exercise',
        roomId,
        processId: `process-${roomId}`,
        metadata: { code: 'XYZ789', exerciseId: 'ex_1' },
      });
    expect(await driver.insert(reopened('room-a'))).toBe(true);
    expect(await driver.insert(reopened('room-b'))).toBe(false);
    expect(await driver.insert(listingOf('room-c', 'XYZ789'))).toBe(false);
    expect(await listingsFor('XYZ789')).toHaveLength(1);
  });

  it('a listed room is still written on change, and a removed one is not listed again', async () => {
    const room = listingOf('room-a', 'XYZ789');
    expect(await driver.insert(room)).toBe(true);
    expect(await driver.update(room, { $inc: { clients: 1 } })).toBe(true);
    expect(JSON.parse((await listingsFor('XYZ789'))[0]!)).toMatchObject({ clients: 1 });

    expect(await driver.remove('room-a')).toBe(true);
    // A client leaving while the room is disposed came after its removal and listed it again.
    await driver.update(room, { $inc: { clients: -1 } });
    expect(await listingsFor('XYZ789')).toHaveLength(0);
  });

  it('a room listed again after its process was swept does not list a second room for its code', async () => {
    // Another process found this one slow to answer a health check, removed its listings and the
    // code's claim went void; a new room took the code. The swept process then lists its rooms
    // again (MatchMaker.restoreMissingRoomCaches → persist(listing, true)), as after Redis restarts.
    expect(await driver.insert(listingOf('room-b', 'QRS456'))).toBe(true);
    expect(await driver.remove('room-b')).toBe(true);
    expect(await driver.insert(listingOf('room-a', 'QRS456'))).toBe(true);
    await driver.persist(listingOf('room-b', 'QRS456'), true);
    const listed = await listingsFor('QRS456');
    expect(listed).toHaveLength(1);
    expect(listed[0]).toContain('"roomId":"room-a"');
  });
});
