// The "decision to deployment" timeline: where forces will be at a future hour on current orders.
import { advanceWithState } from './advance';
import { NO_AUTHORITY, type ForcesAuthority, type ForcesContext } from './authority';
import type { ForcesCommand } from './commands';
import { decideForces } from './decide';
import { evolveForces } from './evolve';
import { positionOf, type LonLat } from './position';
import type { ForcesState, UnitLocation } from './state';
import type { Readiness, Side, WaitReason } from './vocabulary';

export interface ProjectedUnit {
  readonly unitId: string;
  readonly name: string;
  readonly side: Side;
  readonly location: UnitLocation;
  readonly position: LonLat;
  readonly readiness: Readiness;
  readonly destination: string | null;
  /** Hour it completes its order, if it does by the projected hour. */
  readonly arrivesAt: number | null;
  readonly waitingFor: WaitReason | null;
}

export interface Projection {
  readonly atHour: number;
  readonly units: readonly ProjectedUnit[];
  readonly assumptions: readonly string[];
}

const ASSUMPTIONS = [
  'Movement only: no combat, no Red moves, no new orders.',
  'Notice to move and permit delays not yet rolled take their expected values.',
];

/** Moves every unit on its current orders to `atGameHour`, without dice. */
export function projectForces(
  state: ForcesState,
  atGameHour: number,
  authority: ForcesAuthority = NO_AUTHORITY,
): Projection {
  const { state: end, events } = advanceWithState(state, Math.max(state.hour, atGameHour), authority, {
    expected: true,
  });
  const arrived = new Map<string, number>();
  for (const e of events) if (e.type === 'unitArrived') arrived.set(e.unitId, e.atHour);
  const units: ProjectedUnit[] = [];
  for (const id in end.units) {
    const u = end.units[id]!;
    const before = state.units[id]!;
    units.push({
      unitId: id,
      name: u.name,
      side: u.side,
      location: u.location,
      position: positionOf(end, u, atGameHour),
      readiness: u.readiness,
      destination: u.order?.destination ?? before.order?.destination ?? null,
      arrivesAt: arrived.get(id) ?? null,
      waitingFor:
        u.order?.waitUntil !== undefined && u.order.waitUntil > atGameHour ? u.order.waitReason : null,
    });
  }
  return { atHour: atGameHour, units, assumptions: ASSUMPTIONS };
}

/**
 * If this order were given now, how many hours until the unit completes it (expected values,
 * movement only), or the rejection if it could not be given. `horizonHours` caps the search.
 */
export function hoursToComplete(
  state: ForcesState,
  command: ForcesCommand & { unitId: string },
  ctx: ForcesContext,
  horizonHours = 24 * 90,
): { ok: true; hours: number | null } | { ok: false; code: string; message: string } {
  const decided = decideForces(state, command, ctx);
  if (!decided.ok) return { ok: false, ...decided.error };
  let s = decided.value.reduce(evolveForces, state);
  const start = state.hour;
  for (let h = start; h < start + horizonHours; h += 24) {
    const next = advanceWithState(s, h + 24, ctx.authority, { expected: true });
    const done = next.events.find((e) => e.type === 'unitArrived' && e.unitId === command.unitId);
    if (done && done.type === 'unitArrived') return { ok: true, hours: done.atHour - start };
    s = next.state;
  }
  return { ok: true, hours: null };
}
