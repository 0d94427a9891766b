import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replay, type ExerciseState } from '@council/shared';
import { loadScenarios } from '../scenarios';
import { ordersReply } from './orderMenu';

const baltic = (): ExerciseState =>
  replay([
    {
      type: 'exerciseCreated',
      exerciseId: 'x',
      code: 'X',
      title: 'x',
      createdAt: '2026-11-24T00:00:00.000Z',
      scenario: loadScenarios(resolve(import.meta.dirname, '../../../scenarios')).scenarios.get(
        'baltic-tripwire',
      )!,
      seed: 1,
    } as never,
  ]);

const control = { seatId: null, isControl: true };

describe('ordersReply', () => {
  it('refuses a connection without a seat, as `legal` does', () => {
    expect(ordersReply(baltic(), { seatId: null, isControl: false })).toMatchObject({
      ok: false,
      code: 'NOT_YOUR_SEAT',
    });
  });

  it('builds a burst of requests for one state once, and again for a new state', () => {
    const state = baltic();
    const first = ordersReply(state, control);
    const assistant = ordersReply(state, { ...control, controlKeyId: 'k1' });
    if (!first.ok || !assistant.ok) throw new Error('Control has a menu');
    expect(first.menu).not.toBeNull();
    expect(assistant.menu).toBe(first.menu);
    const seat = ordersReply(state, { seatId: 'saceur', isControl: false });
    expect(seat.ok && seat.menu).not.toBe(first.menu);
    const next = ordersReply({ ...state }, control);
    expect(next.ok && next.menu).not.toBe(first.menu);
    expect(next.ok && next.menu).toEqual(first.menu);
  });

  it('adds the arrivals of the unit named, refuses a malformed payload and changes nothing', () => {
    const state = baltic();
    const before = JSON.stringify(state);
    const asked = ordersReply(state, control, { unitId: 'vjtf-lead', destination: 'ramstein' });
    if (!asked.ok || !asked.menu) throw new Error('Control has a menu');
    const lead = asked.menu.units.find((u) => u.unitId === 'vjtf-lead')!;
    expect(lead.arrivals?.some((a) => a.type === 'stageUnit' && a.destination === 'ramstein')).toBe(true);
    expect(asked.menu.units.filter((u) => u.arrivals)).toHaveLength(1);
    // An id that is no unit of the menu is looked up and finds nothing: the plain menu.
    const unknown = ordersReply(state, control, { unitId: 'no-such-unit' });
    expect(unknown.ok && unknown.menu?.units.some((u) => u.arrivals)).toBe(false);
    for (const bad of [
      { unitId: 7 },
      'vjtf-lead',
      { unitId: 'x'.repeat(500) },
      { unitId: 'a', destination: 3 },
    ])
      expect(ordersReply(state, control, bad)).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(JSON.stringify(state)).toBe(before);
  });
});
