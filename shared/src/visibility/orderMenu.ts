// The forces order menu a viewer may see now: served on request (`orders`), not in the view (ADR 0014).
// Same inputs the view's forces picture uses: the viewer's forces actor, the Council's authority,
// whether orders are open and why not.
import { ordersOpen } from '../engine/forces/actor';
import { forcesAuthority } from '../engine/forces/authority';
import { PHASE_LABEL } from '../engine/guards';
import type { Actor, ExerciseState } from '../engine/state';
import type { ErrorCode } from '../protocol/errors';
import { audienceOf } from './audience';
import { forceOrderMenu, type ForceOrderMenu } from './forceOrderMenu';
import { forcesViewer } from './forcesView';
import { arrivalsFor } from './orderArrivals';

/**
 * The menu of the viewer's own forces (Control: every unit; Red: Red's; an ally its nation's;
 * SACEUR the alliance's; a seat beside the Council without units: an empty menu), or null when
 * the viewer's view has no forces (a scenario without forces, the lobby, seats off the Council).
 */
export function orderMenuFor(
  state: ExerciseState,
  viewer: Actor,
  arrivalsOf: { readonly unitId: string; readonly destination: string | null } | null = null,
): ForceOrderMenu | null {
  const forces = state.forces;
  const actor = forces && forcesViewer(state, viewer, audienceOf(state, viewer));
  if (!forces || !actor) return null;
  // Control may order at any time until the end; seats in the decision phase of a running exercise.
  const open = ordersOpen(state) || (viewer.isControl && state.session.status !== 'ended');
  const authority = forcesAuthority(state);
  const menu = forceOrderMenu(forces, actor, authority, open, closedReason(state));
  // The unit is looked up in the viewer's own menu: another side's unit id gets nothing.
  const entry = arrivalsOf && menu.units.find((u) => u.unitId === arrivalsOf.unitId);
  if (!entry) return menu;
  const arrivals = arrivalsFor(forces, actor, authority, entry, arrivalsOf.destination);
  return { ...menu, units: menu.units.map((u) => (u === entry ? { ...entry, arrivals } : u)) };
}

function closedReason(state: ExerciseState): string {
  const phase = state.session.phase;
  return state.session.status !== 'running'
    ? 'Orders are taken while the exercise runs.'
    : `Orders are taken in ${PHASE_LABEL.decision}, not ${phase ? PHASE_LABEL[phase] : 'now'}.`;
}

/**
 * The reply to the `orders` request: the asking connection's own menu (null when its view has no
 * forces, a scenario without forces included), or why there is none (no seat, too many requests).
 */
export type OrdersReply =
  | { readonly ok: true; readonly menu: ForceOrderMenu | null }
  | { readonly ok: false; readonly code: ErrorCode; readonly message: string };
