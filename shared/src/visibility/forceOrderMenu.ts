// What a seat may order, unit by unit, and why not: a compact menu built from candidateOrderOptions.
// Built afresh on each request and not memoised with the forces state, nor the routes explored for
// it (ADR 0014): a room would otherwise keep every seat's menu alive as long as its forces state.
import {
  candidateOrderOptions,
  type ForcesActor,
  type ForcesAuthority,
  type ForcesCommand,
  type ForcesCommandType,
  type ForcesState,
  withTransientRoutes,
} from '../forces/index';
import type { ErrorCode } from '../protocol/errors';

export interface ForceOrderMenuItem {
  readonly type: ForcesCommandType;
  readonly allowed: boolean;
  /** The rules' code and message when refused: NOT_READY, BEYOND_AUTHORITY, … */
  readonly code: ErrorCode | null;
  readonly reason: string | null;
}

/** When an order the menu offers would be completed if given now (the server's expected arrival). */
export interface OrderArrival {
  readonly type: 'stageUnit' | 'deployUnit' | 'moveUnit';
  readonly destination: string;
  /** Game hour the unit would stand at its destination; null if not within 60 days. */
  readonly arrivesAt: number | null;
}

export interface UnitOrderMenu {
  readonly unitId: string;
  /** One entry per kind of order (alertUnit, assignToNato, stageUnit, haltUnit, deployUnit, moveUnit). */
  readonly orders: readonly ForceOrderMenuItem[];
  /** Places the unit may be sent to now: across a border (`deployUnit`) or within its country (`moveUnit`). */
  readonly deployTo: readonly string[];
  readonly moveTo: readonly string[];
  /** Only for the unit the request named (`orders { unitId, destination }`): its staging's arrival and the destination's. */
  readonly arrivals?: readonly OrderArrival[];
}

export interface ForceOrderMenu {
  /** Whether the seat's orders are taken now; when false the menu shows what it could order once open. */
  readonly open: boolean;
  readonly closedReason: string | null;
  /** Units the seat commands or could command with more authority; others are left out. */
  readonly units: readonly UnitOrderMenu[];
  /** Orders about the theatre: interdiction, nuclear signals, the ladder, Red's control, US consent. */
  readonly theatre: readonly (ForceOrderMenuItem & { readonly command: ForcesCommand })[];
}

/** Which refusal explains a kind of order best when every candidate of that kind is refused. */
const PRIORITY: readonly string[] = ['BEYOND_AUTHORITY', 'NOT_READY', 'UNIT_DESTROYED', 'NO_SUCH_ROUTE'];
const rank = (code: string): number => {
  const i = PRIORITY.indexOf(code);
  return i < 0 ? PRIORITY.length : i;
};

function buildMenu(state: ForcesState, actor: ForcesActor, authority: ForcesAuthority) {
  const byUnit = new Map<
    string,
    { items: Map<ForcesCommandType, ForceOrderMenuItem>; deployTo: string[]; moveTo: string[] }
  >();
  const theatre: ForceOrderMenu['theatre'][number][] = [];
  for (const { command, allowed, error } of candidateOrderOptions(state, actor, authority, true)) {
    const item: ForceOrderMenuItem = {
      type: command.type,
      allowed,
      code: error?.code ?? null,
      reason: error?.message ?? null,
    };
    if (!('unitId' in command)) {
      theatre.push({ ...item, command });
      continue;
    }
    const entry = byUnit.get(command.unitId) ?? {
      items: new Map(),
      deployTo: [] as string[],
      moveTo: [] as string[],
    };
    byUnit.set(command.unitId, entry);
    if (command.type === 'deployUnit' && allowed) entry.deployTo.push(command.destination);
    if (command.type === 'moveUnit' && allowed) entry.moveTo.push(command.destination);
    const seen = entry.items.get(command.type);
    // Of several candidates of a kind (one per destination), an allowed one wins, then the best reason.
    if (!seen || (!seen.allowed && (allowed || rank(item.code!) < rank(seen.code!))))
      entry.items.set(command.type, item);
  }
  const units: UnitOrderMenu[] = [];
  for (const [unitId, { items, deployTo, moveTo }] of byUnit) {
    const orders = [...items.values()];
    if (orders.every((o) => o.code === 'NOT_YOUR_UNIT')) continue;
    units.push({ unitId, orders, deployTo, moveTo });
  }
  return { units, theatre };
}

export function forceOrderMenu(
  state: ForcesState,
  actor: ForcesActor,
  authority: ForcesAuthority,
  open: boolean,
  closedReason: string | null,
): ForceOrderMenu {
  // The routes explored for the menu go with it, not with the forces state.
  const menu =
    actor.role === 'observer'
      ? { units: [], theatre: [] }
      : withTransientRoutes(() => buildMenu(state, actor, authority));
  return { open, closedReason: open ? null : closedReason, ...menu };
}
