// The invariants of issue 13 item 6, checked on every event and every published view of a long game:
//  a. authority: no unit stands in or routes through a place its side's authority does not allow;
//  b. contact: hostile units never share a place at the end of an adjudicated interval unfought;
//  c. one location: a unit stands in the same place in every section of every view that shows it;
//  d. authorship: every override and inject names Control as its author.
// (e., the views a seat is sent against the replayed log, is in views.ts.)
import {
  deploymentAuthorised,
  eventLabel,
  forcesAuthority,
  isForcesEvent,
  type Command,
  type ExerciseState,
  type ExerciseView,
  type ForceOrderMenu,
  type ForcesState,
  type GameEvent,
  type UnitState,
} from '@council/shared';
import { leg as legOf, networkOf, otherEnd } from '../../../shared/src/forces/network';
import { pointAlong } from '../../../shared/src/forces/position';
import type { Cause } from './play';
import { inEnglish } from '@council/shared';

/** A broken invariant: which one, and what was seen. */
export class InvariantBroken extends Error {
  constructor(
    readonly invariant: 'a' | 'b' | 'c' | 'd' | 'e',
    message: string,
  ) {
    super(`invariant ${invariant}: ${message}`);
  }
}

const fail = (invariant: InvariantBroken['invariant'], message: string): never => {
  throw new InvariantBroken(invariant, message);
};

/** The order a unit moves on, as given: its purpose, who gave it and the countries it may cross. */
interface OrderRecord {
  readonly purpose: string;
  readonly by: string;
  readonly allowed: ReadonlySet<string> | null;
  readonly seq: number;
}

type Units = ForcesState['units'];

/** a. and b. on the forces state, event by event; the order records also serve the views' checks. */
export class ForcesWatch {
  readonly orders = new Map<string, OrderRecord>();
  /** Hour each unit last came to stand where it stands (hour 0 for its starting place). */
  private readonly standingSince = new Map<string, number>();
  /** Every combat round so far: place, hour and the units on either side. */
  private readonly combats: { placeId: string; atHour: number; units: Set<string> }[] = [];
  checkedContacts = 0;
  checkedRoutes = 0;

  event(before: ExerciseState, event: GameEvent, after: ExerciseState): void {
    const was = before.forces;
    const now = after.forces;
    if (!was || !now) return;
    if (event.type === 'movementOrdered') this.ordered(was, event, before);
    if (event.type === 'combatResolved') {
      const units = new Set([...event.attackers, ...event.defenders].map((u) => u.unitId));
      this.combats.push({ placeId: event.placeId, atHour: event.atHour, units });
    }
    if (was.units !== now.units) this.moved(was.units, now, event);
    this.routesWithinAuthority(now, event);
    // The forces' own clock closes each adjudicated interval.
    if (event.type === 'clockAdvanced') this.contactsFought(now);
  }

  private ordered(
    was: ForcesState,
    e: Extract<GameEvent, { type: 'movementOrdered' }>,
    before: ExerciseState,
  ) {
    const unit = was.units[e.unitId];
    if (!unit) return fail('a', `movementOrdered for unknown unit ${e.unitId}`);
    if (unit.location.kind !== 'at')
      return fail('a', `${e.unitId} ordered (${e.purpose}) while on leg ${unit.location.legId}`);
    const allowed = unauthorised(unit, e.purpose) ? new Set([countryOf(was, unit.location.placeId)]) : null;
    this.orders.set(e.unitId, { purpose: e.purpose, by: e.by, allowed, seq: before.seq });
    // The decisions the order needed, as the Council stood when it was given (Control needs none).
    const authority = forcesAuthority(before);
    if (unit.side === 'blue' && (e.by === 'saceur' || e.by === 'nation')) {
      if (e.purpose === 'attack' && !authority.article5)
        fail('a', `${e.unitId} ordered to attack ${e.destination} by ${e.by} without Article 5`);
      if (e.by === 'saceur' && e.purpose === 'deploy' && unit.authority === 'nato')
        if (!deploymentAuthorised(unit.group, authority))
          fail(
            'a',
            `SACEUR deployed ${e.unitId} (${unit.group}) to ${e.destination} with no Council decision`,
          );
      if (e.by === 'saceur' && unit.authority === 'national' && !(authority.usConsent || was.usConsent))
        fail('a', `SACEUR ordered national unit ${e.unitId} of ${unit.owner} without consent`);
    }
  }

