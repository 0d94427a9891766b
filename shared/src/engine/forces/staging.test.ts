// Issue 13 item 1: staging on SACEUR's own authority never enters the theatre, and a refused order
// says why and what would make it legal, changing nothing.
import { describe, expect, it } from 'vitest';
import { decideForces, initialForces, type ForcesState } from '../../forces/index';
import { networkOf, place } from '../../forces/network';
import { ctxOf, SACEUR } from '../../forces/fixtures';
import { decide } from '../decide';
import { advanceTo, ctxFor, run, runLogged } from '../harness';
import { balticExercise, balticScenario } from './balticExercise';

/** Every country a unit stands in or is on its way through, now and along its remaining route. */
function countriesOf(forces: ForcesState, unitId: string): Set<string> {
  const net = networkOf(forces.scenario);
  const u = forces.units[unitId]!;
  const places = u.location.kind === 'at' ? [u.location.placeId] : [u.location.from, u.location.to];
  let at = places[places.length - 1]!;
  for (const legId of u.order?.legs ?? []) {
    const l = net.legs.get(legId)!;
    at = l.from === at ? l.to : l.from;
    places.push(at);
  }
  return new Set(places.map((p) => place(net, p).country));
}

describe('staging the VJTF in turn 1 (2016 posture)', () => {
  it('routes within Germany and stays there, turn after turn, with no Council decision', () => {
    let s = run(balticExercise(), 'control', { type: 'startExercise' });
    s = advanceTo(s, 'decision');
    const staged = runLogged(s, 'saceur', { type: 'stageUnit', unitId: 'vjtf-lead' });
    const ordered = staged.events.find((e) => e.type === 'movementOrdered');
    expect(ordered).toMatchObject({ destination: 'ramstein', legs: ['munster-ramstein-road'] });
    expect(ordered).toMatchObject({ permitRequired: false });
    s = staged.state;
    for (let turn = 0; turn < 8; turn++) {
      s = advanceTo(s, 'adjudication');
      expect([...countriesOf(s.forces!, 'vjtf-lead')]).toEqual(['DEU']);
      s = advanceTo(s, 'decision');
    }
    const lead = s.forces!.units['vjtf-lead']!;
    expect(lead.location).toEqual({ kind: 'at', placeId: 'ramstein' });
    expect(lead.readiness).toBe('staged');
  });

  it('is refused with the rule and the remedy when every route leaves the country; nothing changes', () => {
    const scenario = balticScenario().forces!;
    const noRoad = { ...scenario, legs: scenario.legs.filter((l) => l.id !== 'munster-ramstein-road') };
    const forces = initialForces(noRoad, '2016', 1);
    const before = JSON.stringify(forces);
    const result = decideForces(forces, { type: 'stageUnit', unitId: 'vjtf-lead' }, ctxOf(SACEUR));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('BEYOND_AUTHORITY');
    expect(result.error.message).toMatch(/only within DEU/);
    expect(result.error.message).toMatch(/deploy it instead, once the authority/);
    expect(JSON.stringify(forces)).toBe(before);
  });

  it('the root engine refuses such an order without an event', () => {
    let s = run(balticExercise(), 'control', { type: 'startExercise' });
    s = advanceTo(s, 'decision');
    const forces = s.forces!;
    const cut = {
      ...s,
      forces: {
        ...forces,
        scenario: {
          ...forces.scenario,
          legs: forces.scenario.legs.filter((l) => l.id !== 'munster-ramstein-road'),
        },
      },
    };
    const result = decide(cut, { type: 'stageUnit', unitId: 'vjtf-lead' }, ctxFor(cut, 'saceur'));
    expect(result.ok ? 'accepted' : result.error.code).toBe('BEYOND_AUTHORITY');
  });
});
