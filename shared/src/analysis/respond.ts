// SACEUR's and the allies' response bots: every order the authority in force allows, as soon as it allows it.
import {
  decideForces,
  deploymentAuthorised,
  evolveForces,
  US_NATION,
  type ForcesActor,
  type ForcesAuthority,
  type ForcesCommand,
  type ForcesState,
  type UnitState,
} from '../forces/index';

export interface ResponseMoment {
  /** The authority the Council's decisions give now (none before the decision hour). */
  readonly authority: ForcesAuthority;
  /** The Council has decided: reinforcing units may be ordered to their destinations. */
  readonly decided: boolean;
  /** The host nations have mobilised: their garrisons are alerted to defend where they stand. */
  readonly hostMobilised: boolean;
  /** Unit id → place it reinforces (scenario `responsePlans.destinations`). */
  readonly destinations: ReadonlyMap<string, string>;
}

/** Decides `command` for `actor` and applies it; a refused order changes nothing and is tried again later. */
function tryOrder(
  state: ForcesState,
  actor: ForcesActor,
  command: ForcesCommand,
  authority: ForcesAuthority,
): ForcesState {
  const result = decideForces(state, command, { actor, authority, ordersOpen: true });
  return result.ok ? result.value.reduce(evolveForces, state) : state;
}

function unitOrders(state: ForcesState, u: UnitState, m: ResponseMoment): ForcesState {
  const nation: ForcesActor = { role: 'ally', nation: u.owner };
  if (u.group === 'host') {
    if (m.hostMobilised && u.readiness === 'garrison' && u.authority === 'national')
      return tryOrder(state, nation, { type: 'alertUnit', unitId: u.id }, m.authority);
    return state;
  }
  const destination = m.destinations.get(u.id);
  if (destination === undefined) return state;
  let s = state;
  // SACEUR's own authority (alert, stage, prepare) needs no Council decision (facts §2, Jun 2015): from
  // hour 0 he alerts the reinforcing units NATO already commands, so their notice to move runs early.
  if (u.authority === 'nato' && u.readiness === 'garrison')
    s = tryOrder(s, { role: 'saceur' }, { type: 'alertUnit', unitId: u.id }, m.authority);
  if (!m.decided) return s;
  // A nation hands SACEUR the units the Council's decision lets him deploy; US forces move by consent.
  if (u.authority === 'national' && u.owner !== US_NATION && deploymentAuthorised(u.group, m.authority))
    s = tryOrder(s, nation, { type: 'assignToNato', unitId: u.id }, m.authority);
  const unit = s.units[u.id]!;
  if (unit.order !== null || unit.location.kind !== 'at' || unit.location.placeId === destination) return s;
  return tryOrder(s, { role: 'saceur' }, { type: 'deployUnit', unitId: u.id, destination }, m.authority);
}

/** Every order the response bots give at this moment, applied to the state in turn. */
export function respond(state: ForcesState, moment: ResponseMoment): ForcesState {
  let s = state;
  const ids = Object.keys(state.units);
  const units = Object.values(state.units);
  for (let i = 0; i < ids.length; i++) {
    // Until an order changes them, the units are the ones listed.
    const u = s.units === state.units ? units[i]! : s.units[ids[i]!]!;
    if (u.side !== 'blue' || u.readiness === 'destroyed') continue;
    s = unitOrders(s, u, moment);
  }
  return s;
}
