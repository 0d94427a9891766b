import { describe, expect, it } from 'vitest';
import { unitOrders, type OrderContext } from './orders';
import { advanceTo, balticExercise, menuOf, order, viewOf, type ExerciseState } from './testExercise';

const ctxOf = (s: ExerciseState, seatId: string): OrderContext => {
  const reply = menuOf(s, seatId);
  if (!reply.ok) throw new Error(reply.message);
  return { view: viewOf(s, seatId).forces!, menu: reply.menu };
};
const optionsOf = (ctx: OrderContext, unitId: string, destination: string | null = null) =>
  unitOrders(
    ctx,
    ctx.view.units.find((u) => u.id === unitId)!,
    destination,
  );
const byType = (ctx: OrderContext, unitId: string, destination: string | null = null) =>
  new Map(optionsOf(ctx, unitId, destination).map((o) => [o.type, o]));

describe('the command post’s orders, read from the server’s menu', () => {
  it('closes deployment of the VJTF to SACEUR with the rules’ code and message until the NAC decides', () => {
    const ctx = ctxOf(balticExercise('saceur'), 'saceur');
    const deploy = byType(ctx, 'vjtf-lead', 'tallinn').get('deployUnit')!;
    expect(deploy.command).toBeNull();
    expect(deploy.reason).toMatchObject({ kind: 'rules', code: 'BEYOND_AUTHORITY' });
    expect(deploy.reason?.kind === 'rules' && deploy.reason.message).toContain('NAC');
    expect(byType(ctx, 'vjtf-lead').get('stageUnit')!.command).toEqual({
      type: 'stageUnit',
      unitId: 'vjtf-lead',
    });
  });

  it('opens a deployment to a destination the menu offers once the NAC has decided', () => {
    let s = balticExercise('saceur');
    s = { ...s, flags: { ...s.flags, vjtfAuthorised: true } };
    const ctx = ctxOf(s, 'saceur');
    expect(byType(ctx, 'vjtf-lead').get('deployUnit')!.reason).toEqual({ kind: 'chooseDestination' });
    expect(byType(ctx, 'vjtf-lead', 'tallinn').get('deployUnit')!.command).toEqual({
      type: 'deployUnit',
      unitId: 'vjtf-lead',
      destination: 'tallinn',
    });
    expect(byType(ctx, 'vjtf-lead', 'munster').get('deployUnit')!.reason).toEqual({
      kind: 'notOffered',
      destination: 'munster',
    });
  });

  it('closes every order outside the decision phase, and gives Red alert, move and halt only', () => {
    const s = advanceTo(balticExercise('saceur', 'red'), 'adjudication');
    const closed = optionsOf(ctxOf(s, 'saceur'), 'vjtf-lead');
    expect(closed.every((o) => o.command === null && o.reason?.kind === 'phaseClosed')).toBe(true);
    const red = ctxOf(balticExercise('red'), 'red');
    expect(optionsOf(red, 'rus-138-mrb').map((o) => o.type)).toEqual(['alertUnit', 'moveUnit', 'haltUnit']);
  });

  it('offers nothing for a unit the menu does not list', () => {
    const ctx = ctxOf(balticExercise('saceur'), 'saceur');
    expect(optionsOf(ctx, 'rus-138-mrb')).toEqual([]);
  });

  it('opens halt for a unit under orders', () => {
    const s = order(balticExercise('saceur'), 'saceur', { type: 'stageUnit', unitId: 'vjtf-lead' });
    expect(byType(ctxOf(s, 'saceur'), 'vjtf-lead').get('haltUnit')!.command).not.toBeNull();
  });
});
