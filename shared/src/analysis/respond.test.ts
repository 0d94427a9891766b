// The response bots use SACEUR's own authority before the Council decides (issue 14, item 1).
import { expect, it } from 'vitest';
import { balticAnalysis } from './fixtures';
import { advanceSim, startSim } from './run';

it('alerts the reinforcing units NATO already commands from hour 0, and moves nothing before the decision', () => {
  const a = balticAnalysis('vjtf-only');
  const sim = advanceSim(a.setup, startSim(a.setup, 1), a.timing(400), 24);
  const reinforcing = [...a.setup.destinations.keys()].flatMap((id) => sim.state.units[id] ?? []);
  const nato = reinforcing.filter((u) => u.authority === 'nato');
  expect(nato.map((u) => u.id)).toEqual(expect.arrayContaining(['vjtf-main-1', 'vjtf-main-2']));
  for (const u of nato) expect(u.alertedAt, u.id).toBe(0);
  // National units wait for their nation, which waits for the Council; no one deploys before it decides.
  for (const u of reinforcing.filter((x) => x.authority === 'national'))
    expect(u.readiness, u.id).toBe('garrison');
  for (const u of reinforcing) expect(u.order, u.id).toBeNull();
});
