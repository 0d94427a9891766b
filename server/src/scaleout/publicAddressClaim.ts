// One live process per PUBLIC_ADDRESS (ADR 0016): a process registers its address in Redis with a
// short expiry and renews it while it runs, so a second process given the same address refuses to
// start, while one restarted after a crash waits out its predecessor's claim and goes on.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { StartupError } from '../startupError';

const TTL_SECONDS = 6;
const RENEW_MS = 2000;

// KEYS: the claim; ARGV: owner, ttl. Renew ours, or take it when free (Redis came back empty).
const RENEW = `
local holder = redis.call('GET', KEYS[1])
if holder and holder ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'EX', tonumber(ARGV[2]))
return 1`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

export interface AddressClaim {
  release(): Promise<void>;
}

export async function claimPublicAddress(
  redis: Redis,
  address: string,
  owner: string,
): Promise<AddressClaim> {
  const key = `council:public-address:${address}`;
  // A claim left by a process that died expires within TTL_SECONDS; one still renewed is a live process.
  const deadline = Date.now() + (TTL_SECONDS + 2) * 1000;
  while ((await redis.set(key, owner, 'EX', TTL_SECONDS, 'NX')) !== 'OK') {
    if (Date.now() > deadline) {
      throw new StartupError(
        `Another running process already uses PUBLIC_ADDRESS ${address}: give every process its own address.`,
      );
    }
    await sleep(500);
  }
  const renew = setInterval(() => {
    redis.eval(RENEW, 1, key, owner, TTL_SECONDS).then(
      (held) => {
        if (held !== 1) console.error(`PUBLIC_ADDRESS ${address} is now claimed by another process`);
      },
      () => undefined,
    );
  }, RENEW_MS);
  renew.unref();
  return {
    release: async () => {
      clearInterval(renew);
      await redis.eval(RELEASE, 1, key, owner).catch(() => undefined);
    },
  };
}
