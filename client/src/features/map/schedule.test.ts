import { describe, expect, it } from 'vitest';
import { projectForces } from '../../../../shared/src/forces';
import { projectAt, readinessAt, remainingPath, scheduleOf, spotAt } from './schedule';
import { baltic, play, SACEUR, viewOf } from './testFixture';

const move = { type: 'moveUnit', unitId: 'gbr-efp-bg', destination: 'tallinn' } as const;

describe('the timeline projection from the view', () => {
  it('leaves units without orders where they are', () => {
    const view = viewOf(baltic());
    const s = scheduleOf(
      view,
      view.units.find((u) => u.id === 'est-1-bde')!,
    );
    expect(s.segments).toEqual([]);
    expect(spotAt(s, 500)).toEqual({ kind: 'at', placeId: 'tapa' });
  });

  it('runs a unit on the road to its destination and agrees with the rules’ own projection', () => {
    const state = play(baltic(), [[SACEUR, move]], 1);
    const view = viewOf(state);
    const unit = view.units.find((u) => u.id === 'gbr-efp-bg')!;
    expect(unit.location.kind).toBe('leg');
    const s = scheduleOf(view, unit);
    const rules = projectForces(state, 200).units.find((u) => u.unitId === 'gbr-efp-bg')!;
    expect(s.arrivesAt).toBe(rules.arrivesAt);
    expect(spotAt(s, s.arrivesAt!)).toEqual({ kind: 'at', placeId: 'tallinn' });
    const mid = spotAt(s, (s.segments[0]!.depart + s.segments[0]!.arrive) / 2);
    expect(mid.kind).toBe('leg');
    if (mid.kind === 'leg') expect(mid.t).toBeCloseTo(0.5);
    expect(remainingPath(s, view.hour)).toEqual(
      ['tapa', ...s.segments.map((x) => x.to)].slice(-(s.segments.length + 1)),
    );
  });

  it('follows a cross-border deployment through its permit wait as the rules do', () => {
    const pol = { role: 'ally', nation: 'POL' } as const;
    const deploy = { type: 'deployUnit', unitId: 'pol-15-mech-bde', destination: 'vilnius' } as const;
    const state = play(baltic(3), [[pol, deploy]], 2);
    const view = viewOf(state, pol);
    const unit = view.units.find((u) => u.id === 'pol-15-mech-bde')!;
    expect(unit.order?.waitReason).toBe('permit');
    const s = scheduleOf(view, unit);
    const rules = projectForces(state, 2000).units.find((u) => u.unitId === 'pol-15-mech-bde')!;
    expect(s.segments.length).toBeGreaterThan(1);
    expect(s.arrivesAt).toBe(rules.arrivesAt);
  });

  it('waits where the view says the unit waits', () => {
    const view = viewOf(baltic());
    const unit = view.units.find((u) => u.id === 'gbr-efp-bg')!;
    const waiting = {
      ...unit,
      order: {
        purpose: 'move' as const,
        destination: 'tallinn',
        waitUntil: 30,
        waitReason: 'permit' as const,
      },
    };
    const s = scheduleOf(view, waiting);
    expect(spotAt(s, 29)).toEqual({ kind: 'at', placeId: 'tapa' });
    expect(s.segments[0]!.depart).toBe(30);
  });

  it('projects every unit at a chosen hour, never before the present', () => {
    const state = play(baltic(), [[SACEUR, move]], 1);
    const view = viewOf(state);
    const now = projectAt(view, 0).get('gbr-efp-bg');
    expect(now?.kind).toBe('leg');
    expect(projectAt(view, 300).get('gbr-efp-bg')).toEqual({ kind: 'at', placeId: 'tallinn' });
    expect(projectAt(view, 300).size).toBe(view.units.length);
  });
});

describe('readiness on the timeline', () => {
  it('is moving on the road, in place after arriving, unchanged otherwise', () => {
    const state = play(baltic(), [[SACEUR, move]], 1);
    const view = viewOf(state);
    const s = scheduleOf(
      view,
      view.units.find((u) => u.id === 'gbr-efp-bg')!,
    );
    expect(readinessAt('moving', s, spotAt(s, view.hour), view.hour)).toBe('moving');
    expect(readinessAt('moving', s, spotAt(s, s.arrivesAt!), s.arrivesAt!)).toBe('inPlace');
    expect(readinessAt('garrison', undefined, undefined, 50)).toBe('garrison');
    expect(readinessAt('unknown', s, spotAt(s, view.hour), view.hour)).toBe('unknown');
  });
});
