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
  /** The place index the counts are laid out by (a units object is only ever read with one scenario). */
  readonly index: ReadonlyMap<string, number>;
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
  const index = networkOf(state.scenario).placeIndex;
  const hit = cache.get(state.units);
  if (hit && hit.index === index) return hit;
  const counts = new Array<number>(2 * state.scenario.places.length).fill(0);
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
  let contact = contactIn(counts);
  if (others) for (const o of others.values()) contact ||= o.blue > 0 && o.red > 0;
  const occ = { index, counts, others, contact };
  if (!hit) cache.set(state.units, occ);
  return occ;
}

/**
 * `after` replaced `before` in `from` to give `to`: when the occupancy of `from` is known, that of
 * `to` follows from it (the same if the change moved no one) instead of being counted again.
 */
export function carryOccupancy(from: Units, to: Units, before: UnitState, after: UnitState): void {
  const known = cache.get(from);
  if (!known) return;
  const was = standing(before) && before.location.kind === 'at' ? before.location.placeId : null;
  const is = standing(after) && after.location.kind === 'at' ? after.location.placeId : null;
  if (was === is && before.side === after.side) {
    cache.set(to, known);
    return;
  }
  const index = known.index;
  const left = was === null ? null : index.get(was);
  const entered = is === null ? null : index.get(is);
  // A place the network does not know: count again when asked.
  if (left === undefined || entered === undefined || known.others) return;
  const counts = known.counts.slice();
  if (left !== null) counts[2 * left + (before.side === 'blue' ? 0 : 1)]!--;
  if (entered !== null) counts[2 * entered + (after.side === 'blue' ? 0 : 1)]!++;
  cache.set(to, { index, counts, others: null, contact: contactIn(counts) });
}

function contactIn(counts: readonly number[]): boolean {
  for (let i = 0; i < counts.length; i += 2) if (counts[i]! > 0 && counts[i + 1]! > 0) return true;
  return false;
}

/** True when ground units of both sides stand at some place: a fight may be due. */
export function anyContact(state: ForcesState): boolean {
  return occupancy(state).contact;
}

/** True when ground units of the other side than `side` stand at a place. */
export function enemyAt(state: ForcesState, side: Side, placeId: string): boolean {
  const occ = occupancy(state);
  const i = occ.index.get(placeId);
  if (i !== undefined) return occ.counts[2 * i + (side === 'blue' ? 1 : 0)]! > 0;
  const o = occ.others?.get(placeId);
  return o !== undefined && o[side === 'blue' ? 'red' : 'blue'] > 0;
}
