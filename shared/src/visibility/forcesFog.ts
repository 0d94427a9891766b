// Fog of war: the one place that decides which forces each side's seats see, and how precisely.
import type { ForcesActor } from '../forces/authority';
import type { EscalationRung, NuclearSignal } from '../forces/escalation';
import { networkOf } from '../forces/network';
import { positionOf, type LonLat } from '../forces/position';
import type { ForcesState, Measures, MoveOrder, UnitLocation, UnitState } from '../forces/state';
import type {
  CommandAuthority,
  ForceGroup,
  LegMode,
  PlaceKind,
  Readiness,
  Side,
  Terrain,
  UnitType,
} from '../forces/vocabulary';
import { KEEP_NOTHING, type Keep } from './reuse';
import type { LocalisedText } from '../scenario/text';

export interface UnitView {
  readonly id: string;
  readonly name: LocalisedText;
  readonly type: UnitType;
  readonly sidc: string;
  readonly side: Side;
  readonly owner: string;
  readonly battalions: number;
  /** Exact for own units; rounded to the nearest 25 % for the enemy's. */
  readonly strength: number;
  readonly estimated: boolean;
  readonly readiness: Readiness | 'unknown';
  readonly location: UnitLocation;
  readonly position: LonLat;
  readonly authority: CommandAuthority | null;
  readonly group: ForceGroup | null;
  readonly order: Pick<MoveOrder, 'purpose' | 'destination' | 'waitUntil' | 'waitReason'> | null;
  /**
   * Own units only (null for the enemy's): the notice-to-move range the scenario gives the unit (the
   * rolled value stays hidden until it runs out), where it stages, and where its stocks are
   * prepositioned, so a command post can preview an order's arrival before giving it.
   */
  readonly noticeToMoveHours: readonly [number, number] | null;
  readonly stagingPlace: string | null;
  readonly prepositionedAt: string | null;
}

export interface ForcesView {
  readonly hour: number;
  readonly variant: string;
  readonly perspective: Side | 'control';
  readonly places: readonly {
    readonly id: string;
    readonly name: LocalisedText;
    readonly kind: PlaceKind;
    readonly country: string;
    readonly lon: number;
    readonly lat: number;
    readonly terrain: Terrain;
    readonly heldBy: Side;
  }[];
  readonly legs: readonly {
    readonly id: string;
    readonly from: string;
    readonly to: string;
    readonly mode: LegMode;
    readonly hours: number;
    readonly capacityPerDay: number;
    readonly corridor: string | null;
    readonly interdictedUntil: number | null;
  }[];
  readonly units: readonly UnitView[];
  readonly escalation: EscalationRung;
  readonly signals: readonly {
    readonly side: Side;
    readonly signal: NuclearSignal;
    readonly atHour: number;
  }[];
  readonly measures: Measures | null;
  readonly incursionAt: number | null;
  readonly redControl: 'scripted' | 'human' | null;
}

export const perspectiveOf = (viewer: ForcesActor): Side | 'control' =>
  viewer.role === 'control' ? 'control' : viewer.role === 'red' ? 'red' : 'blue';

/** Places a side watches: where its ground units stand, its neighbours by road or rail, and its own ground. */
export function watchedPlaces(state: ForcesState, side: Side): Set<string> {
  const net = networkOf(state.scenario);
  const seen = new Set<string>();
  for (const id in state.units) {
    const u = state.units[id]!;
    if (u.side !== side || u.readiness === 'destroyed' || u.type === 'air') continue;
    const at = u.location.kind === 'at' ? [u.location.placeId] : [u.location.from, u.location.to];
    for (const p of at) {
      seen.add(p);
      for (const n of net.neighbours.get(p) ?? [])
        if (n.leg.mode === 'road' || n.leg.mode === 'rail') seen.add(n.place);
    }
  }
  for (const [p, holder] of Object.entries(state.control)) if (holder === side) seen.add(p);
  return seen;
}

function visibleEnemy(state: ForcesState, u: UnitState, watched: Set<string>): boolean {
  if (u.location.kind === 'at') {
    if (watched.has(u.location.placeId)) return true;
    // Massing in assembly areas and units still in their peacetime garrisons are public knowledge.
    const def = networkOf(state.scenario).unitDefs.get(u.id);
    return def?.location === u.location.placeId;
  }
  return watched.has(u.location.from) && watched.has(u.location.to);
}

function unitView(state: ForcesState, u: UnitState, own: boolean): UnitView {
  return {
    id: u.id,
    name: u.name,
    type: u.type,
    sidc: u.sidc,
    side: u.side,
    owner: u.owner,
    battalions: u.battalions,
    strength: own ? u.strength : Math.round(u.strength / 25) * 25,
    estimated: !own,
    readiness: own || u.readiness === 'destroyed' ? u.readiness : 'unknown',
    location: u.location,
    position: positionOf(state, u, state.hour),
    authority: own ? u.authority : null,
    group: own ? u.group : null,
    order:
      own && u.order
        ? {
            purpose: u.order.purpose,
            destination: u.order.destination,
            waitUntil: u.order.waitUntil,
            waitReason: u.order.waitReason,
          }
        : null,
    noticeToMoveHours: own ? (networkOf(state.scenario).unitDefs.get(u.id)?.noticeToMoveHours ?? null) : null,
    stagingPlace: own ? u.stagingPlace : null,
    prepositionedAt: own ? u.prepositionedAt : null,
  };
}

export function forcesViewFor(
  state: ForcesState,
  viewer: ForcesActor,
  keep: Keep = KEEP_NOTHING,
): ForcesView {
  const perspective = perspectiveOf(viewer);
  const watched = perspective === 'control' ? null : watchedPlaces(state, perspective);
  const units: UnitView[] = [];
  for (const id in state.units) {
    const u = state.units[id]!;
    const own = perspective === 'control' || u.side === perspective;
    if (own || visibleEnemy(state, u, watched!)) units.push(unitView(state, u, own));
  }
  return {
    hour: state.hour,
    variant: state.variant,
    perspective,
    places: placeViews(state, keep),
    legs: legViews(state, keep),
    units,
    escalation: state.escalation,
    signals: state.signals,
    // Red's cell sees the ladder and the ground but not the alliance's internal meters.
    measures: perspective === 'red' ? null : state.measures,
    incursionAt: state.incursionAt,
    redControl: perspective === 'control' ? state.redControl : null,
  };
}

/**
 * The map's places and legs change only when a place changes hands or a leg is cut, so a keeper may
 * share them between every side's view, every later state and (for legs with nothing cut) every
 * exercise of the scenario.
 */
function placeViews(state: ForcesState, keep: Keep): ForcesView['places'] {
  return keep([state.control, state.scenario], 'places', () =>
    state.scenario.places.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      country: p.country,
      lon: p.lon,
      lat: p.lat,
      terrain: p.terrain,
      heldBy: state.control[p.id] ?? ('blue' as const),
    })),
  );
}

function legViews(state: ForcesState, keep: Keep): ForcesView['legs'] {
  const cut = (id: string) => (state.interdicted[id] ?? 0) > state.hour;
  const build = (): ForcesView['legs'] =>
    state.scenario.legs.map((l) => ({
      id: l.id,
      from: l.from,
      to: l.to,
      mode: l.mode,
      hours: l.hours,
      capacityPerDay: l.capacityPerDay,
      corridor: l.corridor ?? null,
      interdictedUntil: cut(l.id) ? state.interdicted[l.id]! : null,
    }));
  return state.scenario.legs.some((l) => cut(l.id)) ? build() : keep([state.scenario], 'openLegs', build);
}
