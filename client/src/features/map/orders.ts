// The orders a seat may give a unit now, each open or closed with the reason: the command post's menu.
// Mirrors shared/src/forces/rules (the server still decides; a refusal shows as the command error).
import { commandReason, deploymentReason, type Reason, type ReasonKey } from './authority';
import { hints } from './hints';
import { findRoute, hostilePlaces } from './routing';
import type { ForceOrderMenu, ForcesCommand, ForcesView, MapActor, MapAuthority, UnitView } from './types';

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
  readonly actor: MapActor;
  readonly authority: MapAuthority;
  /** Orders are taken in the decision phase (Control may always act). */
  readonly ordersOpen: boolean;
  /** The server's menu: what the rules allow now, and why not. It decides; the client explains. */
  readonly menu?: ForceOrderMenu | null;
}

export interface OrderOption {
  readonly type: UnitOrderType;
  readonly command: ForcesCommand | null;
  readonly reason: Reason | null;
}

const closed = (type: UnitOrderType, key: ReasonKey, params: Record<string, string> = {}): OrderOption => ({
  type,
  command: null,
  reason: { key, params },
});

/** The order types a side's units offer: Red's columns neither stage, deploy nor change command. */
export const orderTypesFor = (unit: UnitView): readonly UnitOrderType[] =>
  unit.side === 'red' ? ['alertUnit', 'moveUnit', 'haltUnit'] : UNIT_ORDER_TYPES;

export function unitOrders(ctx: OrderContext, unit: UnitView, destination: string | null): OrderOption[] {
  return orderTypesFor(unit).map((type) =>
    withMenu(ctx, unit, unitOrder(ctx, unit, type, destination), destination),
  );
}

/**
 * The server's verdict wins: an order it allows is open, one it refuses is closed. The client's
 * reason (in the reader's language) is kept when both agree; otherwise the rules' own message.
 */
export function withMenu(
  ctx: OrderContext,
  unit: UnitView,
  option: OrderOption,
  destination: string | null,
): OrderOption {
  const entry = ctx.menu?.units.find((u) => u.unitId === unit.id);
  const item = entry?.orders.find((o) => o.type === option.type);
  if (!ctx.menu || !entry || !item) return option;
  const movement = option.type === 'deployUnit' || option.type === 'moveUnit';
  // Without a destination the client can only ask for one, unless the rules refuse the order outright:
  // then their reason (no authority, phase closed) matters more than a missing destination.
  if (movement && !destination && item.allowed && ctx.menu.open) return option;
  if (movement && !destination) {
    // The client's own reason, in the reader's language, when it has one (no authority, phase closed).
    if (option.reason && option.reason.key !== 'chooseDestination') return option;
    const message = (!ctx.menu.open && ctx.menu.closedReason) || item.reason || item.code || '';
    return closed(option.type, 'server', { message });
  }
  const allowed = movement
    ? (option.type === 'deployUnit' ? entry.deployTo : entry.moveTo).includes(destination!)
    : item.allowed && ctx.menu.open;
  if (allowed === (option.command !== null)) return option;
  if (allowed) {
    const command = (
      movement ? { type: option.type, unitId: unit.id, destination } : { type: option.type, unitId: unit.id }
    ) as ForcesCommand;
    return { type: option.type, command, reason: null };
  }
  const message = (!ctx.menu.open && ctx.menu.closedReason) || item.reason || item.code || '';
  return closed(option.type, 'server', { message });
}

