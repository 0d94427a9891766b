// The orders a seat may give a unit now, each open or closed with the rules' reason: read from the
// server's menu alone (the rules live in shared/ and run on the server; ADR 0014, ADR 0018).
import type { ErrorCode } from '@council/shared';
import type { ForceOrderMenu, ForcesCommand, ForcesView, UnitOrderMenu, UnitView } from './types';

export const UNIT_ORDER_TYPES = [
  'alertUnit',
  'assignToNato',
  'stageUnit',
  'deployUnit',
  'moveUnit',
  'haltUnit',
] as const;
export type UnitOrderType = (typeof UNIT_ORDER_TYPES)[number];

export interface OrderContext {
  readonly view: ForcesView;
  /** The server's menu: what the rules allow now, and why not. Null until it answers. */
  readonly menu: ForceOrderMenu | null;
}

/** Why an order is closed: the rules' code (worded in the reader's language) and their message. */
export type OrderReason =
  | { readonly kind: 'rules'; readonly code: ErrorCode | null; readonly message: string }
  | { readonly kind: 'phaseClosed'; readonly message: string }
  | { readonly kind: 'chooseDestination' }
  | { readonly kind: 'notOffered'; readonly destination: string };

export interface OrderOption {
  readonly type: UnitOrderType;
  readonly command: ForcesCommand | null;
  readonly reason: OrderReason | null;
}

/** The order types a side's units offer: Red's columns neither stage, deploy nor change command. */
export const orderTypesFor = (unit: UnitView): readonly UnitOrderType[] =>
  unit.side === 'red' ? ['alertUnit', 'moveUnit', 'haltUnit'] : UNIT_ORDER_TYPES;

/** The menu's entry for a unit: the units the seat commands, or could with more authority. */
export const menuEntry = (ctx: OrderContext, unitId: string): UnitOrderMenu | undefined =>
  ctx.menu?.units.find((u) => u.unitId === unitId);

export function unitOrders(ctx: OrderContext, unit: UnitView, destination: string | null): OrderOption[] {
  const entry = menuEntry(ctx, unit.id);
  if (!ctx.menu || !entry) return [];
  const menu = ctx.menu;
  return orderTypesFor(unit).flatMap((type): OrderOption[] => {
    const item = entry.orders.find((o) => o.type === type);
    if (!item) return [];
    const closed = (reason: OrderReason): OrderOption => ({ type, command: null, reason });
    const refused = (): OrderOption =>
      closed({ kind: 'rules', code: item.code, message: item.reason ?? item.code ?? '' });
    if (!menu.open) return [closed({ kind: 'phaseClosed', message: menu.closedReason ?? '' })];
    if (type !== 'deployUnit' && type !== 'moveUnit')
      return [item.allowed ? { type, command: { type, unitId: unit.id }, reason: null } : refused()];
    if (!item.allowed) return [refused()];
    if (!destination) return [closed({ kind: 'chooseDestination' })];
    const offered = (type === 'deployUnit' ? entry.deployTo : entry.moveTo).includes(destination);
    // A destination the menu does not offer for this kind is the other kind's (or none): say so.
    if (!offered) return [closed({ kind: 'notOffered', destination })];
    return [{ type, command: { type, unitId: unit.id, destination }, reason: null }];
  });
}

/** The arrival the server worked out for an order of this unit to a destination, if it did. */
export function arrivalOf(
  entry: UnitOrderMenu | undefined,
  type: 'stageUnit' | 'deployUnit' | 'moveUnit',
  destination: string,
): number | null | undefined {
  return entry?.arrivals?.find((a) => a.type === type && a.destination === destination)?.arrivesAt;
}
