// An exercise is created with a named starting posture (variant); an unknown one is refused.
import { expect, it } from 'vitest';
import { PROTOCOL_VERSION, type ScenarioSummary } from '@council/shared';
import { cleanUpAfterAll, startTestServer, type TestServer } from './harness';

let server: TestServer;
const { join, closeServer } = cleanUpAfterAll();

const create = (variant: string) =>
  fetch(`${server.url}/api/exercises`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      protocolVersion: PROTOCOL_VERSION,
      scenarioId: 'baltic-tripwire',
      title: 'Variants',
      variant,
    }),
  });

it('lists the variants and plays the one chosen', async () => {
  server = closeServer(await startTestServer());
  const scenarios = (await (await fetch(`${server.url}/api/scenarios`)).json()) as ScenarioSummary[];
  const ids = scenarios.find((s) => s.id === 'baltic-tripwire')?.variants?.map((v) => v.id);
  expect(ids).toEqual(expect.arrayContaining(['2016', 'current', 'rand-7-brigades']));

  const refused = await create('1914');
  expect(refused.status).toBe(400);
  expect(await refused.json()).toMatchObject({ code: 'NO_SUCH_VARIANT' });

  const response = await create('rand-7-brigades');
  expect(response.status).toBe(201);
  const { code, controlKey } = (await response.json()) as { code: string; controlKey: string };
  const control = await join(server.url, { code, controlKey });
  expect(control.view?.forces?.variant).toBe('rand-7-brigades');
});
