import { describe, expect, it } from 'vitest';
import { advanceWithState } from './advance';
import { FULL_AUTHORITY, NO_AUTHORITY } from './authority';
import { balticForces, CONTROL, ctxOf, order, SACEUR } from './fixtures';
import { initialForces } from './init';
import { legalForceOrders } from './legal';
import { hoursToComplete, projectForces } from './project';

const start = () =>
  order(initialForces(balticForces(), '2016', 1), { type: 'setRedControl', mode: 'human' }, ctxOf(CONTROL));

describe('projection: from decision to deployment', () => {
  it('shows where an ordered unit will be, without rolling dice or changing the state', () => {
    const s = order(
      start(),
      { type: 'deployUnit', unitId: 'vjtf-lead', destination: 'tallinn' },
      ctxOf(SACEUR, { vjtfDeploymentAuthorised: true }),
    );
    const before = JSON.stringify(s);
    const p = projectForces(s, 24 * 4, { ...NO_AUTHORITY, permitsWaived: true });
    expect(JSON.stringify(s)).toBe(before);
    const lead = p.units.find((u) => u.unitId === 'vjtf-lead')!;
    // Expected notice (60 h) then the air bridge to Tallinn.
    expect(lead.location).toEqual({ kind: 'at', placeId: 'tallinn' });
    expect(lead.arrivesAt).toBeGreaterThan(60);
    expect(lead.arrivesAt).toBeLessThan(84);
    expect(p.assumptions.length).toBeGreaterThan(0);
  });

  it('shows the cost of permits: the same deployment takes longer without a waiver', () => {
    const s = start();
    const command = { type: 'deployUnit', unitId: 'deu-pzgren-bde', destination: 'rukla' } as const;
    const waived = hoursToComplete(s, command, ctxOf(CONTROL, { permitsWaived: true }));
    const peacetime = hoursToComplete(s, command, ctxOf(CONTROL));
    expect(waived.ok && peacetime.ok).toBe(true);
    if (!waived.ok || !peacetime.ok) return;
    expect(peacetime.hours! - waived.hours!).toBeGreaterThanOrEqual(0);
    expect(
      hoursToComplete(s, { type: 'deployUnit', unitId: 'vjtf-lead', destination: 'tallinn' }, ctxOf(SACEUR)),
    ).toMatchObject({ ok: false, code: 'BEYOND_AUTHORITY' });
  });
});

describe('legal orders', () => {
  it('offers SACEUR alerting and staging but no deployment until the NAC decides', () => {
    const s = start();
    const none = legalForceOrders(s, SACEUR);
    expect(none).toContainEqual({ type: 'alertUnit', unitId: 'vjtf-lead' });
    expect(none).toContainEqual({ type: 'stageUnit', unitId: 'vjtf-lead' });
    expect(none.some((c) => c.type === 'deployUnit' && c.unitId === 'vjtf-lead')).toBe(false);
    const authorised = legalForceOrders(s, SACEUR, { ...NO_AUTHORITY, vjtfDeploymentAuthorised: true });
    expect(authorised).toContainEqual({ type: 'deployUnit', unitId: 'vjtf-lead', destination: 'tallinn' });
  });

  it('offers a nation only its own national units, and nothing when the phase is closed', () => {
    const gbr = legalForceOrders(start(), { role: 'ally', nation: 'GBR' }, FULL_AUTHORITY);
    const units = new Set(gbr.flatMap((c) => ('unitId' in c ? [c.unitId] : [])));
    expect([...units]).toEqual(['gbr-armd-bde']);
    expect(legalForceOrders(start(), SACEUR, FULL_AUTHORITY, false)).toEqual([]);
  });

  it('offers Red attacks once it plays by hand', () => {
    const red = legalForceOrders(advanceWithState(start(), 1, NO_AUTHORITY).state, { role: 'red' });
    expect(red).toContainEqual({ type: 'moveUnit', unitId: 'rus-138-mrb', destination: 'narva' });
  });
});
