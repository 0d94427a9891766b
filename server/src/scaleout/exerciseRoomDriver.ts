// Room listings shared by several processes through Redis, with the rule Colyseus' own driver lacks:
// one room per exercise. A second room for a join code already listed is refused at the moment it
// would be recorded (MatchMakerDriver.insert): matchmaking then discards it and a join is routed to
// the first one, so no race of joins, bot resumes or create retries opens two rooms (ADR 0016).
import type { IRoomCache } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';

/** Join code → id of the room that holds it; a claim whose room is no longer listed is void. */
const CLAIMS = 'council:exercise-rooms';
/** RedisDriver's own hash of room listings. */
const LISTINGS = 'roomcaches';

// KEYS: claims, listings; ARGV: claim field, room id, listing. One script, so the check and the
// write are one step for Redis: of two rooms recorded at once for one code, one wins.
const RECORD_ONCE = `
local owner = redis.call('HGET', KEYS[1], ARGV[1])
if owner and owner ~= ARGV[2] and redis.call('HEXISTS', KEYS[2], owner) == 1 then return 0 end
if redis.call('HEXISTS', KEYS[2], ARGV[2]) == 1 then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('HSET', KEYS[2], ARGV[2], ARGV[3])
return 1`;

// KEYS: listings; ARGV: room id, listing. A listing is written again only while it is there: a room
// that insert() refused (or whose listing was removed) is never listed by a later write.
const REWRITE_LISTED = `
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return 1`;

/**
 * The join code a listing holds: a field of its own when a join created the room (filterBy copies
 * the join's options), and in its metadata always, which is all a room the bots reopen carries.
 */
const claimOf = (room: IRoomCache): string | null => {
  const listing = room as { code?: unknown; metadata?: { code?: unknown } };
  const code = typeof listing.code === 'string' ? listing.code : listing.metadata?.code;
  return typeof code === 'string' ? `${room.name}:${code}` : null;
};

type RoomsRequest = (roomName?: string) => Promise<IRoomCache[]>;

export class ExerciseRoomDriver extends RedisDriver {
  /** Until then, a new room waits before it is recorded: see holdNewRooms. */
  private holdUntil = 0;

  constructor(private readonly redis: Redis) {
    super(redis);
    // RedisDriver shares one listing request between concurrent queries and forgets it only when it
    // succeeds: a request that failed while Redis was away was handed to every later join, so joins
    // kept failing after Redis came back. Forget a failed request too.
    const internals = this as unknown as {
      getRooms: RoomsRequest;
      _concurrentRoomCacheRequest?: unknown;
      _roomCacheRequestByName: Record<string, unknown>;
    };
    const getRooms = internals.getRooms.bind(this);
    internals.getRooms = (roomName) => {
      const request = getRooms(roomName);
      request.catch(() => {
        internals._concurrentRoomCacheRequest = undefined;
        delete internals._roomCacheRequestByName[String(roomName)];
      });
      return request;
    };
  }

  /**
   * Redis came back, perhaps empty: the other processes need a moment to reconnect and list their
   * rooms again. Until then a new room waits before it is recorded, so it meets their claims and
   * is discarded for the room that is already open rather than becoming a second one.
   */
  holdNewRooms(ms: number): void {
    this.holdUntil = Date.now() + ms;
  }

  /** Records a new room unless its id, or another listed room for its join code, is already there. */
  async insert(room: IRoomCache): Promise<boolean> {
    const wait = this.holdUntil - Date.now();
    if (wait > 0) await sleep(wait);
    const listing = JSON.stringify(room);
    const claim = claimOf(room);
    if (!claim) return (await this.redis.hsetnx(LISTINGS, room.roomId, listing)) === 1;
    return (await this.redis.eval(RECORD_ONCE, 2, CLAIMS, LISTINGS, claim, room.roomId, listing)) === 1;
  }

  /**
   * RedisDriver writes a listing on every change (client count, lock, metadata) whether or not it is
   * listed: a room refused by insert() that changed anyway, or one changing as it is removed, became
   * a second listing for its code that nothing removes. Only a listed room is written again here.
   */
  override async update(
    room: IRoomCache,
    operations: Parameters<RedisDriver['update']>[1],
  ): Promise<boolean> {
    // The room's own listing object changes, as RedisDriver changes it, whether or not it is written.
    const fields = room as unknown as Record<string, unknown>;
    for (const [field, value] of Object.entries(operations.$set ?? {})) fields[field] = value;
    for (const [field, by] of Object.entries(operations.$inc ?? {}))
      fields[field] = Number(fields[field] ?? 0) + Number(by);
    return this.rewrite(room);
  }

  /**
   * A listing is written again only while it is listed; one written anew (Redis came back empty)
   * is recorded as insert() records it, so it brings its claim back and never lists a second room
   * for a code another listed room holds.
   */
  override async persist(room: IRoomCache, create = false): Promise<boolean> {
    if (typeof room.roomId !== 'string') return false;
    if (!create) return this.rewrite(room);
    const listing = JSON.stringify(room);
    const claim = claimOf(room);
    if (!claim) return (await this.redis.hsetnx(LISTINGS, room.roomId, listing)) === 1;
    return (await this.redis.eval(RECORD_ONCE, 2, CLAIMS, LISTINGS, claim, room.roomId, listing)) === 1;
  }

  private async rewrite(room: IRoomCache): Promise<boolean> {
    if (typeof room.roomId !== 'string') return false;
    return (await this.redis.eval(REWRITE_LISTED, 1, LISTINGS, room.roomId, JSON.stringify(room))) === 1;
  }
}