  private moved(was: Units, now: ForcesState, event: GameEvent) {
    const hour = 'atHour' in event && typeof event.atHour === 'number' ? event.atHour : now.hour;
    for (const id in now.units) {
      const u = now.units[id]!;
      const before = was[id];
      if (u === before) continue;
      if (!u.order) this.orders.delete(id);
      const placeNow = u.location.kind === 'at' ? u.location.placeId : null;
      const placeWas = before?.location.kind === 'at' ? before.location.placeId : null;
      const revived = before?.readiness === 'destroyed' && u.readiness !== 'destroyed';
      if (placeNow !== null && (placeNow !== placeWas || revived)) this.standingSince.set(id, hour);
    }
  }

  /** a. Every blue unit on a move the Council has not authorised stays, and routes, within its country. */
  private routesWithinAuthority(forces: ForcesState, event: GameEvent) {
    for (const id in forces.units) {
      const u = forces.units[id]!;
      if (u.side !== 'blue' || !u.order || u.readiness === 'destroyed') continue;
      const record = this.orders.get(id);
      if (!record || record.allowed === null) continue;
      const route = routePlaces(forces, u);
      this.checkedRoutes++;
      if (!inCountries(forces, route, record.allowed))
        fail(
          'a',
          `${id} on a ${record.purpose} order by ${record.by} (may cross only ${[...record.allowed].join(', ')}) ` +
            `stands in or routes through ${route.join(' → ')} after ${event.type}`,
        );
    }
  }

  /** b. Where both sides' ground units stand at the end of an interval, each fought since it came. */
  private contactsFought(forces: ForcesState) {
    const byPlace = new Map<string, UnitState[]>();
    for (const id in forces.units) {
      const u = forces.units[id]!;
      if (u.type === 'air' || u.readiness === 'destroyed' || u.location.kind !== 'at') continue;
      byPlace.set(u.location.placeId, [...(byPlace.get(u.location.placeId) ?? []), u]);
    }
    for (const [placeId, units] of byPlace) {
      if (!units.some((u) => u.side === 'blue') || !units.some((u) => u.side === 'red')) continue;
      this.checkedContacts++;
      for (const u of units) {
        const since = this.standingSince.get(u.id) ?? 0;
        const fought = this.combats.some(
          (c) => c.placeId === placeId && c.atHour >= since && c.units.has(u.id),
        );
        if (!fought)
          fail(
            'b',
            `at hour ${forces.hour} ${u.id} (${u.side}, ${u.readiness}${u.order ? `, ${u.order.purpose} order` : ''}) ` +
              `has stood at ${placeId} since hour ${since} beside ${units
                .filter((o) => o.side !== u.side)
                .map((o) => o.id)
                .join(', ')} with no combat record`,
          );
      }
    }
  }
}

/**
 * The oracle of authority, written from the rule rather than from the code that applies it
 * (forces/reach.ts): an allied move the Council has not authorised — staging on SACEUR's own
 * authority, a move within a country — stays in the country it starts in; a deployment (on the
 * Council's decision, or a nation's own), an attack, a retreat, and Red, may cross borders.
 */
const unauthorised = (unit: UnitState, purpose: string): boolean =>
  unit.side === 'blue' && (purpose === 'stage' || purpose === 'move');

const countryOf = (forces: ForcesState, placeId: string): string => {
  const place = networkOf(forces.scenario).places.get(placeId);
  if (!place) return fail('a', `no place ${placeId}`);
  return place.country;
};

const inCountries = (forces: ForcesState, places: readonly string[], allowed: ReadonlySet<string>) =>
  places.every((p) => allowed.has(countryOf(forces, p)));

/** Where a unit stands and every place its order still takes it through. */
export function routePlaces(forces: ForcesState, u: UnitState): string[] {
  const net = networkOf(forces.scenario);
  const start = u.location.kind === 'at' ? [u.location.placeId] : [u.location.from, u.location.to];
  const places = [...start];
  let here = start[start.length - 1]!;
  for (const id of u.order?.legs ?? []) {
    here = otherEnd(legOf(net, id), here);
    places.push(here);
  }
  return places;
}