export function unitOrder(
  ctx: OrderContext,
  unit: UnitView,
  type: UnitOrderType,
  destination: string | null,
): OrderOption {
  const { actor, authority } = ctx;
  const names = { unit: unit.name, owner: unit.owner };
  if (actor.role === 'observer') return closed(type, 'observer');
  if (!ctx.ordersOpen && actor.role !== 'control') return closed(type, 'phaseClosed');
  if (type === 'assignToNato') {
    if (unit.side !== 'blue') return closed(type, 'notAllied', names);
    if (unit.authority === 'nato') return closed(type, 'alreadyNato', names);
    if (actor.role !== 'control' && !(actor.role === 'ally' && actor.nation === unit.owner))
      return closed(type, 'onlyOwnerAssigns', names);
    if (unit.readiness === 'destroyed') return closed(type, 'destroyed', names);
    return { type, command: { type, unitId: unit.id }, reason: null };
  }
  const command = commandReason(actor, unit, authority);
  if (command) return { type, command: null, reason: command };
  switch (type) {
    case 'alertUnit':
      return unit.readiness === 'garrison'
        ? { type, command: { type, unitId: unit.id }, reason: null }
        : closed(type, 'alreadyAlerted', names);
    case 'haltUnit':
      return unit.order
        ? { type, command: { type, unitId: unit.id }, reason: null }
        : closed(type, 'noOrderToHalt', names);
    case 'stageUnit':
      return stage(ctx, unit);
    case 'deployUnit':
    case 'moveUnit':
      return movement(ctx, unit, type, destination);
  }
}

const placeName = (view: ForcesView, id: string) => view.places.find((p) => p.id === id)?.name ?? id;

function stage(ctx: OrderContext, unit: UnitView): OrderOption {
  const type = 'stageUnit';
  const here = unit.location.kind === 'at' ? unit.location.placeId : null;
  if (!here)
    return closed(type, 'onTheRoad', {
      unit: unit.name,
      place: placeName(ctx.view, unit.location.kind === 'leg' ? unit.location.to : ''),
    });
  const known = hints(unit).stagingPlace;
  // Without the staging port in the view: units still at their home base ("origin") stage.
  const kind = ctx.view.places.find((p) => p.id === here)?.kind;
  const may = known !== undefined ? known !== null && known !== here : kind === 'origin';
  if (!may || unit.readiness === 'moving' || unit.readiness === 'inPlace')
    return closed(type, 'noStaging', { unit: unit.name });
  return { type, command: { type, unitId: unit.id }, reason: null };
}

function movement(
  ctx: OrderContext,
  unit: UnitView,
  type: 'deployUnit' | 'moveUnit',
  destination: string | null,
): OrderOption {
  const { view, actor, authority } = ctx;
  if (unit.location.kind !== 'at')
    return closed(type, 'onTheRoad', { unit: unit.name, place: placeName(view, unit.location.to) });
  // SACEUR's authority to deploy does not depend on where to: say so before asking where.
  const denied =
    type === 'deployUnit' && unit.side === 'blue' ? deploymentReason(actor, unit, authority) : null;
  if (!destination)
    return denied ? { type, command: null, reason: denied } : closed(type, 'chooseDestination');
  const here = view.places.find((p) => p.id === (unit.location as { placeId: string }).placeId);
  const there = view.places.find((p) => p.id === destination);
  if (!here || !there) return closed(type, 'chooseDestination');
  const place = { unit: unit.name, place: there.name, from: here.name };
  if (here.id === there.id) return closed(type, 'alreadyThere', place);
  if (unit.side === 'blue') {
    const across = here.country !== there.country;
    if (type === 'moveUnit' && across) return closed(type, 'acrossBorder', place);
    if (type === 'deployUnit' && !across) return closed(type, 'sameCountry', place);
    if (type === 'deployUnit') {
      const denied = deploymentReason(actor, unit, authority);
      if (denied) return { type, command: null, reason: denied };
    }
  }
  const attack = hostilePlaces(view, unit.side).has(there.id);
  if (attack && unit.side === 'blue' && !authority.article5) return closed(type, 'needsArticle5', place);
  if (!findRoute(view, { ...unit, ...hints(unit) }, here.id, there.id, view.hour, attack))
    return closed(type, 'noRoute', place);
  return { type, command: { type, unitId: unit.id, destination: there.id }, reason: null };
}
