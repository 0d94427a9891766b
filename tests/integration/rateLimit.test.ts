// Every request that costs the server real work has a limit: commands, `legal` and `orders` share the
// per-connection command rate, `sync` has its own, and the HTTP API's expensive requests are counted
// per client address (429 RATE_LIMITED). Limits are set so low here that nothing refills during a test.
import { afterAll, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '@council/shared';
import { Player, createExercise, startTestServer, type TestServer } from './harness';

const servers: TestServer[] = [];
const players: Player[] = [];
afterAll(async () => {
  for (const player of players) await player.leave();
  for (const server of servers) await server.server.close();
});
const started = async (options: Parameters<typeof startTestServer>[0]) => {
  const server = await startTestServer(options);
  servers.push(server);
  return server;
};
const joined = async (url: string, options: Record<string, unknown>) => {
  const player = await Player.join(url, options);
  players.push(player);
  return player;
};
/** Next to nothing refills while a test runs. */
const only = (burst: number) => ({ perSecond: 0.0001, burst });

it('refuses commands past the per-connection rate with RATE_LIMITED', async () => {
  const server = await started({ commandRate: 2 }); // bursts of 4
  const { code } = await createExercise(server.url);
  const player = await joined(server.url, { code });
  const seq = player.view!.seq;
  const replies = await Promise.all(
    Array.from({ length: 10 }, () => player.command({ type: 'releaseSeat', seatId: 'usa' })),
  );
  const codes = replies.map((r) => (r.ok ? 'ok' : r.code));
  expect(codes.filter((c) => c === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(5);
  expect(codes.filter((c) => c !== 'RATE_LIMITED').every((c) => c === 'NOT_YOUR_SEAT')).toBe(true);
  const { view } = await player.room.request('sync');
  expect(view.seq).toBe(seq);
}, 90_000);

it('counts legal and orders against the command rate, and sync against its own', async () => {
  const server = await started({ commandRate: 0.0001, syncRate: only(3) });
  const { code, controlKey } = await createExercise(server.url);
  const control = await joined(server.url, { code, controlKey }); // joining asked for one sync
  const syncs: unknown[] = [];
  for (let i = 0; i < 4; i++) syncs.push(await control.room.request('sync'));
  expect(syncs.map((r) => (r as { code?: string }).code ?? 'view')).toEqual([
    'view',
    'view',
    'RATE_LIMITED',
    'RATE_LIMITED',
  ]);
  // The command rate here never fills a token: legal and orders are refused like a command.
  const legal = (await control.room.request('legal')) as { code?: string };
  const orders = (await control.room.request('orders')) as { code?: string };
  const command = await control.command({ type: 'startExercise' });
  expect([legal.code, orders.code, command.ok ? 'ok' : command.code]).toEqual([
    'RATE_LIMITED',
    'RATE_LIMITED',
    'RATE_LIMITED',
  ]);
}, 90_000);

it('limits the expensive HTTP requests per address with 429 RATE_LIMITED, and leaves cheap ones alone', async () => {
  const server = await started({ httpRate: only(2) });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const create = () =>
    post('/exercises', { protocolVersion: PROTOCOL_VERSION, scenarioId: 'baltic-tripwire', title: 'Limits' });
  const first = (await (await create()).json()) as { code: string; controlKey: string };
  const statuses = async (request: () => Promise<Response>, times: number) => {
    const out: number[] = [];
    for (let i = 0; i < times; i++) out.push((await request()).status);
    return out;
  };
  expect(await statuses(create, 2)).toEqual([201, 429]);
  const refused = await create();
  expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
  expect(await refused.json()).toMatchObject({ code: 'RATE_LIMITED' });

  const control = { 'X-Control-Key': first.controlKey };
  const review = (path: string) => () =>
    fetch(`${server.url}/api/exercises/${first.code}/review/${path}`, { headers: control });
  // The review's reads share one count: two pass, whatever the file, and then none.
  expect(await statuses(review('log.json'), 1)).toEqual([200]);
  expect(await statuses(review('events.json?from=0'), 1)).toEqual([200]);
  expect(await statuses(review('view/0'), 2)).toEqual([429, 429]);
  const fork = () => post(`/exercises/${first.code}/fork`, { turn: 1 }, control);
  expect(await statuses(fork, 3)).toEqual([409, 409, 429]);
  const compare = () => post('/review/compare', { runs: [{ code: first.code, key: first.controlKey }] });
  expect(await statuses(compare, 3)).toEqual([200, 200, 429]);
  // Looking up a code and listing scenarios cost nothing worth limiting.
  expect(await statuses(() => fetch(`${server.url}/api/exercises/${first.code}`), 4)).toEqual([
    200, 200, 200, 200,
  ]);
}, 90_000);
