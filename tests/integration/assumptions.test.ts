// Control sets the assumption register when creating an exercise (ADR 0027): checked against each
// assumption's bounds, stored in `exerciseCreated`, played, and stated by every review export.
import { expect, it } from 'vitest';
import {
  PROTOCOL_VERSION,
  replay,
  type GameEvent,
  type LogExport,
  type ScenarioSummary,
} from '@council/shared';
import { cleanUpAfterAll, startTestServer, type TestServer } from './harness';

let server: TestServer;
const { closeServer } = cleanUpAfterAll();

const create = (assumptions: Record<string, unknown>, scenarioId = 'baltic-tripwire') =>
  fetch(`${server.url}/api/exercises`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, scenarioId, title: 'Assumed', assumptions }),
  });

it('refuses assumptions outside the register, stores the ones in force and states them in the review', async () => {
  server = closeServer(await startTestServer());
  const scenarios = (await (await fetch(`${server.url}/api/scenarios`)).json()) as ScenarioSummary[];
  const register = scenarios.find((s) => s.id === 'baltic-tripwire')?.assumptions ?? [];
  expect(register.map((a) => a.key)).toEqual(
    expect.arrayContaining(['red-competence', 'us-participation', 'council-latency-hours']),
  );
  expect(scenarios.find((s) => s.id === 'ukraine-ceasefire')?.assumptions).toBeUndefined();

  const refusals: [Record<string, unknown>, string, string][] = [
    [{ 'red-competence': 3 }, 'ASSUMPTION_OUT_OF_BOUNDS', 'red-competence must be a number from 0.5 to 1.2'],
    [{ 'red-competence': -0.1 }, 'ASSUMPTION_OUT_OF_BOUNDS', 'red-competence'],
    [{ 'red-competence': 'fast' }, 'ASSUMPTION_OUT_OF_BOUNDS', 'red-competence'],
    [{ 'us-participation': 'eager' }, 'ASSUMPTION_OUT_OF_BOUNDS', 'us-participation must be one of'],
    [{ 'red-morale': 1 }, 'NO_SUCH_ASSUMPTION', '"red-morale" is not an assumption of this scenario'],
  ];
  for (const [assumptions, code, message] of refusals) {
    const refused = await create(assumptions);
    expect(refused.status, JSON.stringify(assumptions)).toBe(400);
    const body = (await refused.json()) as { code: string; message: string };
    expect(body.code).toBe(code);
    expect(body.message).toContain(message);
  }
  const noRegister = await create({ 'red-competence': 1 }, 'ukraine-ceasefire');
  expect(await noRegister.json()).toMatchObject({ code: 'NO_SUCH_ASSUMPTION' });
  // A value of the wrong type never reaches the register.
  expect((await create({ 'red-competence': { a: 1 } })).status).toBe(400);

  const response = await create({ 'red-competence': 0.8, 'us-participation': 'reduced' });
  expect(response.status).toBe(201);
  const { code, controlKey } = (await response.json()) as { code: string; controlKey: string };
  const get = (file: string) =>
    fetch(`${server.url}/api/exercises/${code}/review/${file}`, { headers: { 'X-Control-Key': controlKey } });

  // Stored in the exercise's first event: every key of the register, the defaults where unchanged.
  const { events } = (await (await get('events.json')).json()) as { events: GameEvent[] };
  const created = events[0]!;
  expect(created.type).toBe('exerciseCreated');
  const stored = created.type === 'exerciseCreated' ? created.assumptions : undefined;
  expect(stored).toMatchObject({
    'red-competence': 0.8,
    'us-participation': 'reduced',
    'red-objective': 'capitals',
  });
  expect(Object.keys(stored ?? {}).sort()).toEqual(register.map((a) => a.key).sort());
  // … and played: the post-May-2026 force pool sends no second sealift armoured brigade.
  const state = replay(events);
  expect(state.forces?.units['usa-abct-3']).toBeUndefined();

  const log = (await (await get('log.json')).json()) as LogExport;
  expect(log.exercise.assumptions).toMatchObject({ 'red-competence': 0.8, 'us-participation': 'reduced' });
  const csv = await (await get('assumptions.csv')).text();
  expect(csv).toMatch(/red-competence,[^\r\n]*,0\.8,1,0\.5–1\.2 ×,yes,/);
  expect(csv).toMatch(/us-participation,[^\r\n]*,reduced,full,[^\r\n]*,yes,/);
  const report = await (await get('report.html')).text();
  expect(report).toContain('<h2>Assumptions in force</h2>');
  expect(report).toMatch(
    /<td>red-competence<\/td><td class="num">0\.8 ×<\/td><td class="num">1 ×<\/td><td>0\.5 × – 1\.2 ×<\/td>/,
  );
});
