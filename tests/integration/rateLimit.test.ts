// A client that sends commands faster than its limit is refused with RATE_LIMITED, and nothing is stored.
import { afterAll, expect, it } from 'vitest';
import { Player, createExercise, startTestServer, type TestServer } from './harness';

let server: TestServer;
let player: Player | undefined;
afterAll(async () => {
  await player?.leave();
  await server?.server.close();
});

it('refuses commands past the per-connection rate with RATE_LIMITED', async () => {
  server = await startTestServer({ commandRate: 2 }); // bursts of 4
  const { code } = await createExercise(server.url);
  player = await Player.join(server.url, { code });
  const seq = player.view!.seq;
  const replies = await Promise.all(
    Array.from({ length: 10 }, () => player!.command({ type: 'releaseSeat', seatId: 'usa' })),
  );
  const codes = replies.map((r) => (r.ok ? 'ok' : r.code));
  expect(codes.filter((c) => c === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(5);
  expect(codes.filter((c) => c !== 'RATE_LIMITED').every((c) => c === 'NOT_YOUR_SEAT')).toBe(true);
  const { view } = await player.room.request('sync');
  expect(view.seq).toBe(seq);
});
