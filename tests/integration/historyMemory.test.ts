// A long channel history: it costs memory in proportion to its length, not to its square (the
// server's heap per post stays flat as one channel grows to 2,000 messages, measured from outside
// the server's process after a full garbage collection); a late joiner is sent the recent window
// and pages back through the rest with `history`; a seat that followed every patch holds the same
// view as one fetched whole.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HISTORY_PAGE, windowStart, type HistoryReply } from '@council/shared';
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

    // The same long debate, read by a late joiner: the recent window, then the rest a page at a time.
    const late = await cleanup.join(server.url, { code, controlKey });
    const nac = late.view!.channels.channels.find((c) => c.id === 'nac')!;
    expect(nac.earlier).toBe(windowStart(POSTS));
    expect(nac.messages.length).toBeLessThanOrEqual(2 * HISTORY_PAGE);
    const older: string[] = [];
    for (let before = nac.earlier; before > 0;) {
      const page = (await late.room.request('history', { channelId: 'nac', before })) as HistoryReply;
      if (!page.ok) throw new Error(page.message);
      older.unshift(...page.messages.map((m) => m.body));
      before = page.earlier;
    }
    const whole = [...older, ...nac.messages.map((m) => m.body)];
    // Two posts went at once each time, so within a pair either may have been stored first.
    expect(whole.toSorted()).toEqual(
      Array.from({ length: POSTS }, (_, i) => `Line ${i + 1} of the plenary debate.`).toSorted(),
    );
    // A seat that followed the debate patch by patch, across every move of the window, holds the
    // view the server would send it whole.
    const { patched, synced } = await players[0]!.syncNow();
    expect(patched).toEqual(synced);
  }, 300_000);
});
