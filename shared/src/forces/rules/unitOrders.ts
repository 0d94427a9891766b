// alertUnit, assignToNato and haltUnit: changes of readiness and command without movement.
import { own } from '../../model/lookup';
import type { ForcesContext } from '../authority';
import { commandedUnit } from '../command';
import type { ForcesCommandOf } from '../commands';
import { accept, refuse, type ForcesResult } from '../errors';
import type { ForcesEvent } from '../events';
import type { ForcesState } from '../state';
import { inEnglish } from '../../scenario/text';

type Result = ForcesResult<ForcesEvent[]>;

export function alertUnit(state: ForcesState, cmd: ForcesCommandOf<'alertUnit'>, ctx: ForcesContext): Result {
  const c = commandedUnit(state, ctx.actor, cmd.unitId, ctx.authority);
  if (!c.ok) return c;
  const { unit, by } = c.value;
  if (unit.readiness !== 'garrison')
    return refuse('ALREADY_DONE', `${inEnglish(unit.name)} is already ${unit.readiness}.`, {
      reason: 'readiness',
      unit: unit.name,
      readiness: unit.readiness,
    });
  return accept([{ type: 'unitAlerted', unitId: unit.id, atHour: state.hour, by }]);
}

export function assignToNato(
  state: ForcesState,
  cmd: ForcesCommandOf<'assignToNato'>,
  ctx: ForcesContext,
): Result {
  const unit = own(state.units, cmd.unitId);
  if (!unit)
    return refuse('NO_SUCH_UNIT', `There is no unit "${cmd.unitId}" in this game.`, {
      reason: 'unknown',
      unitId: cmd.unitId,
    });
  if (unit.side !== 'blue')
    return refuse('NOT_YOUR_UNIT', `${inEnglish(unit.name)} is not an allied unit.`, {
      reason: 'notAllied',
      unit: unit.name,
    });
  if (unit.authority === 'nato')
    return refuse('ALREADY_DONE', `${inEnglish(unit.name)} is already assigned to NATO.`, {
      reason: 'assigned',
      unit: unit.name,
    });
  // Only the owning nation transfers its forces to NATO command (SACEUR cannot take them).
  if (ctx.actor.role !== 'control' && !(ctx.actor.role === 'ally' && ctx.actor.nation === unit.owner)) {
    return refuse(
      'NOT_YOUR_UNIT',
      `Only ${unit.owner}'s delegation can assign ${inEnglish(unit.name)} to NATO.`,
      { reason: 'assignOwn', unit: unit.name, owner: unit.owner },
    );
  }
  if (unit.readiness === 'destroyed')
    return refuse('UNIT_DESTROYED', `${inEnglish(unit.name)} has been destroyed.`, {
      reason: 'destroyed',
      unit: unit.name,
    });
  return accept([{ type: 'unitAssignedToNato', unitId: unit.id, atHour: state.hour }]);
}

export function haltUnit(state: ForcesState, cmd: ForcesCommandOf<'haltUnit'>, ctx: ForcesContext): Result {
  const c = commandedUnit(state, ctx.actor, cmd.unitId, ctx.authority);
  if (!c.ok) return c;
  const { unit } = c.value;
  if (!unit.order)
    return refuse('ALREADY_DONE', `${inEnglish(unit.name)} has no movement order to halt.`, {
      reason: 'noOrder',
      unit: unit.name,
    });
  return accept([{ type: 'unitHalted', unitId: unit.id, atHour: state.hour, reason: 'ordered' }]);
}
