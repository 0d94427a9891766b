// The `orders` request: the asking connection's own forces order menu, never another seat's
// (the actor is the connection's, not anything in the payload). ADR 0014.
import {
  orderMenuFor,
  type Actor,
  type ExerciseState,
  type ForceOrderMenu,
  type OrdersReply,
} from '@council/shared';

/**
 * The menus last built for a state, by viewer, held weakly: a burst of requests for one state (four
 * Control screens after one change; ~16 ms each on the Baltic scenario) builds it once, yet nothing
 * keeps a menu alive between requests once the collector wants the memory, and an old state takes
 * its entries with it.
 */
const recent = new WeakMap<ExerciseState, Map<string, WeakRef<ForceOrderMenu>>>();

export function ordersReply(state: ExerciseState, actor: Actor): OrdersReply {
  if (!actor.isControl && !actor.seatId) {
    return {
      ok: false,
      code: 'NOT_YOUR_SEAT',
      message: 'Claim a seat first: the order menu is a seat’s own.',
    };
  }
  // A scenario without forces, or a seat whose view has none, has no menu: null, as its view's forces.
  return { ok: true, menu: menuOf(state, actor) };
}

function menuOf(state: ExerciseState, actor: Actor): ForceOrderMenu | null {
  // Lead and assistants see the same menu; a seat's depends on nothing but its seat.
  const key = actor.isControl ? 'control' : `seat:${actor.seatId}`;
  let byViewer = recent.get(state);
  const known = byViewer?.get(key)?.deref();
  if (known) return known;
  const menu = orderMenuFor(state, actor);
  if (!menu) return null;
  if (!byViewer) recent.set(state, (byViewer = new Map()));
  byViewer.set(key, new WeakRef(menu));
  return menu;
}
