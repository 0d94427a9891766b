// The order menu a viewer may see, as the `orders` request serves it (ADR 0014): its own units only.
import { describe, expect, it } from 'vitest';
import { initialState } from '../engine/evolve';
import { created } from '../engine/fixtures';
import { forcesCreated } from '../engine/forces/fixtures';
import { advanceTo, run, seat } from '../engine/harness';
import { actorFor } from '../engine/legal';
import type { ExerciseState } from '../engine/state';
import { orderMenuFor } from './orderMenu';
import { viewFor } from './view';

const SEATED = ['secgen', 'saceur', 'usa', 'est', 'deu', 'red', 'observer'];

function started(): ExerciseState {
  return seat(run(initialState(forcesCreated), 'control', { type: 'startExercise' }), ...SEATED);
}

const decision = advanceTo(started(), 'decision');
const consultation = advanceTo(decision, 'consultation');
const menu = (state: ExerciseState, seatId: string) => orderMenuFor(state, actorFor(state, seatId));
const unitsOf = (state: ExerciseState, seatId: string) =>
  menu(state, seatId)?.units.map((u) => u.unitId) ?? [];
const unit = (state: ExerciseState, id: string) => state.forces!.units[id]!;

describe('the order menu', () => {
  it('gives an ally its own nation’s units only', () => {
    for (const [seatId, nation] of [
      ['usa', 'USA'],
      ['est', 'EST'],
      ['deu', 'DEU'],
    ] as const) {
      const ids = unitsOf(decision, seatId);
      expect(ids.length, seatId).toBeGreaterThan(0);
      for (const id of ids) expect(unit(decision, id), `${seatId} ${id}`).toMatchObject({ owner: nation });
    }
  });

  it('gives SACEUR the alliance’s units, Red Red’s and Control every side’s', () => {
    const saceur = unitsOf(decision, 'saceur');
    expect(saceur.length).toBeGreaterThan(0);
    expect(saceur.every((id) => unit(decision, id).side === 'blue')).toBe(true);
    const red = unitsOf(decision, 'red');
    expect(red.length).toBeGreaterThan(0);
    expect(red.every((id) => unit(decision, id).side === 'red')).toBe(true);
    expect(menu(decision, 'red')?.theatre.some((t) => t.type === 'interdictRoute')).toBe(true);
    expect(menu(decision, 'saceur')?.theatre.some((t) => t.type === 'interdictRoute')).toBe(false);
    const control = unitsOf(decision, 'control');
    expect(control).toEqual(expect.arrayContaining([...saceur, ...red]));
  });

  it('is closed outside the decision phase, with the reason; Control may order until the end', () => {
    expect(menu(decision, 'saceur')).toMatchObject({ open: true, closedReason: null });
    const closed = menu(consultation, 'saceur')!;
    expect(closed.open).toBe(false);
    expect(closed.closedReason).toMatch(/decision/i);
    // Closed, the menu still shows what could be ordered once open.
    expect(closed.units.length).toBe(menu(decision, 'saceur')!.units.length);
    expect(menu(consultation, 'control')).toMatchObject({ open: true, closedReason: null });
    const ended = run(consultation, 'control', { type: 'endExercise' });
    expect(menu(ended, 'control')?.open).toBe(false);
    expect(menu(ended, 'saceur')?.closedReason).toMatch(/while the exercise runs/);
  });

  it('is empty for a seat beside the Council without units, and null where the view has no forces', () => {
    expect(menu(decision, 'secgen')).toMatchObject({ units: [], theatre: [] });
    expect(menu(decision, 'observer')).toMatchObject({ units: [], theatre: [] });
    expect(orderMenuFor(decision, { seatId: null, isControl: false })).toBeNull();
    const noForces = seat(run(initialState(created), 'control', { type: 'startExercise' }), 'usa');
    expect(menu(noForces, 'usa')).toBeNull();
    expect(menu(noForces, 'control')).toBeNull();
  });

  it('is not in the view, and is built afresh rather than kept with the forces state', () => {
    const view = viewFor(decision, actorFor(decision, 'saceur'), {
      connectedSeats: new Set(),
      controlConnections: 0,
    });
    expect(view.forces).not.toBeNull();
    expect(view.forces).not.toHaveProperty('orders');
    expect(JSON.stringify(view)).not.toContain('"closedReason"');
    // Equal menus, distinct objects: nothing memoises a menu for as long as its state lives.
    expect(menu(decision, 'saceur')).toEqual(menu(decision, 'saceur'));
    expect(menu(decision, 'saceur')).not.toBe(menu(decision, 'saceur'));
  });
});
