// Issue 13 item 3: the arrival the menu shows before an order is the ETA the view shows after it.
import { describe, expect, it } from 'vitest';
import { advanceTo, run } from '../engine/harness';
import { balticExercise } from '../engine/forces/balticExercise';
import { actorFor } from '../engine/legal';
import type { ExerciseState } from '../engine/state';
import { orderMenuFor } from './orderMenu';
import { viewFor } from './view';

const eta = (state: ExerciseState, unitId: string) =>
  viewFor(state, actorFor(state, 'saceur'), {
    connectedSeats: new Set(),
    controlConnections: 1,
  }).forces!.units.find((u) => u.id === unitId)!;

function decisionPhase(): ExerciseState {
  const s = run(balticExercise(1, ['saceur', 'red', 'deu']), 'control', { type: 'startExercise' });
  return advanceTo(s, 'decision');
}

describe('arrivals in the order menu, on request for one unit', () => {
  it('staging: the arrival offered is the ETA once ordered, and the plan is the server route', () => {
    const s = decisionPhase();
    const menu = orderMenuFor(s, actorFor(s, 'saceur'), { unitId: 'vjtf-lead', destination: null })!;
    const entry = menu.units.find((u) => u.unitId === 'vjtf-lead')!;
    const stage = entry.arrivals!.find((a) => a.type === 'stageUnit')!;
    expect(stage).toMatchObject({ destination: 'ramstein' });
    expect(stage.arrivesAt).not.toBeNull();
    // Other units carry no arrivals: they are worked out only for the unit asked.
    expect(menu.units.filter((u) => u.arrivals)).toHaveLength(1);
    const after = run(s, 'saceur', { type: 'stageUnit', unitId: 'vjtf-lead' });
    const lead = eta(after, 'vjtf-lead');
    expect(lead.eta).toBe(stage.arrivesAt);
    expect(lead.plan.map((l) => l.legId)).toEqual(['munster-ramstein-road']);
    expect(lead.plan.at(-1)!.arrive).toBe(stage.arrivesAt);
  });

  it('deployment once authorised: each destination offered arrives when the ETA later says', () => {
    let s = decisionPhase();
    s = { ...s, flags: { ...s.flags, vjtfAuthorised: true } };
    const menu = orderMenuFor(s, actorFor(s, 'saceur'), { unitId: 'vjtf-lead', destination: 'tallinn' })!;
    const arrivals = menu.units.find((u) => u.unitId === 'vjtf-lead')!.arrivals!;
    const tallinn = arrivals.find((a) => a.type === 'deployUnit' && a.destination === 'tallinn')!;
    expect(tallinn.arrivesAt).not.toBeNull();
    const after = run(s, 'saceur', { type: 'deployUnit', unitId: 'vjtf-lead', destination: 'tallinn' });
    expect(eta(after, 'vjtf-lead').eta).toBe(tallinn.arrivesAt);
  });

  it('gives nothing for a unit that is not in the reader’s menu', () => {
    const s = decisionPhase();
    const menu = orderMenuFor(s, actorFor(s, 'saceur'), { unitId: 'rus-138-mrb', destination: 'narva' })!;
    expect(menu.units.some((u) => u.arrivals)).toBe(false);
  });
});
