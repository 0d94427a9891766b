import { describe, expect, it } from 'vitest';
import { legalForceOrders } from '../../../../shared/src/forces';
import { isOwnUnit, NO_AUTHORITY } from './authority';
import { unitOrder, unitOrders, withMenu, type OrderContext } from './orders';
import { predictArrival, PERMIT_HOURS } from './predict';
import { baltic, RED, SACEUR, viewOf } from './testFixture';
import type { MapActor } from './types';

const state = baltic();
const ctxFor = (actor: MapActor, authority = NO_AUTHORITY, ordersOpen = true): OrderContext => ({
  view: viewOf(
    state,
    actor.role === 'ally' ? { role: 'ally', nation: actor.nation } : actor.role === 'red' ? RED : SACEUR,
  ),
  actor,
  authority,
  ordersOpen,
});
const unit = (ctx: OrderContext, id: string) => ctx.view.units.find((u) => u.id === id)!;
const reasonOf = (
  ctx: OrderContext,
  id: string,
  type: Parameters<typeof unitOrder>[2],
  dest: string | null = null,
) => unitOrder(ctx, unit(ctx, id), type, dest).reason?.key ?? null;

describe('the command post’s orders', () => {
  it('closes deployment of the VJTF to SACEUR until the NAC decides, and says so', () => {
    const ctx = ctxFor({ role: 'saceur' });
    expect(reasonOf(ctx, 'vjtf-lead', 'deployUnit', 'tallinn')).toBe('needsVjtfDecision');
    expect(reasonOf(ctx, 'vjtf-lead', 'alertUnit')).toBeNull();
    const decided = ctxFor({ role: 'saceur' }, { ...NO_AUTHORITY, vjtfDeploymentAuthorised: true });
    expect(reasonOf(decided, 'vjtf-lead', 'deployUnit', 'tallinn')).toBeNull();
    expect(reasonOf(ctx, 'can-efp-bg', 'deployUnit', 'vilnius')).toBe('needsBattlegroupDecision');
    expect(
      reasonOf(
        ctxFor({ role: 'saceur' }, { ...NO_AUTHORITY, graduatedResponseActive: true }),
        'can-efp-bg',
        'deployUnit',
        'vilnius',
      ),
    ).toBeNull();
  });

  it('tells an ally its NATO-assigned units answer to SACEUR and only it may assign its own', () => {
    const deu = ctxFor({ role: 'ally', nation: 'DEU' });
    expect(reasonOf(deu, 'vjtf-lead', 'alertUnit')).toBe('assignedToNato');
    expect(reasonOf(deu, 'deu-pzgren-bde', 'assignToNato')).toBeNull();
    expect(reasonOf(deu, 'deu-efp-bg', 'assignToNato')).toBe('alreadyNato');
    expect(reasonOf(ctxFor({ role: 'saceur' }), 'deu-pzgren-bde', 'assignToNato')).toBe('onlyOwnerAssigns');
    expect(reasonOf(ctxFor({ role: 'saceur' }), 'deu-pzgren-bde', 'alertUnit')).toBe('nationalCommand');
    expect(reasonOf(ctxFor({ role: 'saceur' }), 'usa-82-irf', 'alertUnit')).toBe('needsUsConsent');
  });

  it('tells a move from a deployment and closes everything outside the decision phase', () => {
    const est = ctxFor({ role: 'ally', nation: 'EST' });
    expect(reasonOf(est, 'est-1-bde', 'moveUnit', 'riga')).toBe('acrossBorder');
    expect(reasonOf(est, 'est-1-bde', 'deployUnit', 'tallinn')).toBe('sameCountry');
    expect(reasonOf(est, 'est-1-bde', 'moveUnit', 'tallinn')).toBeNull();
    expect(reasonOf(est, 'est-1-bde', 'moveUnit', null)).toBe('chooseDestination');
    expect(reasonOf(est, 'est-1-bde', 'moveUnit', 'tapa')).toBe('alreadyThere');
    expect(reasonOf(est, 'est-1-bde', 'haltUnit')).toBe('noOrderToHalt');
    expect(reasonOf(est, 'est-1-bde', 'moveUnit', 'pskov')).toBe('acrossBorder');
    expect(
      reasonOf(ctxFor({ role: 'ally', nation: 'EST' }, NO_AUTHORITY, false), 'est-1-bde', 'alertUnit'),
    ).toBe('phaseClosed');
  });

  it('offers what the shared rules call legal, for every seat', () => {
    for (const actor of [
      { role: 'saceur' },
      { role: 'ally', nation: 'DEU' },
      { role: 'ally', nation: 'EST' },
    ] as const) {
      const ctx = ctxFor(actor);
      const legal = new Set(legalForceOrders(state, actor).map((c) => JSON.stringify(c)));
      for (const u of ctx.view.units.filter((x) => isOwnUnit(actor, x)))
        for (const type of ['alertUnit', 'assignToNato', 'haltUnit'] as const) {
          const o = unitOrder(ctx, u, type, null);
          expect([u.id, type, o.command !== null]).toEqual([
            u.id,
            type,
            legal.has(JSON.stringify({ type, unitId: u.id })),
          ]);
        }
    }
  });

  it('gives Red alert, move and halt only, and nothing to an observer', () => {
    const red = ctxFor({ role: 'red' });
    const col = red.view.units.find((u) => u.side === 'red')!;
    expect(unitOrders(red, col, null).map((o) => o.type)).toEqual(['alertUnit', 'moveUnit', 'haltUnit']);
    expect(reasonOf(ctxFor({ role: 'observer' }), 'est-1-bde', 'alertUnit')).toBe('observer');
  });
});

