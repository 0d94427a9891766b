// Where a movement order may take a unit: the countries its authority covers. A move the Council
// has not authorised (staging on SACEUR's own authority, a move within a country) stays in the
// country the unit stands in; a deployment, an attack, a retreat or any Red move may cross borders.
import { networkOf, place } from './network';
import type { ForcesState, UnitState } from './state';
import type { MovePurpose } from './vocabulary';

/** The countries a route for this order may pass through; null when it may go anywhere. */
export function countriesAllowed(
  state: ForcesState,
  unit: UnitState,
  purpose: MovePurpose,
  from: string,
): ReadonlySet<string> | null {
  if (unit.side === 'red') return null;
  if (purpose !== 'stage' && purpose !== 'move') return null;
  return new Set([place(networkOf(state.scenario), from).country]);
}

/** True when every place of a route lies within the countries allowed (null: anywhere). */
export function withinCountries(
  state: ForcesState,
  places: readonly string[],
  allowed: ReadonlySet<string> | null,
): boolean {
  if (allowed === null) return true;
  const net = networkOf(state.scenario);
  return places.every((p) => allowed.has(place(net, p).country));
}
