// Who commands a unit, and whether an order may go ahead on the authority the council has given.
import { own } from '../model/lookup';
import { deploymentAuthorised, type ForcesActor, type ForcesAuthority } from './authority';
import { refuse, type ForcesResult } from './errors';
import type { ForcesState, UnitState } from './state';
import type { OrderSource } from './vocabulary';
import { inEnglish } from '../scenario/text';

/** The unit, if it exists, is alive and this actor commands it; otherwise the reason. */
export function commandedUnit(
  state: ForcesState,
  actor: ForcesActor,
  unitId: string,
  authority: ForcesAuthority,
): ForcesResult<{ unit: UnitState; by: OrderSource }> {
  const unit = own(state.units, unitId);
  if (!unit)
    return refuse('NO_SUCH_UNIT', `There is no unit "${unitId}" in this game.`, {
      reason: 'unknown',
      unitId,
    });
  if (unit.readiness === 'destroyed')
    return refuse('UNIT_DESTROYED', `${inEnglish(unit.name)} has been destroyed.`, {
      reason: 'destroyed',
      unit: unit.name,
    });
  const ok = (by: OrderSource) => ({ ok: true as const, value: { unit, by } });
  switch (actor.role) {
    case 'control':
      return ok('control');
    case 'red':
      return unit.side === 'red'
        ? ok('red')
        : refuse('NOT_YOUR_UNIT', `${inEnglish(unit.name)} is not a Red unit.`, {
            reason: 'notRed',
            unit: unit.name,
          });
    case 'ally':
      if (unit.side === 'blue' && unit.owner === actor.nation && unit.authority === 'national')
        return ok('nation');
      return refuse(
        'NOT_YOUR_UNIT',
        unit.owner === actor.nation
          ? `${inEnglish(unit.name)} is assigned to NATO: SACEUR commands it now.`
          : `${inEnglish(unit.name)} belongs to ${unit.owner}, not to your delegation.`,
        unit.owner === actor.nation
          ? { reason: 'assignedToNato', unit: unit.name }
          : { reason: 'otherNation', unit: unit.name, owner: unit.owner },
      );
    case 'saceur':
      if (unit.side !== 'blue')
        return refuse('NOT_YOUR_UNIT', `${inEnglish(unit.name)} is not an allied unit.`, {
          reason: 'notAllied',
          unit: unit.name,
        });
      if (unit.authority === 'nato') return ok('saceur');
      if (unit.owner === 'USA') {
        // As US EUCOM commander SACEUR moves US forces, but only with the US seat's consent.
        return authority.usConsent || state.usConsent
          ? ok('saceur')
          : refuse(
              'BEYOND_AUTHORITY',
              `${inEnglish(unit.name)} is under US national command: it moves only with the US seat's consent.`,
              { reason: 'usCommand', unit: unit.name },
            );
      }
      return refuse(
        'NOT_YOUR_UNIT',
        `${inEnglish(unit.name)} is under ${unit.owner}'s national command until assigned to NATO.`,
        { reason: 'nationalCommand', unit: unit.name, owner: unit.owner },
      );
    case 'observer':
      return refuse('NOT_YOUR_UNIT', 'Observers give no orders.', { reason: 'observer' });
  }
}

/** SACEUR's deployments need a NAC decision or an active plan; nations deploy their own forces. */
export function mayDeploy(unit: UnitState, by: OrderSource, authority: ForcesAuthority): ForcesResult<true> {
  if (by !== 'saceur' || unit.authority !== 'nato') return { ok: true, value: true };
  if (deploymentAuthorised(unit.group, authority)) return { ok: true, value: true };
  const needs =
    unit.group === 'vjtf'
      ? 'a NAC decision to deploy the VJTF, an active graduated response plan or Article 5'
      : unit.group === 'efp' || unit.group === 'efpReinforcement'
        ? 'a NAC decision to reinforce the battlegroups, an active graduated response plan or Article 5'
        : 'an active graduated response plan or Article 5';
  return refuse(
    'BEYOND_AUTHORITY',
    `SACEUR may alert, stage and prepare ${inEnglish(unit.name)} but deploying it needs ${needs}.`,
    {
      reason:
        unit.group === 'vjtf'
          ? 'deployVjtf'
          : unit.group === 'efp' || unit.group === 'efpReinforcement'
            ? 'deployBattlegroups'
            : 'deployPlan',
      unit: unit.name,
    },
  );
}
