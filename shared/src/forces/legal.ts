// Every forces order a seat may give now: one generator for the UI, bots and fuzz tests.
import { NO_AUTHORITY, type ForcesActor, type ForcesAuthority, type ForcesContext } from './authority';
import type { ForcesCommand } from './commands';
import { decideForces } from './decide';
import type { ForcesRejection } from './errors';
import { ESCALATION_RUNGS, NUCLEAR_SIGNALS, SIGNAL_RULES } from './escalation';
import { networkOf } from './network';
import { US_NATION } from './rules/theatreOrders';
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
  // Theatre orders only for the seats that could ever give them: no Red options on a Blue menu.
  const control = actor.role === 'control';
  if (control || actor.role === 'red')
    for (const l of state.scenario.legs)
      if (l.corridor) out.push({ type: 'interdictRoute', legId: l.id, hours: 24 });
  const signaller = control ? null : actor.role === 'red' ? 'red' : actor.role === 'saceur' ? 'blue' : '';
  for (const signal of NUCLEAR_SIGNALS)
    if (signaller === null || SIGNAL_RULES[signal].side === signaller)
      out.push({ type: 'signalNuclear', signal });
  if (control) {
    for (const rung of ESCALATION_RUNGS)
      out.push({ type: 'setEscalation', rung, rationale: 'Control adjusts the ladder.' });
    out.push({ type: 'setRedControl', mode: 'human' }, { type: 'setRedControl', mode: 'scripted' });
  }
  if (control || (actor.role === 'ally' && actor.nation === US_NATION))
    out.push({ type: 'grantUsConsent', granted: !state.usConsent });
  return out;
}

/** A candidate order and whether the seat may give it now, with the rules' reason when not. */
export interface ForceOrderOption {
  readonly command: ForcesCommand;
  readonly allowed: boolean;
  readonly error: ForcesRejection | null;
}

/** Every candidate order of the seat, allowed or not: the UI shows why an order is refused. */
export function candidateOrderOptions(
  state: ForcesState,
  seat: ForcesActor,
  authority: ForcesAuthority = NO_AUTHORITY,
  ordersOpen = true,
): ForceOrderOption[] {
  const ctx: ForcesContext = { actor: seat, authority, ordersOpen };
  return candidateForceOrders(state, seat).map((command) => {
    const result = decideForces(state, command, ctx);
    return { command, allowed: result.ok, error: result.ok ? null : result.error };
  });
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
