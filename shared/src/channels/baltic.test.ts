/// <reference types="node" />
// Node is allowed in tests: they read the scenario files from disk.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { initialState } from '../engine/evolve';
import { advanceTo, run, seat } from '../engine/harness';
import { actorFor } from '../engine/legal';
import { parseScenario } from '../scenario/load';
import { viewFor } from '../visibility/view';

const parsed = parseScenario(
  JSON.parse(readFileSync(new URL('../../../scenarios/baltic-tripwire.json', import.meta.url), 'utf8')),
);
if (!parsed.ok) throw new Error('scenario does not parse');
const scenario = parsed.scenario;
const start = initialState({
  type: 'exerciseCreated',
  exerciseId: 'b',
  code: 'BBBBBB',
  title: 'b',
  createdAt: '2026-11-23T09:00:00.000Z',
  scenario,
  seed: 7,
});

describe('channels of the Baltic scenario', () => {
  it('seat the twelve playable allies and the chair in plenary', () => {
    const allies = scenario.seats.filter((s) => s.kind === 'ally').map((s) => s.id);
    expect(allies).toHaveLength(12);
    expect(start.channels.channels.nac?.members).toEqual(['secgen', ...allies]);
    expect(start.channels.channels.military?.members).toEqual(['secgen', 'saceur']);
  });

  it('let an ally open a back-channel to Moscow that nobody else at the table reads', () => {
    let s = advanceTo(
      run(seat(start, 'usa', 'hun', 'red'), 'control', { type: 'startExercise' }),
      'consultation',
    );
    s = run(s, 'usa', { type: 'openChannel', members: ['usa', 'red'], name: 'CANARY-hotline' });
    s = run(s, 'red', { type: 'postMessage', channelId: 'ch1', template: 'demarche', body: 'CANARY-terms' });
    expect(s.channels.channels.ch1?.kind).toBe('backChannel');
    for (const seatId of scenario.seats.map((x) => x.id)) {
      const json = JSON.stringify(
        viewFor(s, actorFor(s, seatId), { connectedSeats: new Set(), controlConnections: 0 }),
      );
      const member = ['usa', 'red', 'control'].includes(seatId);
      expect(json.includes('CANARY-hotline'), seatId).toBe(member);
      expect(json.includes('CANARY-terms'), seatId).toBe(member);
    }
  });
});
