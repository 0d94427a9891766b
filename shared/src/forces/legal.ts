// Every forces order a seat may give now: one generator for the UI, bots and fuzz tests.
import { NO_AUTHORITY, type ForcesActor, type ForcesAuthority, type ForcesContext } from './authority';
import type { ForcesCommand } from './commands';
import { decideForces } from './decide';
import { ESCALATION_RUNGS, NUCLEAR_SIGNALS } from './escalation';
import { networkOf } from './network';
import type { ForcesState } from './state';

/** Places worth offering as destinations: the theatre and Poland, not the home bases far away. */
function destinations(state: ForcesState): string[] {
  const front = new Set([...state.scenario.objectives.theatre, 'POL']);
  return state.scenario.places
    .filter((p) => front.has(p.country) || state.scenario.objectives.redCountries.includes(p.country))
    .map((p) => p.id);
}

export function candidateForceOrders(state: ForcesState, actor: ForcesActor): ForcesCommand[] {
  const out: ForcesCommand[] = [];
  const net = networkOf(state.scenario);
  const dest = destinations(state);
  for (const id in state.units) {
    const u = state.units[id]!;
    if (u.readiness === 'destroyed') continue;
    if (actor.role === 'red' && u.side !== 'red') continue;
    if ((actor.role === 'saceur' || actor.role === 'ally') && u.side !== 'blue') continue;
    if (actor.role === 'ally' && u.owner !== actor.nation) continue;
    out.push(
      { type: 'alertUnit', unitId: id },
      { type: 'assignToNato', unitId: id },
      { type: 'stageUnit', unitId: id },
      { type: 'haltUnit', unitId: id },
    );
    if (u.location.kind !== 'at') continue;
    const here = net.places.get(u.location.placeId)!;
    for (const d of dest) {
      if (d === here.id) continue;
      const sameCountry = net.places.get(d)!.country === here.country;
      if (u.side === 'red') out.push({ type: 'moveUnit', unitId: id, destination: d });
      else
        out.push(
          sameCountry
            ? { type: 'moveUnit', unitId: id, destination: d }
            : { type: 'deployUnit', unitId: id, destination: d },
        );
    }
  }
  for (const l of state.scenario.legs)
    if (l.corridor) out.push({ type: 'interdictRoute', legId: l.id, hours: 24 });
  for (const signal of NUCLEAR_SIGNALS) out.push({ type: 'signalNuclear', signal });
  for (const rung of ESCALATION_RUNGS)
    out.push({ type: 'setEscalation', rung, rationale: 'Control adjusts the ladder.' });
  out.push({ type: 'setRedControl', mode: 'human' }, { type: 'setRedControl', mode: 'scripted' });
  return out;
}

export function legalForceOrders(
  state: ForcesState,
  seat: ForcesActor,
  authority: ForcesAuthority = NO_AUTHORITY,
  ordersOpen = true,
): ForcesCommand[] {
  const ctx: ForcesContext = { actor: seat, authority, ordersOpen };
  return candidateForceOrders(state, seat).filter((c) => decideForces(state, c, ctx).ok);
}
