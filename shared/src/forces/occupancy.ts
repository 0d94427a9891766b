// Who stands where: live ground units at each place by side, derived once per units object and
// carried over from the units an event changed when that event moved no one.
import { networkOf } from './network';
import type { ForcesState, UnitState } from './state';
import type { Side } from './vocabulary';

type Units = ForcesState['units'];

/**
 * Counts at 2 × a place's index in the network (Blue) and the one after (Red); places the network
 * does not know by id in `others`.
 */
interface Occupancy {
  readonly counts: readonly number[];
  readonly others: ReadonlyMap<string, { blue: number; red: number }> | null;
  /** Ground units of both sides stand at some place. */
  readonly contact: boolean;
}

const cache = new WeakMap<Units, Occupancy>();

/** Aircraft on a base neither hold nor block ground; nor do the destroyed or units on the move. */
const standing = (u: UnitState): boolean =>
  u.readiness !== 'destroyed' && u.type !== 'air' && u.location.kind === 'at';

function occupancy(state: ForcesState): Occupancy {
  const hit = cache.get(state.units);
  if (hit) return hit;
  const index = networkOf(state.scenario).placeIndex;
  const counts = new Array<number>(2 * index.size).fill(0);
  let others: Map<string, { blue: number; red: number }> | null = null;
  for (const id in state.units) {
    const u = state.units[id]!;
    if (!standing(u) || u.location.kind !== 'at') continue;
    const i = index.get(u.location.placeId);
    if (i !== undefined) {
      counts[2 * i + (u.side === 'blue' ? 0 : 1)]!++;
      continue;
    }
    others ??= new Map();
    let o = others.get(u.location.placeId);
    if (!o) others.set(u.location.placeId, (o = { blue: 0, red: 0 }));
    o[u.side]++;
  }
  let contact = false;
  for (let i = 0; i < counts.length && !contact; i += 2) contact = counts[i]! > 0 && counts[i + 1]! > 0;
  if (others) for (const o of others.values()) contact ||= o.blue > 0 && o.red > 0;
  const occ = { counts, others, contact };
  cache.set(state.units, occ);
  return occ;
}

/**
 * `after` replaced `before` in `from` to give `to`: if that moved no one, `to` has the occupancy of
 * `from` (when it is known), so it need not be counted again.
 */
export function carryOccupancy(from: Units, to: Units, before: UnitState, after: UnitState): void {
  const known = cache.get(from);
  if (!known) return;
  const was = standing(before) && before.location.kind === 'at' ? before.location.placeId : null;
  const is = standing(after) && after.location.kind === 'at' ? after.location.placeId : null;
  if (was === is && before.side === after.side) cache.set(to, known);
}

/** True when ground units of both sides stand at some place: a fight may be due. */
export function anyContact(state: ForcesState): boolean {
  return occupancy(state).contact;
}

/** True when ground units of the other side than `side` stand at a place. */
export function enemyAt(state: ForcesState, side: Side, placeId: string): boolean {
  const occ = occupancy(state);
  const i = networkOf(state.scenario).placeIndex.get(placeId);
  if (i !== undefined) return occ.counts[2 * i + (side === 'blue' ? 1 : 0)]! > 0;
  const o = occ.others?.get(placeId);
  return o !== undefined && o[side === 'blue' ? 'red' : 'blue'] > 0;
}