const checkedLists = new WeakMap<object, ForcesState['units']>();

/** c. (and a. on what the screens draw): one unit, one place, in every section of every view. */
export function checkLocations(
  state: ExerciseState,
  views: ReadonlyMap<string, ExerciseView>,
  watch: ForcesWatch,
): number {
  const forces = state.forces;
  if (!forces) return 0;
  const net = networkOf(forces.scenario);
  const truth = new Map<string, string>();
  let checked = 0;
  for (const [who, view] of views) {
    const picture = view.forces;
    // Seats of one side share one list of units, kept while nothing about the units changed:
    // a list is checked once against each state of the units.
    if (!picture || checkedLists.get(picture.units) === forces.units) continue;
    checkedLists.set(picture.units, forces.units);
    const coords = new Map(picture.places.map((p) => [p.id, p]));
    for (const u of picture.units) {
      checked++;
      const where = `${who} sees ${u.id}`;
      const unit = forces.units[u.id];
      if (!unit) fail('c', `${where}, which the state does not have`);
      const location = JSON.stringify(u.location);
      if (location !== JSON.stringify(unit!.location))
        fail('c', `${where} at ${location}, the state has it at ${JSON.stringify(unit!.location)}`);
      const seen = truth.get(u.id);
      if (seen !== undefined && seen !== location)
        fail('c', `${where} at ${location}, another view at ${seen}`);
      truth.set(u.id, location);
      // The map marker is at the unit's place, or on the leg it travels.
      const expected =
        u.location.kind === 'at'
          ? { lon: coords.get(u.location.placeId)!.lon, lat: coords.get(u.location.placeId)!.lat }
          : pointAlong(
              coords.get(u.location.from)!,
              coords.get(u.location.to)!,
              (picture.hour - u.location.departedAt) /
                Math.max(1, u.location.arrivesAt - u.location.departedAt),
            );
      if (u.position.lon !== expected.lon || u.position.lat !== expected.lat)
        fail(
          'c',
          `${where} drawn at ${JSON.stringify(u.position)}, its location puts it at ${JSON.stringify(expected)}`,
        );
      // The route the unit list and the map draw starts where the unit is and runs leg to leg.
      const startsAt = u.location.kind === 'at' ? u.location.placeId : u.location.to;
      let from = startsAt;
      for (const step of u.plan) {
        if (step.from !== from)
          fail(
            'c',
            `${where} at ${location} with a planned leg ${step.from} → ${step.to} (expected from ${from})`,
          );
        if (otherEnd(legOf(net, step.legId), step.from) !== step.to)
          fail('c', `${where}: planned leg ${step.legId} does not join ${step.from} and ${step.to}`);
        from = step.to;
      }
      if (u.plan.length > 0 && u.eta !== null && u.order && from !== u.order.destination)
        fail('c', `${where} bound for ${u.order.destination}, its planned route ends at ${from}`);
      // a., as drawn: a unit on a move the Council has not authorised is shown staying in its country.
      const record = watch.orders.get(u.id);
      if (record?.allowed && u.plan.length > 0) {
        const places = [startsAt, ...u.plan.map((p) => p.to)];
        if (!inCountries(forces, places, record.allowed))
          fail('a', `${where}: its ${record.purpose} order is drawn through ${places.join(' → ')}`);
      }
    }
    for (const projection of view.forcesProjection ?? []) {
      for (const p of projection.units) {
        const record = watch.orders.get(p.unitId);
        const places = p.location.kind === 'at' ? [p.location.placeId] : [p.location.from, p.location.to];
        if (record?.allowed && !inCountries(forces, places, record.allowed))
          fail('a', `${who}: ${p.unitId}'s ${record.purpose} order is projected to ${places.join(' → ')}`);
      }
    }
  }
  return checked;
}

