// Moves units along their orders hour by hour: notice to move, permits, capacity, gauge, reception.
import { permitsLapse } from './authority';
import { leg as legOf, networkOf, otherEnd, place } from './network';
import { countriesAllowed } from './reach';
import { enemyAt, findRoute, hostileAt, legCost, mayUse } from './routing';
import type { DiceRecord } from './events';
import { rollNotice, rollPermit } from './readiness';
import { evacuateAir } from './retreat';
import { roll, type Step } from './step';
import type { UnitState } from './state';

const HOURS_PER_DAY = 24;

export function movementStep(step: Step, h: number): void {
  // Most hours most units do nothing: each pass skips the units its agenda rules out, for as long
  // as no event has changed the units since the agenda was drawn up; after that it looks at each.
  const first = agendaOf(step.state.units);
  if (first.nextArrival <= h) {
    for (const id of first.ids) {
      const u = step.state.units[id]!;
      if (u.location.kind === 'leg' && u.location.arrivesAt <= h) arrive(step, u, h);
    }
  }
  const units = step.state.units;
  const agenda = agendaOf(units);
  for (let i = 0; i < agenda.ids.length; i++) {
    if (step.state.units === units) i = agenda.nextBusy[i]!;
    const id = agenda.ids[i];
    if (id === undefined) break;
    const u = step.state.units[id]!;
    if (u.readiness === 'destroyed') continue;
    if (u.alertedAt !== null && u.readyAt === null) rollNotice(step, u, h);
    const now = step.state.units[id]!;
    if (now.order && now.location.kind === 'at') advanceOrder(step, now, h);
  }
}

/** What one set of units may do in an hour's movement, drawn up once per units object. */
interface Agenda {
  readonly ids: readonly string[];
  /** The earliest hour a unit on a leg reaches its end (Infinity if none is on a leg). */
  readonly nextArrival: number;
  /**
   * By position in `ids`: the first position from there on of a live unit with a notice to roll or
   * an order to carry out where it stands (`ids.length` if none).
   */
  readonly nextBusy: readonly number[];
}

const agendas = new WeakMap<Readonly<Record<string, UnitState>>, Agenda>();

function agendaOf(units: Readonly<Record<string, UnitState>>): Agenda {
  const hit = agendas.get(units);
  if (hit) return hit;
  const ids = Object.keys(units);
  const all = Object.values(units);
  let nextArrival = Infinity;
  const nextBusy = new Array<number>(ids.length + 1);
  nextBusy[ids.length] = ids.length;
  for (let i = ids.length - 1; i >= 0; i--) {
    const u = all[i]!;
    if (u.location.kind === 'leg') nextArrival = Math.min(nextArrival, u.location.arrivesAt);
    const busy =
      u.readiness !== 'destroyed' &&
      ((u.alertedAt !== null && u.readyAt === null) || (u.order !== null && u.location.kind === 'at'));
    nextBusy[i] = busy ? i : nextBusy[i + 1]!;
  }
  const agenda = { ids, nextArrival, nextBusy };
  agendas.set(units, agenda);
  return agenda;
}

function advanceOrder(step: Step, u: UnitState, h: number): void {
  const order = u.order!;
  // Permits are sought as soon as the move is ordered, alongside the notice to move.
  if (order.permit === 'pending' || order.permit === 'rolled') {
    if (permitsLapse(step.authority)) {
      step.emit({ type: 'permitGranted', unitId: u.id, atHour: h, waived: true });
    } else if (order.permit === 'pending') {
      return rollPermit(step, u, h);
    } else if (order.waitUntil <= h) {
      step.emit({ type: 'permitGranted', unitId: u.id, atHour: h, waived: false });
    } else return;
  }
  if (u.readyAt === null || u.readyAt > h) return;
  const unit = step.state.units[u.id]!;
  if (unit.order!.waitUntil > h) return;
  const at = (unit.location as { placeId: string }).placeId;
  const leaving = unit.order!.purpose === 'retreat' || unit.order!.purpose === 'withdraw';
  // Units in a fight stay in it unless ordered out.
  if (!leaving && enemyAt(step.state, unit.side, at)) return;
  const next = unit.order!.legs[0];
  if (next === undefined) return finish(step, unit, at, h);
  depart(step, unit, at, next, h);
}

