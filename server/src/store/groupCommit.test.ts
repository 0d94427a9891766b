// The group commit: appends that meet in a busy log share one statement; an idle log writes at once.
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '@council/shared';
import type { Db } from './db';
import { GroupCommit } from './groupCommit';

/**
 * A database that records each insert statement's rows and lands them all, or none when one of
 * them takes a sequence number already taken (as PostgreSQL does, with its code).
 */
function countingDb() {
  const statements: number[] = [];
  const taken = new Set<string>();
  const db: Db = {
    kind: 'pglite',
    query: <Row>(sql: string, params: unknown[] = []) => {
      const keys = [];
      for (let i = 0; i < params.length; i += 6) keys.push(`${String(params[i])}:${String(params[i + 1])}`);
      if (!sql.startsWith('insert')) return Promise.resolve({ rows: [] as Row[] });
      statements.push(keys.length);
      if (keys.some((k) => taken.has(k)) || new Set(keys).size < keys.length)
        return Promise.reject(Object.assign(new Error('duplicate key'), { code: '23505' }));
      for (const k of keys) taken.add(k);
      return Promise.resolve({ rows: [] as Row[] });
    },
    close: () => Promise.resolve(),
    transaction: () => Promise.reject(new Error('the group commit writes one statement, not a transaction')),
  };
  return { db, statements, taken };
}

const event = { type: 'messagePosted' } as unknown as GameEvent;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('GroupCommit', () => {
  it('writes an append to an idle log on the next turn of the event loop, window or not', async () => {
    const { db, statements } = countingDb();
    const log = new GroupCommit(db, 40);
    const started = performance.now();
    await expect(log.append('a', 1, [event], 'now')).resolves.toBe(true);
    expect(performance.now() - started).toBeLessThan(40);
    expect(statements).toEqual([1]);
  });

  it('gathers the appends of a busy log that arrive within one window into one statement', async () => {
    const { db, statements } = countingDb();
    const log = new GroupCommit(db, 300);
    await log.append('warm', 1, [event], 'now'); // the log is now busy
    await sleep(1); // (an append made while a write is still finishing joins the next write at once)
    const appends = [];
    for (let i = 0; i < 5; i++) {
      appends.push(log.append(`room-${i}`, 1, [event], 'now'));
      await sleep(2);
    }
    await expect(Promise.all(appends)).resolves.toEqual([true, true, true, true, true]);
    expect(statements).toEqual([1, 5]);
  });

  it('without a window, writes each turn of the event loop apart', async () => {
    const { db, statements } = countingDb();
    const log = new GroupCommit(db, 0);
    await log.append('warm', 1, [event], 'now');
    const appends = [];
    for (let i = 0; i < 3; i++) {
      appends.push(log.append(`room-${i}`, 1, [event], 'now'));
      await sleep(5);
    }
    await Promise.all(appends);
    expect(statements).toEqual([1, 1, 1, 1]);
  });

  it('refuses only the append whose sequence number is taken; the others of its batch land whole', async () => {
    const { db, statements, taken } = countingDb();
    const log = new GroupCommit(db, 300);
    await log.append('warm', 1, [event], 'now');
    taken.add('room-1:2');
    const appends = [
      log.append('room-0', 1, [event, event], 'now'),
      log.append('room-1', 1, [event, event], 'now'),
      log.append('room-2', 1, [event], 'now'),
    ];
    await expect(Promise.all(appends)).resolves.toEqual([true, false, true]);
    // The shared statement failed whole; each append was then written alone.
    expect(statements).toEqual([1, 5, 2, 2, 1]);
    expect([...taken].sort()).toEqual(['room-0:1', 'room-0:2', 'room-1:2', 'room-2:1', 'warm:1']);
  });

  it('fails every append of a write that fails for another reason', async () => {
    const { db } = countingDb();
    const failing: Db = { ...db, query: () => Promise.reject(new Error('disk full')) };
    const log = new GroupCommit(failing, 0);
    const appends = [log.append('a', 1, [event], 'now'), log.append('b', 1, [event], 'now')];
    for (const a of appends) await expect(a).rejects.toThrow('disk full');
  });
});
