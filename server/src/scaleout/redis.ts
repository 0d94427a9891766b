// Several processes behind one Redis (ADR 0016): the Colyseus presence and room listings on one
// connection whose commands fail fast while Redis is away, the process's public address claimed,
// and, when Redis comes back (empty after a restart), this process's rooms listed again at once so
// joins find them and no process opens a second room for an exercise that lives here.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { matchMaker } from '@colyseus/core';
import { RedisPresence } from '@colyseus/redis-presence';
import { Redis } from 'ioredis';
import { ExerciseRoomDriver } from './exerciseRoomDriver';
import { claimPublicAddress, type AddressClaim } from './publicAddressClaim';

export interface ScaleOut {
  readonly presence: RedisPresence;
  readonly driver: ExerciseRoomDriver;
  close(): Promise<void>;
}

/** Longer than the slowest reconnection (1 s apart at most) plus listing a process's rooms again. */
const RELIST_GRACE_MS = 3000;

const oneLine = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Lists this process's rooms and its load again after Redis lost them. */
async function relist(): Promise<void> {
  try {
    await matchMaker.restoreMissingRoomCaches();
    await matchMaker.stats.persist(true);
    console.log('redis: this process lists its rooms again');
  } catch (error) {
    console.error(`could not list this process's rooms in Redis again: ${oneLine(error)}`);
  }
}

export async function connectScaleOut(
  redisUrl: string,
  publicAddress: string | undefined,
): Promise<ScaleOut> {
  const redis = new Redis(redisUrl, {
    // While Redis is away a command fails within a second or so rather than after 20 retries;
    // reconnecting goes on every second at most, so joins work again as soon as it is back.
    maxRetriesPerRequest: 2,
    retryStrategy: (times) => Math.min(times * 100, 1000),
  });
  let claim: AddressClaim | null = null;
  try {
    if (publicAddress)
      claim = await claimPublicAddress(redis, publicAddress, `${hostname()}:${process.pid}:${randomUUID()}`);
  } catch (error) {
    redis.disconnect();
    throw error;
  }
  const driver = new ExerciseRoomDriver(redis);
  let connectedBefore = redis.status === 'ready';
  redis.on('ready', () => {
    if (connectedBefore) {
      driver.holdNewRooms(RELIST_GRACE_MS);
      void relist();
    }
    connectedBefore = true;
  });
  redis.on('error', () => undefined);
  return {
    presence: new RedisPresence(redis),
    driver,
    close: async () => {
      await claim?.release();
    },
  };
}
