// A channel's history costs memory in proportion to its length, not to its square: the server's
// heap per post stays flat as one channel grows to 2,000 messages (measured from outside the
// server's process, after a full garbage collection).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanUpAfterAll, createExercise, type Player } from './harness';
import { spawnServer } from './serverProcess';

const POSTS = 2000;
const BLOCK = 500;
/** Below this many bytes a post, a block's cost is noise next to the target (≤ 2 KB a post). */
const FLOOR_BYTES_PER_POST = 2048;

describe('memory as a channel grows', () => {
  const cleanup = cleanUpAfterAll();

  it('the last 500 posts cost no more heap than 1.5 × the first 500', async () => {
    const server = await spawnServer(
      {
        PORT: '0',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'council-history-')),
        COMMAND_RATE: '100000',
        BENCH_PROBE: '1',
      },
      ['--expose-gc'],
    );
    cleanup.stopAfterAll(() => server.stop());
    const heap = async () => {
      const probe = (await (await fetch(`${server.url}/__bench/memory`)).json()) as {
        collected: boolean;
        heapUsedBytes: number;
      };
      expect(probe.collected).toBe(true);
      return probe.heapUsedBytes;
    };
    const { code, controlKey } = await createExercise(server.url);
    const control = await cleanup.join(server.url, { code, controlKey });
    const seats = control.view!.seats.filter((s) => s.kind === 'ally').slice(0, 2);
    const players: Player[] = [];
    for (const seat of seats) {
      const player = await cleanup.join(server.url, { code });
      expect((await player.command({ type: 'claimSeat', seatId: seat.id, displayName: seat.id })).ok).toBe(
        true,
      );
      players.push(player);
    }
    expect((await control.command({ type: 'startExercise' })).ok).toBe(true);

    const marks = [await heap()];
    const post = (i: number) =>
      players[i % 2]!.command({
        type: 'postMessage',
        channelId: 'nac',
        template: 'freeText',
        body: `Line ${i} of the plenary debate.`,
      });
    // Two delegations speak at once, as in a debate: half the wall time of one at a time.
    for (let i = 2; i <= POSTS; i += 2) {
      const replies = await Promise.all([post(i - 1), post(i)]);
      expect(replies.every((r) => r.ok)).toBe(true);
      // The test's own clients keep every frame for secrecy checks: not needed here.
      for (const p of [control, ...players]) p.received.length = 0;
      if (i % BLOCK === 0) marks.push(await heap());
    }
    const perPost = marks.slice(1).map((m, i) => (m - marks[i]!) / BLOCK);
    console.log(
      `heap per post by block of ${BLOCK}: ${perPost.map((b) => `${(b / 1024).toFixed(1)} KB`).join(', ')}`,
    );
    const first = perPost[0]!;
    const last = perPost.at(-1)!;
    expect(last).toBeLessThanOrEqual(Math.max(1.5 * first, FLOOR_BYTES_PER_POST));
  }, 300_000);
});
