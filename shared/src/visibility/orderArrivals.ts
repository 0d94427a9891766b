// When each order the menu offers one unit would be completed, worked out by the server the way it
// works out the ETA of an order given (hoursToComplete: expected values, movement only), so the
// arrival shown before an order is the one shown after it. Asked for one unit at a time (ADR 0018).
import {
  hoursToComplete,
  withTransientRoutes,
  type ForcesActor,
  type ForcesAuthority,
  type ForcesState,
} from '../forces/index';
import type { OrderArrival, UnitOrderMenu } from './forceOrderMenu';

/** Hours ahead an arrival is looked for, as for the ETA of an order given (projectTimeline). */
const HORIZON_HOURS = 24 * 60;

export function arrivalsFor(
  forces: ForcesState,
  actor: ForcesActor,
  authority: ForcesAuthority,
  entry: UnitOrderMenu,
): OrderArrival[] {
  const unit = forces.units[entry.unitId];
  if (!unit) return [];
  const ctx = { actor, authority, ordersOpen: true };
  const asked: Omit<OrderArrival, 'arrivesAt'>[] = [
    ...entry.deployTo.map((destination) => ({ type: 'deployUnit' as const, destination })),
    ...entry.moveTo.map((destination) => ({ type: 'moveUnit' as const, destination })),
  ];
  const stage = entry.orders.find((o) => o.type === 'stageUnit');
  if (stage?.allowed && unit.stagingPlace) asked.push({ type: 'stageUnit', destination: unit.stagingPlace });
  return withTransientRoutes(() =>
    asked.map(({ type, destination }) => {
      const command =
        type === 'stageUnit' ? { type, unitId: unit.id } : { type, unitId: unit.id, destination };
      const done = hoursToComplete(forces, command, ctx, HORIZON_HOURS);
      const arrivesAt = done.ok && done.hours !== null ? forces.hour + done.hours : null;
      return { type, destination, arrivesAt };
    }),
  );
}
