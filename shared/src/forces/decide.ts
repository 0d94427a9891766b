// Validates a forces command against the state and the council's authority; never mutates, never rolls.
import type { ForcesContext } from './authority';
import type { ForcesCommand } from './commands';
import { refuse, type ForcesResult } from './errors';
import type { ForcesEvent } from './events';
import { deployUnit, moveUnit, stageUnit } from './rules/movementOrders';
import {
  grantUsConsent,
  interdictRoute,
  setEscalation,
  setRedControl,
  signalNuclear,
} from './rules/theatreOrders';
import { alertUnit, assignToNato, haltUnit } from './rules/unitOrders';
import type { ForcesState } from './state';

export function decideForces(
  state: ForcesState,
  command: ForcesCommand,
  ctx: ForcesContext,
): ForcesResult<ForcesEvent[]> {
  // Consent is a political act, given in any phase; orders wait for the decision phase.
  if (!ctx.ordersOpen && ctx.actor.role !== 'control' && command.type !== 'grantUsConsent') {
    return refuse('PHASE_CLOSED', 'Orders are taken in the decision phase; wait for it to open.');
  }
  switch (command.type) {
    case 'alertUnit':
      return alertUnit(state, command, ctx);
    case 'assignToNato':
      return assignToNato(state, command, ctx);
    case 'stageUnit':
      return stageUnit(state, command, ctx);
    case 'deployUnit':
      return deployUnit(state, command, ctx);
    case 'moveUnit':
      return moveUnit(state, command, ctx);
    case 'haltUnit':
      return haltUnit(state, command, ctx);
    case 'interdictRoute':
      return interdictRoute(state, command, ctx);
    case 'signalNuclear':
      return signalNuclear(state, command, ctx);
    case 'setEscalation':
      return setEscalation(state, command, ctx);
    case 'setRedControl':
      return setRedControl(state, command, ctx);
    case 'grantUsConsent':
      return grantUsConsent(state, command, ctx);
  }
}