export function depart(step: Step, u: UnitState, at: string, legId: string, h: number): void {
  const net = networkOf(step.state.scenario);
  const l = legOf(net, legId);
  const to = otherEnd(l, at);
  const order = u.order!;
  if (u.side === 'blue' && order.purpose !== 'attack' && hostileAt(step.state, 'blue', to)) {
    return reroute(step, u, at, h);
  }
  let capacityUsed = 0;
  if (u.side === 'blue' && order.purpose !== 'retreat') {
    const day = Math.floor(h / HOURS_PER_DAY);
    const use = step.state.legUse[legId];
    const used = use && use.day === day ? use.used : 0;
    if (used > 0 && used + u.battalions > l.capacityPerDay) {
      step.emit({
        type: 'unitWaiting',
        unitId: u.id,
        atHour: h,
        reason: 'legCapacity',
        untilHour: (day + 1) * HOURS_PER_DAY,
      });
      return;
    }
    capacityUsed = u.battalions;
  }
  if (!mayUse(u, l, to)) {
    step.emit({ type: 'unitHalted', unitId: u.id, atHour: h, reason: 'routeCut' });
    return;
  }
  const cost = legCost(step.state, u, l, to, h);
  let hours = cost.hours;
  let dice: DiceRecord | undefined;
  const factors = [...cost.factors];
  if (u.side === 'red' && step.state.control[to] !== 'red' && !step.expected) {
    // Mines, demolitions, jams and resistance: one 2d6 roll per column (leg and hour), (5 + 2d6) / 12.
    const key = `${legId}@${h}`;
    let friction = step.shared.get(key);
    if (friction === undefined) {
      const r = roll(step, (d) => (5 + d.die(6) + d.die(6)) / 12);
      friction = r.value;
      dice = r.dice;
      step.shared.set(key, friction);
    }
    hours = Math.max(1, Math.round(hours * friction));
    factors.push(`friction ×${friction.toFixed(2)}`);
  }
  step.emit({
    type: 'unitDeparted',
    unitId: u.id,
    atHour: h,
    legId,
    from: at,
    to,
    arrivesAt: h + hours,
    capacityUsed,
    factors,
    ...(dice ? { dice } : {}),
  });
}

/** The way ahead is cut: find another route to the same destination, or stop here. */
function reroute(step: Step, u: UnitState, at: string, h: number): void {
  const order = u.order!;
  const within = countriesAllowed(step.state, u, order.purpose, at);
  const route =
    order.purpose === 'retreat'
      ? null
      : findRoute({ ...step.state, hour: h }, u, at, order.destination, { within });
  if (!route) {
    step.emit({ type: 'unitHalted', unitId: u.id, atHour: h, reason: 'routeCut' });
    return;
  }
  step.emit({
    type: 'movementOrdered',
    unitId: u.id,
    atHour: h,
    by: 'engine',
    purpose: order.purpose,
    destination: order.destination,
    legs: route.legs,
    permitRequired: false,
  });
  const first = route.legs[0];
  if (first !== undefined) depart(step, step.state.units[u.id]!, at, first, h);
}

function arrive(step: Step, u: UnitState, h: number): void {
  const loc = u.location as Extract<UnitState['location'], { kind: 'leg' }>;
  const net = networkOf(step.state.scenario);
  const via = legOf(net, loc.legId).mode;
  step.emit({ type: 'unitReachedPlace', unitId: u.id, atHour: h, placeId: loc.to, via });
  const unit = step.state.units[u.id]!;
  const here = place(net, loc.to);
  if (
    unit.type !== 'air' &&
    step.state.control[here.id] !== unit.side &&
    !enemyAt(step.state, unit.side, here.id)
  ) {
    step.emit({ type: 'placeCaptured', placeId: here.id, side: unit.side, atHour: h });
    evacuateAir(step, here.id, unit.side, h);
  }
  const order = unit.order;
  if (!order) return;
  const next = order.legs[0];
  if (unit.prepositionedAt === here.id && !unit.drawn) {
    const hours = net.unitDefs.get(unit.id)?.drawHours ?? 0;
    step.emit({
      type: 'unitWaiting',
      unitId: unit.id,
      atHour: h,
      reason: 'equipmentDraw',
      untilHour: h + hours,
    });
  } else if (
    next !== undefined &&
    here.gaugeBreak &&
    via === 'rail' &&
    legOf(net, next).mode === 'rail' &&
    unit.side === 'blue'
  ) {
    const until = h + step.state.scenario.rules.gaugeChangeHours;
    step.emit({ type: 'unitWaiting', unitId: unit.id, atHour: h, reason: 'gaugeChange', untilHour: until });
  } else if (next === undefined) {
    finish(step, unit, here.id, h);
  }
}

/** The last leg is done: NFIU reception for deployments, then staged or in place. */
function finish(step: Step, u: UnitState, at: string, h: number): void {
  const order = u.order!;
  const net = networkOf(step.state.scenario);
  const nfiu = net.nfiuFor.get(at);
  const receive =
    u.side === 'blue' && order.purpose === 'deploy' && nfiu !== undefined && u.owner !== nfiu.country;
  if (receive) {
    const day = Math.floor(h / HOURS_PER_DAY);
    const use = step.state.reception[nfiu.id];
    const used = use && use.day === day ? use.used : 0;
    if (used > 0 && used + u.battalions > nfiu.nfiu!.receptionPerDay) {
      step.emit({
        type: 'unitWaiting',
        unitId: u.id,
        atHour: h,
        reason: 'reception',
        untilHour: (day + 1) * HOURS_PER_DAY,
      });
      return;
    }
  }
  step.emit({
    type: 'unitArrived',
    unitId: u.id,
    atHour: h,
    placeId: at,
    readiness: order.purpose === 'stage' ? 'staged' : 'inPlace',
    reception: receive ? { placeId: nfiu.id, used: u.battalions } : null,
  });
}