/** c. in the order menu: no order offers the place a unit stands in, nor a move while on the road. */
export function checkOrderMenu(who: string, menu: ForceOrderMenu, view: ExerciseView): number {
  const units = new Map((view.forces?.units ?? []).map((u) => [u.id, u]));
  let checked = 0;
  for (const entry of menu.units) {
    const u = units.get(entry.unitId);
    if (!u) return fail('c', `${who}'s order menu lists ${entry.unitId}, which its map does not show`);
    checked++;
    const targets = [...entry.moveTo, ...entry.deployTo];
    if (u.location.kind === 'at' && targets.includes(u.location.placeId))
      fail('c', `${who}'s menu offers to send ${u.id} to ${u.location.placeId}, where its map shows it`);
    if (u.location.kind === 'leg' && targets.length > 0)
      fail(
        'c',
        `${who}'s menu offers ${u.id} destinations (${targets.join(', ')}) while its map has it on the road`,
      );
    for (const a of entry.arrivals ?? [])
      if (a.arrivesAt !== null && a.arrivesAt < (view.forces?.hour ?? 0))
        fail(
          'c',
          `${who}'s menu has ${u.id} arriving at ${a.destination} at hour ${a.arrivesAt}, in the past`,
        );
  }
  return checked;
}

const OVERRIDES_AND_INJECTS = new Set(['resultOverridden', 'adHocInjectFired', 'injectFired']);

/** d. Overrides and injects come from Control, say so in the record, and nothing else claims Control. */
export function checkAuthorship(event: GameEvent, cause: Cause): void {
  const fields = event as unknown as Record<string, unknown>;
  const fromControl = cause.kind === 'control';
  const what = `${event.type} (${cause.kind === 'seat' ? `seat ${cause.seatId}` : cause.kind}${
    'command' in cause ? `: ${cause.command.type}` : ''
  })`;
  const overrideOrInject =
    OVERRIDES_AND_INJECTS.has(event.type) ||
    (event.type === 'positionTaken' && event.source === 'control') ||
    (event.type === 'escalationChanged' && isControlsLadderMove(cause));
  if (overrideOrInject) {
    // Injects of the master events list fire as the clock Control runs reaches their turn.
    if (!fromControl && cause.kind !== 'clock') fail('d', `${what}: made by a seat's command`);
    if (!eventLabel(event).includes('Control'))
      fail('d', `${what} is labelled "${eventLabel(event)}" in the review`);
  }
  if (event.type === 'injectFired' && event.byControl !== isCommand(cause, 'fireInject'))
    fail('d', `${what}: byControl ${event.byControl}`);
  if (
    event.type === 'escalationChanged' &&
    isControlsLadderMove(cause) &&
    !inEnglish(event.reason).startsWith('Control')
  )
    fail('d', `${what}: reason "${inEnglish(event.reason)}" does not name Control`);
  // What a command of Control's ordered is Control's; a seat's is never.
  const direct =
    cause.kind !== 'clock' && !isCommand(cause, 'advancePhase') && !isCommand(cause, 'submitMoves');
  if (direct && isForcesEvent(event) && 'by' in fields && (fields.by === 'control') !== fromControl)
    fail('d', `${what}: by ${String(fields.by)}`);
  if (!fromControl && (fields.source === 'control' || fields.byControl === true))
    fail('d', `${what}: a seat's act recorded as Control's`);
}

const isCommand = (cause: Cause, type: Command['type']) => 'command' in cause && cause.command.type === type;
const isControlsLadderMove = (cause: Cause) => isCommand(cause, 'setEscalation');

/** d. in the views: positions Control set read as Control's; its own injects are marked ad hoc. */
export function checkAuthorshipInViews(state: ExerciseState, views: ReadonlyMap<string, ExerciseView>): void {
  const adHoc = new Set((state.console?.adHocInjects ?? []).map((i) => i.injectId));
  for (const [who, view] of views) {
    for (const inject of view.injects)
      if (adHoc.has(inject.id) !== (inject.adHoc === true))
        fail('d', `${who} sees inject ${inject.id} with adHoc ${String(inject.adHoc)}`);
    for (const draft of view.council?.drafts ?? []) {
      const record = state.council.drafts[draft.id];
      for (const p of draft.allies) {
        const held = record?.positions[p.allyId];
        if (held && p.position && held.source !== p.position.source)
          fail(
            'd',
            `${who} sees ${p.allyId}'s position on ${draft.id} as ${p.position.source}'s, it is ${held.source}'s`,
          );
      }
    }
  }
}
