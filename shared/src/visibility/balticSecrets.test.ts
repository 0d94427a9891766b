/// <reference types="node" />
// Node is allowed in tests: they read the scenario files from disk.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { initialState } from '../engine/evolve';
import { actorFor } from '../engine/legal';
import { advanceTo, run, seat } from '../engine/harness';
import { parseScenario } from '../scenario/load';
import { viewFor } from './view';

// Every ally of the real scenario gets canary secrets; no seat but its own and Control may show them.
const data = JSON.parse(
  readFileSync(new URL('../../../scenarios/baltic-tripwire.json', import.meta.url), 'utf8'),
);
for (const ally of data.allies) {
  ally.secret = {
    redLines: [{ en: `CANARY-${ally.id}-red`, fr: `CANARY-${ally.id}-rouge` }],
    intelligence: { en: `CANARY-${ally.id}-intel`, fr: `CANARY-${ally.id}-renseignement` },
    domesticState: { en: `CANARY-${ally.id}-home`, fr: `CANARY-${ally.id}-interieur` },
  };
}
const parsed = parseScenario(data);
if (!parsed.ok) throw new Error('scenario does not parse');
const scenario = parsed.scenario;

let state = initialState({
  type: 'exerciseCreated',
  exerciseId: 'b',
  code: 'BBBBBB',
  title: 'b',
  createdAt: '2026-01-01T00:00:00.000Z',
  scenario,
  seed: 3,
});
state = seat(run(state, 'control', { type: 'startExercise' }), 'usa', 'hun', 'secgen');
state = run(advanceTo(state, 'consultation'), 'secgen', { type: 'tableDraft', itemIds: ['deploy-vjtf'] });
state = advanceTo(advanceTo(state, 'adjudication'), 'consultation');

describe('Baltic trip-wire secrets', () => {
  it.each(scenario.seats.map((s) => s.id))('the view of %s leaks no other ally’s secrets', (seatId) => {
    const json = JSON.stringify(
      viewFor(state, actorFor(state, seatId), { connectedSeats: new Set(), controlConnections: 0 }),
    );
    const leaked = scenario.allies.filter((a) => json.includes(`CANARY-${a.id}-`)).map((a) => a.id);
    expect(leaked).toEqual(
      seatId === 'control'
        ? scenario.allies.map((a) => a.id)
        : scenario.allies.some((a) => a.id === seatId)
          ? [seatId]
          : [],
    );
  });
});
