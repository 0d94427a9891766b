// The group commit: appends that meet in a busy log share a transaction; an idle log writes at once.
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '@council/shared';
import type { Db, Queryable } from './db';
import { GroupCommit } from './groupCommit';

/** A database that records each transaction's rows and lands every one of them. */
function countingDb() {
  const transactions: number[] = [];
  const db: Db = {
    kind: 'pglite',
    query: () => Promise.resolve({ rows: [] }),
    close: () => Promise.resolve(),
    transaction: async <T>(work: (tx: Queryable) => Promise<T>) =>
      work({
        query: <Row>(sql: string, params: unknown[] = []) => {
          const rows = [];
          for (let i = 0; i < params.length; i += 6)
            rows.push({ exercise_id: params[i], seq: params[i + 1] });
          if (sql.startsWith('insert')) transactions.push(rows.length);
          return Promise.resolve({ rows: rows as Row[] });
        },
      }),
  };
  return { db, transactions };
}

const event = { type: 'messagePosted' } as unknown as GameEvent;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('GroupCommit', () => {
  it('writes an append to an idle log on the next turn of the event loop, window or not', async () => {
    const { db, transactions } = countingDb();
    const log = new GroupCommit(db, 40);
    const started = performance.now();
    await expect(log.append('a', 1, [event], 'now')).resolves.toBe(true);
    expect(performance.now() - started).toBeLessThan(40);
    expect(transactions).toEqual([1]);
  });

  it('gathers the appends of a busy log that arrive within one window into one transaction', async () => {
    const { db, transactions } = countingDb();
    const log = new GroupCommit(db, 300);
    await log.append('warm', 1, [event], 'now'); // the log is now busy
    await sleep(1); // (an append made while a write is still finishing joins the next write at once)
    const appends = [];
    for (let i = 0; i < 5; i++) {
      appends.push(log.append(`room-${i}`, 1, [event], 'now'));
      await sleep(2);
    }
    await expect(Promise.all(appends)).resolves.toEqual([true, true, true, true, true]);
    expect(transactions).toEqual([1, 5]);
  });

  it('without a window, writes each turn of the event loop apart', async () => {
    const { db, transactions } = countingDb();
    const log = new GroupCommit(db, 0);
    await log.append('warm', 1, [event], 'now');
    const appends = [];
    for (let i = 0; i < 3; i++) {
      appends.push(log.append(`room-${i}`, 1, [event], 'now'));
      await sleep(5);
    }
    await Promise.all(appends);
    expect(transactions).toEqual([1, 1, 1, 1]);
  });
});
