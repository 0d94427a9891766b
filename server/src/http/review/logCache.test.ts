import { describe, expect, it } from 'vitest';
import type { GameEvent } from '@council/shared';
import { LogCache, type EventSource } from './logCache';

/** A store whose log the test grows, recording where each read started. */
function fakeStore() {
  const log: GameEvent[] = [];
  const reads: number[] = [];
  const source: EventSource = {
    eventsFrom: (_id, fromSeq) => {
      reads.push(fromSeq);
      return Promise.resolve(log.slice(fromSeq));
    },
  };
  return { log, reads, source };
}

const claim = (seatId: string): GameEvent =>
  ({ type: 'seatClaimed', seatId, displayName: seatId, tokenHash: `hash-${seatId}`, at: '' }) as GameEvent;

describe('the review log cache', () => {
  it('reads each exercise from where it left off, and redacts each event once', async () => {
    const { log, reads, source } = fakeStore();
    const cache = new LogCache(() => source);
    log.push(claim('est'), claim('lva'));
    const first = await cache.read('ex');
    expect(first.redacted).toHaveLength(2);
    const firstRedacted = first.redacted[0];
    log.push(claim('ltu'));
    const second = await cache.read('ex');
    expect(reads).toEqual([0, 2]);
    expect(second.events).toEqual(log);
    // The earlier events were not redacted again: the same objects, without their hashes.
    expect(second.redacted[0]).toBe(firstRedacted);
    expect(second.redacted.map((e) => 'tokenHash' in e)).toEqual([false, false, false]);
    await cache.read('ex');
    expect(reads).toEqual([0, 2, 3]);
  });

  it('appends each event once when two reads overlap', async () => {
    const { log, source } = fakeStore();
    const cache = new LogCache(() => source);
    log.push(claim('est'));
    const [a, b] = await Promise.all([cache.read('ex'), cache.read('ex')]);
    expect(a.events).toHaveLength(1);
    expect(b.events).toHaveLength(1);
  });
});
