import { describe, expect, it } from 'vitest';
import { advanceWithState } from '../forces/advance';
import { NO_AUTHORITY } from '../forces/authority';
import { balticForces, CONTROL, ctxOf, order, RED, SACEUR } from '../forces/fixtures';
import { initialForces } from '../forces/init';
import { forcesViewFor } from './forcesFog';

describe('fog of war', () => {
  const start = initialForces(balticForces(), '2016', 3);
  const war = advanceWithState(start, 130, NO_AUTHORITY).state;

  it('shows Control everything, exactly', () => {
    const v = forcesViewFor(war, CONTROL);
    expect(v.units).toHaveLength(Object.keys(war.units).length);
    expect(v.units.every((u) => !u.estimated)).toBe(true);
    expect(v.redControl).toBe('scripted');
  });

  it('shows each side its own units exactly and only the enemy units it can see, estimated', () => {
    const blue = forcesViewFor(war, SACEUR);
    const red = forcesViewFor(war, RED);
    const blueSeesRed = blue.units.filter((u) => u.side === 'red');
    expect(blueSeesRed.length).toBeGreaterThan(0);
    for (const u of blueSeesRed) {
      expect(u.strength % 25).toBe(0);
      expect(u.order).toBeNull();
      expect(u.readiness === 'unknown' || u.readiness === 'destroyed').toBe(true);
    }
    expect(blue.units.filter((u) => u.side === 'blue').every((u) => !u.estimated)).toBe(true);
    expect(red.units.filter((u) => u.side === 'red')).toHaveLength(
      Object.values(war.units).filter((u) => u.side === 'red').length,
    );
  });

  it('hides a moving reinforcement far from Red, and the alliance meters, from Red', () => {
    let s = order(start, { type: 'stageUnit', unitId: 'vjtf-main-1' }, ctxOf(SACEUR));
    s = advanceWithState(s, 24 * 8, NO_AUTHORITY).state;
    expect(s.units['vjtf-main-1']!.location).not.toEqual({ kind: 'at', placeId: 'munster' });
    const red = forcesViewFor(s, RED);
    expect(red.units.find((u) => u.id === 'vjtf-main-1')).toBeUndefined();
    expect(red.measures).toBeNull();
    expect(forcesViewFor(s, SACEUR).units.find((u) => u.id === 'vjtf-main-1')).toBeDefined();
  });

  it('never leaks the PRNG state or the Red plan', () => {
    for (const viewer of [SACEUR, RED, CONTROL]) {
      const json = JSON.stringify(forcesViewFor(war, viewer));
      expect(json).not.toContain(String(war.rng[0]));
      expect(json).not.toContain('axes');
    }
  });
});
