import { describe, expect, it } from 'vitest';
import { advanceWithState } from './advance';
import { NO_AUTHORITY } from './authority';
import { balticForces, CONTROL, ctxOf, order } from './fixtures';
import { initialForces } from './init';

describe("Red's scripted plan", () => {
  const { events, state } = advanceWithState(initialForces(balticForces(), '2016', 1), 100, NO_AUTHORITY);

  it('climbs the ladder through the hybrid phase, then crosses the border at hour 96', () => {
    const rungs = events.flatMap((e) => (e.type === 'escalationChanged' ? [[e.atHour, e.rung]] : []));
    expect(rungs).toEqual([
      [1, 'hybridPressure'],
      [24, 'politicalGestures'],
      [48, 'showOfForce'],
      [72, 'harassment'],
      [96, 'dramaticConfrontation'],
    ]);
    expect(events.find((e) => e.type === 'incursionBegan')).toEqual({
      type: 'incursionBegan',
      atHour: 96,
      by: 'redPlan',
    });
    expect(state.incursionAt).toBe(96);
  });

  it('orders every axis to attack and interdicts the Suwałki corridor for 72 h', () => {
    const attacks = events.filter((e) => e.type === 'movementOrdered' && e.purpose === 'attack');
    expect(attacks.map((e) => e.type === 'movementOrdered' && e.destination).sort()).toEqual([
      'marijampole',
      'marijampole',
      'riga',
      'riga',
      'riga',
      'riga',
      'suwalki',
      'tallinn',
      'tallinn',
      'tallinn',
      'tallinn',
    ]);
    expect(Object.entries(state.interdicted).sort()).toEqual([
      ['marijampole-suwalki-road', 168],
      ['sestokai-suwalki-rail', 168],
      ['sestokai-suwalki-road', 168],
    ]);
    // The Vilnius axis starts 12 h later.
    const later = advanceWithState(state, 108, NO_AUTHORITY).events;
    expect(later.some((e) => e.type === 'movementOrdered' && e.unitId === 'rus-mrr-ashmyany')).toBe(true);
  });

  it('does nothing once Control hands Red to a human cell', () => {
    const human = order(
      initialForces(balticForces(), '2016', 1),
      { type: 'setRedControl', mode: 'human' },
      ctxOf(CONTROL),
    );
    const quiet = advanceWithState(human, 200, NO_AUTHORITY).events;
    expect(quiet.filter((e) => e.type !== 'measuresRecorded' && e.type !== 'clockAdvanced')).toEqual([]);
  });
});
