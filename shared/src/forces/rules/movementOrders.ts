// stageUnit, deployUnit and moveUnit: find a route, check authority, and order the movement.
import { own } from '../../model/lookup';
import type { ForcesContext } from '../authority';
import { commandedUnit, mayDeploy } from '../command';
import type { ForcesCommandOf } from '../commands';
import { accept, refuse, type ForcesResult } from '../errors';
import type { ForcesEvent } from '../events';
import { networkOf, placeName } from '../network';
import { countriesAllowed } from '../reach';
import { crossesBorder, findRoute, hostileAt } from '../routing';
import type { ForcesState, UnitState } from '../state';
import type { MovePurpose, OrderSource } from '../vocabulary';
import { inEnglish } from '../../scenario/text';

type Result = ForcesResult<ForcesEvent[]>;

function order(
  state: ForcesState,
  unit: UnitState,
  by: OrderSource,
  purpose: MovePurpose,
  destination: string,
): Result {
  const net = networkOf(state.scenario);
  const target = net.places.get(destination);
  if (!target)
    return refuse('NO_SUCH_PLACE', `There is no place "${destination}".`, {
      reason: 'unknown',
      placeId: destination,
    });
  if (unit.location.kind !== 'at') {
    return refuse(
      'NOT_READY',
      `${inEnglish(unit.name)} is on the road to ${inEnglish(net.places.get(unit.location.to)?.name)}: order it again once it gets there.`,
      { reason: 'onTheRoad', unit: unit.name, place: placeName(net, unit.location.to) },
    );
  }
  const at = unit.location.placeId;
  if (at === destination)
    return refuse('ALREADY_DONE', `${inEnglish(unit.name)} is already at ${inEnglish(target.name)}.`, {
      reason: 'at',
      unit: unit.name,
      place: target.name,
    });
  const enterHostile = purpose === 'attack';
  const within = countriesAllowed(state, unit, purpose, at);
  const route = findRoute(state, unit, at, destination, { enterHostile, within });
  if (!route) {
    const from = net.places.get(at)?.name;
    if (within && findRoute(state, unit, at, destination, { enterHostile })) {
      return refuse(
        'BEYOND_AUTHORITY',
        `${inEnglish(unit.name)} may ${purpose === 'stage' ? 'stage' : 'move'} only within ${[...within].join(', ')} on this authority, and every route from ${inEnglish(from)} to ${inEnglish(target.name)} leaves it: deploy it instead, once the authority to deploy it across borders is given.`,
        {
          reason: purpose === 'stage' ? 'stageWithin' : 'moveWithin',
          unit: unit.name,
          countries: [...within],
          from: placeName(net, at),
          to: target.name,
        },
      );
    }
    return refuse(
      'NO_SUCH_ROUTE',
      `${inEnglish(unit.name)} has no route it can use from ${inEnglish(from)} to ${inEnglish(target.name)}.`,
      { reason: 'noRoute', unit: unit.name, from: placeName(net, at), to: target.name },
    );
  }
  const events: ForcesEvent[] = [];
  const atHour = state.hour;
  if (unit.readiness === 'garrison') events.push({ type: 'unitAlerted', unitId: unit.id, atHour, by });
  if (unit.side === 'red' && purpose === 'attack' && state.incursionAt === null) {
    events.push({ type: 'incursionBegan', atHour, by });
  }
  events.push({
    type: 'movementOrdered',
    unitId: unit.id,
    atHour,
    by,
    purpose,
    destination,
    legs: route.legs,
    permitRequired: unit.side === 'blue' && crossesBorder(state, route.places),
  });
  return accept(events);
}

export function stageUnit(state: ForcesState, cmd: ForcesCommandOf<'stageUnit'>, ctx: ForcesContext): Result {
  const c = commandedUnit(state, ctx.actor, cmd.unitId, ctx.authority);
  if (!c.ok) return c;
  const { unit, by } = c.value;
  if (!unit.stagingPlace)
    return refuse(
      'NOT_READY',
      `${inEnglish(unit.name)} has no port or airfield of embarkation to stage at.`,
      {
        reason: 'noStaging',
        unit: unit.name,
      },
    );
  return order(state, unit, by, 'stage', unit.stagingPlace);
}

export function deployUnit(
  state: ForcesState,
  cmd: ForcesCommandOf<'deployUnit'>,
  ctx: ForcesContext,
): Result {
  const c = commandedUnit(state, ctx.actor, cmd.unitId, ctx.authority);
  if (!c.ok) return c;
  const { unit, by } = c.value;
  if (unit.side === 'red')
    return moveUnit(state, { type: 'moveUnit', unitId: cmd.unitId, destination: cmd.destination }, ctx);
  const allowed = mayDeploy(unit, by, ctx.authority);
  if (!allowed.ok) return allowed;
  if (networkOf(state.scenario).places.has(cmd.destination) && hostileAt(state, 'blue', cmd.destination)) {
    if (!ctx.authority.article5) {
      return refuse('BEYOND_AUTHORITY', 'Attacking ground Red holds needs Article 5 to have been invoked.', {
        reason: 'article5',
      });
    }
    return order(state, unit, by, 'attack', cmd.destination);
  }
  return order(state, unit, by, 'deploy', cmd.destination);
}

export function moveUnit(state: ForcesState, cmd: ForcesCommandOf<'moveUnit'>, ctx: ForcesContext): Result {
  const c = commandedUnit(state, ctx.actor, cmd.unitId, ctx.authority);
  if (!c.ok) return c;
  const { unit, by } = c.value;
  const net = networkOf(state.scenario);
  const target = net.places.get(cmd.destination);
  if (!target)
    return refuse('NO_SUCH_PLACE', `There is no place "${cmd.destination}".`, {
      reason: 'unknown',
      placeId: cmd.destination,
    });
  if (unit.side === 'red') {
    return order(
      state,
      unit,
      by,
      own(state.control, cmd.destination) === 'red' ? 'move' : 'attack',
      cmd.destination,
    );
  }
  const here = unit.location.kind === 'at' ? net.places.get(unit.location.placeId) : undefined;
  if (here && here.country !== target.country) {
    return refuse(
      'BEYOND_AUTHORITY',
      `${inEnglish(target.name)} is across a border: that is a deployment (deployUnit), not a move.`,
      { reason: 'acrossBorder', place: target.name },
    );
  }
  if (hostileAt(state, 'blue', cmd.destination)) {
    if (!ctx.authority.article5)
      return refuse('BEYOND_AUTHORITY', 'Attacking ground Red holds needs Article 5 to have been invoked.', {
        reason: 'article5',
      });
    return order(state, unit, by, 'attack', cmd.destination);
  }
  return order(state, unit, by, 'move', cmd.destination);
}
