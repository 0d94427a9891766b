import { describe, expect, it } from 'vitest';
import { advanceWithState } from './advance';
import { FULL_AUTHORITY, NO_AUTHORITY } from './authority';
import type { ForcesEvent } from './events';
import { balticForces, CONTROL, ctxOf, order, SACEUR } from './fixtures';
import { initialForces } from './init';
import { miniScenario } from './mini';

const of = <T extends ForcesEvent['type']>(events: ForcesEvent[], type: T) =>
  events.filter((e): e is Extract<ForcesEvent, { type: T }> => e.type === type);
const noPermits = { ...NO_AUTHORITY, permitsWaived: true };

describe('timelines', () => {
  it('moves the VJTF lead 48–72 h after notice, once the NAC has authorised it', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      let s = initialForces(balticForces(), '2016', seed);
      s = order(
        s,
        { type: 'deployUnit', unitId: 'vjtf-lead', destination: 'tallinn' },
        ctxOf(SACEUR, { vjtfDeploymentAuthorised: true }),
      );
      const { events } = advanceWithState(s, 24 * 5, { ...noPermits, vjtfDeploymentAuthorised: true });
      const ready = of(events, 'readinessRolled').find((e) => e.unitId === 'vjtf-lead')!;
      expect(ready.readyAt).toBeGreaterThanOrEqual(48);
      expect(ready.readyAt).toBeLessThanOrEqual(72);
      expect(ready.explanation).toContain('48–72 h');
      const departed = of(events, 'unitDeparted').find((e) => e.unitId === 'vjtf-lead')!;
      expect(departed.atHour).toBe(ready.readyAt);
      const arrived = of(events, 'unitArrived').find((e) => e.unitId === 'vjtf-lead')!;
      expect(arrived).toMatchObject({
        placeId: 'tallinn',
        readiness: 'inPlace',
        reception: { placeId: 'tallinn' },
      });
      expect(arrived.atHour - ready.readyAt).toBeLessThan(24);
    }
  });

  it('holds a cross-border move for peacetime permits (10 days on average, up to 45) unless waived', () => {
    const days: number[] = [];
    for (let seed = 1; seed <= 40; seed++) {
      let s = initialForces(balticForces(), '2016', seed);
      s = order(s, { type: 'deployUnit', unitId: 'deu-pzgren-bde', destination: 'rukla' }, ctxOf(CONTROL));
      const { events } = advanceWithState(s, 3, NO_AUTHORITY);
      const permit = of(events, 'permitRolled')[0]!;
      days.push((permit.grantedAt - permit.atHour) / 24);
      expect(permit.explanation).toMatch(/10 days on average, up to 45/);
    }
    expect(Math.max(...days)).toBeLessThanOrEqual(45);
    expect(Math.min(...days)).toBeGreaterThanOrEqual(1);
    const mean = days.reduce((a, b) => a + b, 0) / days.length;
    expect(mean).toBeGreaterThan(6);
    expect(mean).toBeLessThan(14);
  });

  it('grants a waiting permit at once when a political decision waives permits', () => {
    let s = initialForces(balticForces(), '2016', 1);
    s = order(s, { type: 'deployUnit', unitId: 'deu-pzgren-bde', destination: 'rukla' }, ctxOf(CONTROL));
    s = advanceWithState(s, 200, NO_AUTHORITY).state;
    expect(s.units['deu-pzgren-bde']!.order!.permit).toBe('rolled');
    const { events } = advanceWithState(s, 201, noPermits);
    expect(of(events, 'permitGranted')[0]).toMatchObject({ waived: true, atHour: 201 });
  });

  it('flies crews of a prepositioned brigade to Powidz and holds them there to draw the kit', () => {
    let s = initialForces(balticForces(), '2016', 1);
    s = order(s, { type: 'setRedControl', mode: 'human' }, ctxOf(CONTROL));
    s = order(
      s,
      { type: 'deployUnit', unitId: 'usa-abct-aps', destination: 'rukla' },
      ctxOf(SACEUR, { usConsent: true }),
    );
    const { events } = advanceWithState(s, 24 * 20, { ...noPermits, usConsent: true });
    const draw = of(events, 'unitWaiting').find((e) => e.reason === 'equipmentDraw')!;
    expect(draw.untilHour - draw.atHour).toBe(96);
    const arrived = of(events, 'unitArrived').find((e) => e.unitId === 'usa-abct-aps')!;
    // Weeks 2–7 for US heavy forces, faster with prepositioned stocks (facts.md §3, §8).
    expect(arrived.atHour).toBeGreaterThan(24 * 7);
    expect(arrived.atHour).toBeLessThan(24 * 14);
  });
});

describe('friction', () => {
  it('changes gauge at a break of gauge when a rail move goes on by rail', () => {
    let s = initialForces(miniScenario(), '2016', 1);
    s = order(s, { type: 'deployUnit', unitId: 'b1', destination: 'k' }, ctxOf(SACEUR, FULL_AUTHORITY));
    const { events } = advanceWithState(s, 80, FULL_AUTHORITY);
    const wait = of(events, 'unitWaiting').find((e) => e.reason === 'gaugeChange')!;
    expect(wait).toMatchObject({ atHour: 14, untilHour: 14 + 24 });
    expect(of(events, 'unitArrived')[0]).toMatchObject({ unitId: 'b1', atHour: 14 + 24 + 13 });
  });

  it('lets no more onto a leg in a day than its capacity, and no more through an NFIU than it receives', () => {
    let s = initialForces(miniScenario(), '2016', 1);
    for (const id of ['b1', 'b2', 'b3'])
      s = order(s, { type: 'deployUnit', unitId: id, destination: 'k' }, ctxOf(SACEUR, FULL_AUTHORITY));
    const { events } = advanceWithState(s, 200, FULL_AUTHORITY);
    const firstLeg = of(events, 'unitDeparted').filter((e) => e.legId === 'as-rail');
    expect(firstLeg.map((e) => [e.unitId, e.atHour])).toEqual([
      ['b1', 1],
      ['b2', 1],
      ['b3', 24],
    ]);
    expect(of(events, 'unitWaiting').find((e) => e.reason === 'legCapacity')).toMatchObject({
      unitId: 'b3',
      untilHour: 24,
    });
    const arrivals = of(events, 'unitArrived').map((e) => [e.unitId, Math.floor(e.atHour / 24)]);
    // 2 + 2 battalion-equivalents exceed 3 a day: the second brigade is received the next day.
    expect(arrivals[0]![1]).not.toBe(arrivals[1]![1]);
    expect(of(events, 'unitWaiting').some((e) => e.reason === 'reception')).toBe(true);
  });

  it('slows traffic on an interdicted leg', () => {
    let s = initialForces(
      miniScenario((m) => {
        m.legs = m.legs.filter((l) => l.mode === 'road');
      }),
      '2016',
      1,
    );
    s = order(s, { type: 'interdictRoute', legId: 'as-road', hours: 48 }, ctxOf(CONTROL));
    s = order(s, { type: 'deployUnit', unitId: 'b1', destination: 's' }, ctxOf(SACEUR, FULL_AUTHORITY));
    const { events } = advanceWithState(s, 10, FULL_AUTHORITY);
    expect(of(events, 'unitDeparted')[0]).toMatchObject({ arrivesAt: 1 + 120, factors: ['interdicted ×3'] });
  });
});
