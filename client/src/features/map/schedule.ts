// Where units will be at a future game hour on their current orders: the "decision to deployment"
// timeline, drawn from the server's plan of each own unit (its route and expected hours, ADR 0018).
// Movement only, like shared projectForces: no combat, no new orders. The client computes no route.
import type { ForcesUnitView, ForcesView, UnitView } from './types';

export interface Segment {
  readonly legId: string;
  readonly from: string;
  readonly to: string;
  readonly depart: number;
  readonly arrive: number;
}

export interface Schedule {
  readonly unitId: string;
  /** Where the unit starts (its place, or the place its current leg began). */
  readonly origin: string;
  readonly segments: readonly Segment[];
  readonly destination: string | null;
  /** Hour it reaches its destination, if it has one and a way there. */
  readonly arrivesAt: number | null;
  /** Until this hour it stays where it is (notice to move, permits, capacity…). */
  readonly waitUntil: number;
}

export type Spot =
  | { readonly kind: 'at'; readonly placeId: string }
  | { readonly kind: 'leg'; readonly from: string; readonly to: string; readonly t: number };

export function scheduleOf(view: ForcesView, unit: UnitView): Schedule {
  const segments: Segment[] = [];
  const loc = unit.location;
  if (loc.kind === 'leg') {
    segments.push({
      legId: loc.legId,
      from: loc.from,
      to: loc.to,
      depart: loc.departedAt,
      arrive: loc.arrivesAt,
    });
  }
  const origin = loc.kind === 'leg' ? loc.from : loc.placeId;
  const order = unit.readiness === 'destroyed' ? null : unit.order;
  if (!order) {
    return { unitId: unit.id, origin, segments, destination: null, arrivesAt: null, waitUntil: view.hour };
  }
  // The server's plan: the legs it expects the unit to start, with hours (its route, its frictions).
  const plan = (unit as Partial<ForcesUnitView>).plan ?? [];
  segments.push(...plan);
  const eta = (unit as Partial<ForcesUnitView>).eta;
  const first = plan[0];
  return {
    unitId: unit.id,
    origin,
    segments,
    destination: order.destination,
    arrivesAt: typeof eta === 'number' ? eta : null,
    waitUntil: first ? first.depart : Math.max(view.hour, order.waitUntil),
  };
}

/** Where a scheduled unit is at `hour`: at a place, or a fraction `t` along a leg. */
export function spotAt(schedule: Schedule, hour: number): Spot {
  let place = schedule.origin;
  for (const s of schedule.segments) {
    if (hour < s.depart) return { kind: 'at', placeId: place };
    if (hour < s.arrive) {
      const t = (hour - s.depart) / Math.max(1, s.arrive - s.depart);
      return { kind: 'leg', from: s.from, to: s.to, t: Math.min(1, Math.max(0, t)) };
    }
    place = s.to;
  }
  return { kind: 'at', placeId: place };
}

/** Every unit's schedule in the view, by unit id. */
export function schedulesOf(view: ForcesView): Map<string, Schedule> {
  return new Map(view.units.map((u) => [u.id, scheduleOf(view, u)]));
}

/** Every unit's spot at `hour` (the present when `hour` is the view's hour). */
export function projectAt(view: ForcesView, hour: number, schedules = schedulesOf(view)): Map<string, Spot> {
  const out = new Map<string, Spot>();
  for (const u of view.units) {
    const s = schedules.get(u.id);
    if (s) out.set(u.id, spotAt(s, Math.max(view.hour, hour)));
  }
  return out;
}

/** The part of a schedule still ahead at `hour`: the places an arrow passes through. */
export function remainingPath(schedule: Schedule, hour: number): string[] {
  const ahead = schedule.segments.filter((s) => s.arrive > hour);
  if (ahead.length === 0) return [];
  return [ahead[0]!.from, ...ahead.map((s) => s.to)];
}

/** A unit's readiness at a projected hour: on the road it is moving; past its arrival, in place. */
export function readinessAt<R extends string>(
  readiness: R,
  schedule: Schedule | undefined,
  spot: Spot | undefined,
  hour: number,
): R | 'moving' | 'inPlace' {
  if (!schedule || readiness === 'destroyed' || readiness === 'unknown') return readiness;
  if (spot?.kind === 'leg') return 'moving';
  if (schedule.arrivesAt !== null && hour >= schedule.arrivesAt && schedule.segments.length > 0)
    return 'inPlace';
  return readiness;
}
