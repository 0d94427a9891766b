// The "decision to deployment" timeline: where forces will be at a future hour on current orders.
import { advanceWithState } from './advance';
import { NO_AUTHORITY, type ForcesAuthority, type ForcesContext } from './authority';
import type { ForcesCommand } from './commands';
import { decideForces } from './decide';
import { evolveForces } from './evolve';
import { positionOf, type LonLat } from './position';
import type { ForcesState, UnitLocation } from './state';
import type { Readiness, Side, WaitReason } from './vocabulary';
import type { LocalisedText } from '../scenario/text';

export interface ProjectedUnit {
  readonly unitId: string;
  readonly name: LocalisedText;
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
  return {
    atHour: atGameHour,
    units: projectedUnits(state, end, atGameHour, arrived),
    assumptions: ASSUMPTIONS,
  };
}

function projectedUnits(
  state: ForcesState,
  end: ForcesState,
  atGameHour: number,
  arrived: ReadonlyMap<string, number>,
): ProjectedUnit[] {
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
  return units;
}

/** One leg a unit is expected to travel on its present order: the map draws the route from these. */
export interface PlannedLeg {
  readonly legId: string;
  readonly from: string;
  readonly to: string;
  readonly depart: number;
  readonly arrive: number;
}

export interface ForcesTimeline {
  /** One projection per hour asked for, in order. */
  readonly projections: readonly Projection[];
  /** Unit id → hour it is expected to complete its present order; null if not within the horizon. */
  readonly etas: Readonly<Record<string, number | null>>;
  /** Unit id → the legs it is expected to start on its present order, in order (expected values). */
  readonly plans: Readonly<Record<string, readonly PlannedLeg[]>>;
}

/**
 * One run of `projectForces` through several future hours, continued until every unit with an
 * order has completed it or `horizonHours` have passed: the map's timeline and each order's ETA.
 */
export function projectTimeline(
  state: ForcesState,
  atGameHours: readonly number[],
  authority: ForcesAuthority = NO_AUTHORITY,
  horizonHours = 24 * 60,
): ForcesTimeline {
  const arrived = new Map<string, number>();
  const pending = new Set(Object.values(state.units).flatMap((u) => (u.order ? [u.id] : [])));
  const plans: Record<string, PlannedLeg[]> = {};
  for (const id of pending) plans[id] = [];
  let s = state;
  const run = (to: number) => {
    const next = advanceWithState(s, to, authority, { expected: true });
    for (const e of next.events) {
      if (e.type === 'unitDeparted' && pending.has(e.unitId)) {
        const { legId, from, to: there, atHour: depart, arrivesAt: arrive } = e;
        plans[e.unitId]!.push({ legId, from, to: there, depart, arrive });
      }
      if (e.type !== 'unitArrived') continue;
      arrived.set(e.unitId, e.atHour);
      pending.delete(e.unitId);
    }
    s = next.state;
  };
  const projections: Projection[] = [];
  for (const at of [...new Set(atGameHours)].filter((h) => h >= state.hour).sort((a, b) => a - b)) {
    run(at);
    const upTo = new Map([...arrived].filter(([, h]) => h <= at));
    projections.push({ atHour: at, units: projectedUnits(state, s, at, upTo), assumptions: ASSUMPTIONS });
  }
  const horizon = state.hour + horizonHours;
  while (pending.size > 0 && s.hour < horizon) run(Math.min(horizon, s.hour + 24));
  const etas: Record<string, number | null> = {};
  for (const id in state.units) if (state.units[id]!.order) etas[id] = arrived.get(id) ?? null;
  return { projections, etas, plans };
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
