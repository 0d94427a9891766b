// When each order the menu offers one unit would be completed, worked out by the server the way it
// works out the ETA of an order given (hoursToComplete: expected values, movement only), so the
// arrival shown before an order is the one shown after it. Asked for one unit and destination (ADR 0018).
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
  destination: string | null,
): OrderArrival[] {
  const unit = forces.units[entry.unitId];
  if (!unit) return [];
  const ctx = { actor, authority, ordersOpen: true };
  // Each arrival is a projection of the whole theatre (~4–40 ms): only the destination the reader
  // has chosen is worked out, with the unit's staging, never every destination at once.
  const chosen = (list: readonly string[]) => list.filter((d) => d === destination);
  const asked: Omit<OrderArrival, 'arrivesAt'>[] = [
    ...chosen(entry.deployTo).map((d) => ({ type: 'deployUnit' as const, destination: d })),
    ...chosen(entry.moveTo).map((d) => ({ type: 'moveUnit' as const, destination: d })),
  ];
  const stage = entry.orders.find((o) => o.type === 'stageUnit');
  if (stage?.allowed && unit.stagingPlace) asked.push({ type: 'stageUnit', destination: unit.stagingPlace });
  return withTransientRoutes(() =>
    asked.map(({ type, destination: to }) => {
      const command =
        type === 'stageUnit' ? { type, unitId: unit.id } : { type, unitId: unit.id, destination: to };
      const done = hoursToComplete(forces, command, ctx, HORIZON_HOURS);
      const arrivesAt = done.ok && done.hours !== null ? forces.hour + done.hours : null;
      return { type, destination: to, arrivesAt };
    }),
  );
}
