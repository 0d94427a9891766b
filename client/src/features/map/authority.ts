// Who commands a unit and what the council has authorised, from the view: mirrors the forces rules
// (shared/src/forces/command.ts) so the command post can say why an order is not open.
import type { MapActor, MapAuthority, UnitView } from './types';

export type ReasonKey =
  | 'phaseClosed'
  | 'observer'
  | 'destroyed'
  | 'notYours'
  | 'notAllied'
  | 'assignedToNato'
  | 'nationalCommand'
  | 'needsUsConsent'
  | 'alreadyAlerted'
  | 'alreadyNato'
  | 'onlyOwnerAssigns'
  | 'noStaging'
  | 'onTheRoad'
  | 'chooseDestination'
  | 'alreadyThere'
  | 'noRoute'
  | 'acrossBorder'
  | 'sameCountry'
  | 'needsVjtfDecision'
  | 'needsBattlegroupDecision'
  | 'needsPlan'
  | 'needsArticle5'
  | 'noOrderToHalt'
  /** The rules' own message, as the server gave it. */
  | 'server';

export interface Reason {
  readonly key: ReasonKey;
  readonly params: Readonly<Record<string, string>>;
}

export { NO_AUTHORITY } from '@council/shared';

const reason = (key: ReasonKey, params: Record<string, string> = {}): Reason => ({ key, params });

/** Null when this actor commands the unit now; otherwise why not. */
export function commandReason(actor: MapActor, unit: UnitView, authority: MapAuthority): Reason | null {
  const p = { unit: unit.name, owner: unit.owner };
  if (actor.role === 'observer') return reason('observer');
  if (unit.readiness === 'destroyed') return reason('destroyed', p);
  switch (actor.role) {
    case 'control':
      return null;
    case 'red':
      return unit.side === 'red' ? null : reason('notYours', p);
    case 'ally':
      if (unit.side === 'blue' && unit.owner === actor.nation && unit.authority !== 'nato') return null;
      return reason(unit.side === 'blue' && unit.owner === actor.nation ? 'assignedToNato' : 'notYours', p);
    case 'saceur':
      if (unit.side !== 'blue') return reason('notYours', p);
      if (unit.authority === 'nato') return null;
      if (unit.owner === 'USA') return authority.usConsent ? null : reason('needsUsConsent', p);
      return reason('nationalCommand', p);
  }
}

/** Null when SACEUR's deployment of this NATO-assigned unit is authorised (or a nation orders it). */
export function deploymentReason(actor: MapActor, unit: UnitView, a: MapAuthority): Reason | null {
  if (actor.role !== 'saceur' || unit.authority !== 'nato') return null;
  if (a.article5 || a.graduatedResponseActive) return null;
  const p = { unit: unit.name };
  if (unit.group === 'vjtf') return a.vjtfDeploymentAuthorised ? null : reason('needsVjtfDecision', p);
  if (unit.group === 'efp' || unit.group === 'efpReinforcement')
    return a.reinforceBattlegroups ? null : reason('needsBattlegroupDecision', p);
  return reason('needsPlan', p);
}

/** Units this seat counts as its own: what the command post lists. */
export function isOwnUnit(actor: MapActor, unit: UnitView): boolean {
  switch (actor.role) {
    case 'control':
      return true;
    case 'red':
      return unit.side === 'red';
    case 'saceur':
      return unit.side === 'blue' && (unit.authority === 'nato' || unit.owner === 'USA');
    case 'ally':
      return unit.side === 'blue' && unit.owner === actor.nation;
    case 'observer':
      return false;
  }
}
