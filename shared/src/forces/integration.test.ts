// What the root engine relies on: US consent, order options with reasons, the projection timeline,
// kept reports, and a run-time list of forces event types.
import { describe, expect, it } from 'vitest';
import { advanceWithState } from './advance';
import { NO_AUTHORITY } from './authority';
import { decideForces } from './decide';
import { FORCES_EVENT_TYPES, isForcesEvent, REPORT_HOURS } from './events';
import { ally, balticForces, CONTROL, ctxOf, order, RED, SACEUR } from './fixtures';
import { initialForces } from './init';
import { candidateOrderOptions } from './legal';
import { hoursToComplete, projectTimeline } from './project';

const start = () => initialForces(balticForces(), '2016', 1);

describe('US consent', () => {
  it('is given by the US delegation or Control, in any phase, and lets SACEUR move US national forces', () => {
    const alert = { type: 'alertUnit', unitId: 'usa-82-irf' } as const;
    const refused = decideForces(start(), alert, ctxOf(SACEUR));
    expect(refused.ok || refused.error.code).toBe('BEYOND_AUTHORITY');
    const grant = { type: 'grantUsConsent', granted: true } as const;
    const byGermany = decideForces(start(), grant, ctxOf(ally('DEU')));
    expect(byGermany.ok || byGermany.error.code).toBe('NOT_YOUR_UNIT');
    const consented = order(start(), grant, ctxOf(ally('USA'), {}, false));
    expect(consented.usConsent).toBe(true);
    expect(decideForces(consented, alert, ctxOf(SACEUR)).ok).toBe(true);
    const again = decideForces(consented, grant, ctxOf(CONTROL));
    expect(again.ok || again.error.code).toBe('ALREADY_DONE');
    const withdrawn = order(consented, { type: 'grantUsConsent', granted: false }, ctxOf(CONTROL));
    expect(withdrawn.usConsent).toBe(false);
  });
});

describe('order options', () => {
  it('list every candidate with the reason a refused one is refused', () => {
    const options = candidateOrderOptions(start(), SACEUR);
    const deploy = options.find(
      (o) =>
        o.command.type === 'deployUnit' &&
        o.command.unitId === 'vjtf-lead' &&
        o.command.destination === 'tallinn',
    );
    expect(deploy).toMatchObject({ allowed: false, error: { code: 'BEYOND_AUTHORITY' } });
    expect(deploy?.error?.message).toContain('NAC');
    const alert = options.find((o) => o.command.type === 'alertUnit' && o.command.unitId === 'vjtf-lead');
    expect(alert).toMatchObject({ allowed: true, error: null });
  });

  it('offer each seat only the theatre orders it could ever give', () => {
    const types = (actor: Parameters<typeof candidateOrderOptions>[1]) =>
      new Set(
        candidateOrderOptions(start(), actor)
          .filter((o) => !('unitId' in o.command))
          .map((o) => o.command.type),
      );
    expect([...types(SACEUR)].sort()).toEqual(['signalNuclear']);
    expect([...types(RED)].sort()).toEqual(['interdictRoute', 'signalNuclear']);
    expect([...types(ally('USA'))]).toEqual(['grantUsConsent']);
    expect([...types(ally('EST'))]).toEqual([]);
    expect(types(CONTROL).size).toBe(5);
  });
});

describe('the projection timeline', () => {
  it('gives positions at each hour asked and the ETA hoursToComplete predicts', () => {
    const authority = { ...NO_AUTHORITY, vjtfDeploymentAuthorised: true, permitsWaived: true };
    const deploy = { type: 'deployUnit', unitId: 'vjtf-lead', destination: 'tallinn' } as const;
    const predicted = hoursToComplete(start(), deploy, ctxOf(SACEUR, authority));
    const s = order(start(), deploy, ctxOf(SACEUR, authority));
    const before = JSON.stringify(s);
    const t = projectTimeline(s, [72, 12, 24, 12], authority);
    expect(JSON.stringify(s)).toBe(before);
    expect(t.projections.map((p) => p.atHour)).toEqual([12, 24, 72]);
    expect(t.etas['vjtf-lead']).toBe(predicted.ok ? predicted.hours : NaN);
    expect(Object.keys(t.etas)).toEqual(['vjtf-lead']);
    const at72 = t.projections[2]!.units.find((u) => u.unitId === 'vjtf-lead');
    expect(at72).toMatchObject({
      arrivesAt: t.etas['vjtf-lead'],
      location: { kind: 'at', placeId: 'tallinn' },
    });
  });
});

describe('reports and event types', () => {
  it('keeps the adjudications of the last REPORT_HOURS game hours', () => {
    const war = advanceWithState(start(), 200, NO_AUTHORITY).state;
    expect(war.reports.length).toBeGreaterThan(0);
    expect(war.reports.every((r) => r.atHour > 200 - REPORT_HOURS)).toBe(true);
    expect(war.reports.some((r) => r.type === 'combatResolved')).toBe(true);
  });

  it('are known at run time, so the root engine routes forces events to the forces rules', () => {
    expect(FORCES_EVENT_TYPES).toContain('unitArrived');
    expect(FORCES_EVENT_TYPES).toContain('usConsentChanged');
    expect(isForcesEvent({ type: 'clockAdvanced' })).toBe(true);
    expect(isForcesEvent({ type: 'gameClockAdvanced' })).toBe(false);
    expect(isForcesEvent({ type: 'toString' })).toBe(false);
  });
});
