// The `orders` request: the asking connection's own forces order menu, never another seat's
// (the actor is the connection's, not anything in the payload). ADR 0014.
import { z } from 'zod';
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

/** The request's payload: nothing, or the unit whose orders' arrivals the reader wants (ADR 0018). */
const OrdersRequestSchema = z.union([
  z.undefined(),
  z.null(),
  // Other keys are ignored: the seat is the connection's, whatever a payload says (ADR 0014).
  z.object({
    unitId: z.string().min(1).max(100).optional(),
    destination: z.string().min(1).max(100).optional(),
  }),
]);

export function ordersReply(state: ExerciseState, actor: Actor, payload?: unknown): OrdersReply {
  if (!actor.isControl && !actor.seatId) {
    return {
      ok: false,
      code: 'NOT_YOUR_SEAT',
      message: 'Claim a seat first: the order menu is a seat’s own.',
    };
  }
  const request = OrdersRequestSchema.safeParse(payload);
  if (!request.success) {
    return {
      ok: false,
      code: 'BAD_REQUEST',
      message: 'An orders request carries nothing, or { unitId } to learn when its orders would arrive.',
    };
  }
  // A scenario without forces, or a seat whose view has none, has no menu: null, as its view's forces.
  const unitId = request.data?.unitId;
  const asked = unitId ? { unitId, destination: request.data?.destination ?? null } : null;
  return { ok: true, menu: menuOf(state, actor, asked) };
}

type Asked = { readonly unitId: string; readonly destination: string | null } | null;

function menuOf(state: ExerciseState, actor: Actor, asked: Asked): ForceOrderMenu | null {
  // Lead and assistants see the same menu; a seat's depends on nothing but its seat (and the unit asked).
  const key = `${actor.isControl ? 'control' : `seat:${actor.seatId}`}|${asked?.unitId ?? ''}|${asked?.destination ?? ''}`;
  let byViewer = recent.get(state);
  const known = byViewer?.get(key)?.deref();
  if (known) return known;
  const menu = orderMenuFor(state, actor, asked);
  if (!menu) return null;
  if (!byViewer) recent.set(state, (byViewer = new Map()));
  byViewer.set(key, new WeakRef(menu));
  return menu;
}