describe('the predicted arrival', () => {
  it('adds the expected permit delay across a border unless it is waived', () => {
    const ctx = ctxFor({ role: 'ally', nation: 'POL' });
    const u = unit(ctx, 'pol-15-mech-bde');
    const slow = predictArrival(ctx.view, u, 'vilnius', NO_AUTHORITY)!;
    const fast = predictArrival(ctx.view, u, 'vilnius', { ...NO_AUTHORITY, permitsWaived: true })!;
    expect(slow.crossesBorder).toBe(true);
    expect(slow.permitHours).toBe(PERMIT_HOURS);
    expect(fast.permitHours).toBe(0);
    expect(slow.hours - fast.hours).toBe(PERMIT_HOURS);
    expect(fast.hours).toBe(fast.route.hours);
  });
});

describe('the server’s menu decides', () => {
  const ctx = ctxFor({ role: 'saceur' });
  const u = unit(ctx, 'vjtf-lead');
  const menu = (allowed: boolean, reason: string | null, moveTo: string[] = [], deployTo: string[] = []) => ({
    open: true,
    closedReason: null,
    units: [
      {
        unitId: 'vjtf-lead',
        orders: [
          { type: 'alertUnit' as const, allowed, code: allowed ? null : ('NOT_READY' as const), reason },
          { type: 'deployUnit' as const, allowed: deployTo.length > 0, code: null, reason: null },
        ],
        moveTo,
        deployTo,
      },
    ],
    theatre: [],
  });

  it('keeps the client’s reason (in the reader’s language) when both refuse', () => {
    const m = { ...ctx, menu: menu(false, 'nope') };
    expect(unitOrders(m, u, 'tallinn').find((o) => o.type === 'deployUnit')?.reason?.key).toBe(
      'needsVjtfDecision',
    );
  });

  it('gives the reason a movement order is refused before a destination is chosen', () => {
    const refused = { ...ctx, menu: menu(false, 'nope') };
    const deploy = unitOrders(refused, u, null).find((o) => o.type === 'deployUnit')!;
    expect(deploy.reason?.key).toBe('needsVjtfDecision');
    const stuck = {
      ...refused,
      menu: {
        ...refused.menu,
        units: [
          {
            ...refused.menu.units[0]!,
            orders: [
              {
                type: 'moveUnit' as const,
                allowed: false,
                code: 'NO_SUCH_ROUTE' as const,
                reason: 'No way.',
              },
            ],
          },
        ],
      },
    };
    const move = unitOrders(stuck, u, null).find((o) => o.type === 'moveUnit')!;
    expect(move.reason).toEqual({ key: 'server', params: { message: 'No way.' } });
    expect(unitOrders(ctx, u, null).find((o) => o.type === 'moveUnit')?.reason?.key).toBe(
      'chooseDestination',
    );
  });

  it('opens what the rules allow and closes what they refuse, with their message', () => {
    const allowed = { ...ctx, menu: menu(true, null, [], ['tallinn']) };
    const deploy = withMenu(allowed, u, unitOrder(allowed, u, 'deployUnit', 'tallinn'), 'tallinn');
    expect(deploy.command).toEqual({ type: 'deployUnit', unitId: 'vjtf-lead', destination: 'tallinn' });
    const refused = { ...ctx, menu: menu(false, 'The unit is busy.') };
    const alert = withMenu(refused, u, unitOrder(refused, u, 'alertUnit', null), null);
    expect(alert.command).toBeNull();
    expect(alert.reason).toEqual({ key: 'server', params: { message: 'The unit is busy.' } });
  });
});
