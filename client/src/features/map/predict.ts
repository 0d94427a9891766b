// The predicted arrival of a movement order before it is sent ("decision to deployment"): the
// route's hours plus the delays the view can account for, in expected values as projectForces does.
import { hints } from './hints';
import { findRoute, hostilePlaces, type Route } from './routing';
import type { ForcesView, MapAuthority, UnitView } from './types';

/** Expected peacetime permit delay: the mean of the rules' exponential (10 days, facts.md §3). */
export const PERMIT_HOURS = 240;

export interface Prediction {
  /** Hours from now until the unit stands at its destination. */
  readonly hours: number;
  readonly arrivesAt: number;
  readonly route: Route;
  /** Delay before the first leg for permits (0 when none are needed or they are waived). */
  readonly permitHours: number;
  /** Expected notice to move still to run; null when the view does not say (the unit is not ready). */
  readonly noticeHours: number | null;
  readonly crossesBorder: boolean;
}

export function predictArrival(
  view: ForcesView,
  unit: UnitView,
  destination: string,
  authority: MapAuthority,
): Prediction | null {
  if (unit.location.kind !== 'at') return null;
  const from = unit.location.placeId;
  const attack = hostilePlaces(view, unit.side).has(destination);
  const route = findRoute(view, { ...unit, ...hints(unit) }, from, destination, view.hour, attack);
  if (!route) return null;
  const country = new Map(view.places.map((p) => [p.id, p.country]));
  const crossesBorder = route.places.some((p) => country.get(p) !== country.get(from));
  const permitHours =
    unit.side === 'blue' && crossesBorder && !authority.permitsWaived && !authority.article5
      ? PERMIT_HOURS
      : 0;
  const noticeHours = noticeStillToRun(view, unit);
  // Permits are sought alongside the notice to move: the longer of the two comes first.
  const waiting = Math.max(permitHours, noticeHours ?? 0);
  const hours = waiting + route.hours;
  return { hours, arrivesAt: view.hour + hours, route, permitHours, noticeHours, crossesBorder };
}

function noticeStillToRun(view: ForcesView, unit: UnitView): number | null {
  if (unit.readiness === 'staged' || unit.readiness === 'inPlace' || unit.readiness === 'moving') return 0;
  if (unit.order && unit.order.waitReason === 'noticeToMove')
    return Math.max(0, unit.order.waitUntil - view.hour);
  const notice = hints(unit).noticeToMoveHours;
  if (unit.readiness === 'garrison' && notice) return Math.round((notice[0] + notice[1]) / 2);
  if (unit.readiness === 'garrison' && notice === null) return 0;
  return null;
}
