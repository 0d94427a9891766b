// Validates a command against the state and says what happened; never mutates, never rolls hidden dice.
import { reject } from '../protocol/errors';
import { fail, type Result } from '../protocol/result';
import type { Command } from './commands';
import type { GameEvent } from './events';
import { claimSeat } from './rules/claimSeat';
import { decideChannels } from './rules/channels/decide';
import { amendDraft, tableDraft, withdrawDraft } from './rules/council/drafting';
import { requestItem } from './rules/council/requestItem';
import { placeUnderSilence } from './rules/council/silence';
import { takePosition } from './rules/council/takePosition';
import { forceOrder, isForceOrder } from './rules/forces/order';
import { decideNegotiation } from '../negotiation/decide';
import { releaseSeat } from './rules/releaseSeat';
import { rollBack } from './rules/rollback';
import { refusedUnderRepair, repairLog } from './rules/repair';
import { decideConsole } from '../control/decide';
import { decideReview } from '../review/rules';
import { controlRule } from './rules/session/control';
import { fireInject } from './rules/session/fireInject';
import { submitMoves } from './rules/session/moves';
import type { DecideContext, ExerciseState } from './state';

export function decide(state: ExerciseState, command: Command, ctx: DecideContext): Result<GameEvent[]> {
  const underRepair = refusedUnderRepair(state, command);
  if (underRepair) return fail(underRepair);
  const result = decideCommand(state, command, ctx);
  // An accepted command stores something: a reply never claims a change that was not made (ADR 0016).
  if (result.ok && result.value.length === 0) {
    return fail(reject('NOTHING_TO_DO', 'That changes nothing: it is already so.'));
  }
  return result;
}

function decideCommand(state: ExerciseState, command: Command, ctx: DecideContext): Result<GameEvent[]> {
  if (isForceOrder(command)) return forceOrder(state, command, ctx);
  switch (command.type) {
    case 'claimSeat':
      return claimSeat(state, command, ctx);
    case 'releaseSeat':
      return releaseSeat(state, command, ctx);
    case 'startExercise':
    case 'pauseExercise':
    case 'resumeExercise':
    case 'advancePhase':
    case 'endExercise':
    case 'setPhaseTimer':
    case 'extendPhase':
    case 'setTurnStep':
    case 'setHotwash':
      return controlRule(state, command, ctx);
    case 'fireInject':
      return fireInject(state, command, ctx);
    case 'rollBack':
      return rollBack(state, command, ctx);
    case 'repairLog':
      return repairLog(state, command, ctx);
    case 'submitMoves':
      return submitMoves(state, command, ctx);
    case 'requestItem':
      return requestItem(state, command, ctx);
    case 'tableDraft':
      return tableDraft(state, command, ctx);
    case 'amendDraft':
      return amendDraft(state, command, ctx);
    case 'placeUnderSilence':
      return placeUnderSilence(state, command, ctx);
    case 'withdrawDraft':
      return withdrawDraft(state, command, ctx);
    case 'takePosition':
      return takePosition(state, command, ctx);
    case 'openChannel':
    case 'postMessage':
    case 'answerRfi':
    case 'markRead':
    case 'setObserverAccess':
      return decideChannels(state, command, ctx);
    case 'proposeDraft':
    case 'amendClause':
    case 'initialClause':
    case 'signDraft':
    case 'walkOut':
    case 'returnToTalks':
    case 'invokeEnhancedCooperation':
      return decideNegotiation(state, command, ctx);
    case 'repeatPhase':
    case 'injectAdHoc':
    case 'overrideResult':
    case 'assignSeat':
    case 'swapSeats':
    case 'handSeatToBot':
    case 'takeSeatFromBot':
    case 'broadcast':
    case 'issueAssistantKey':
    case 'revokeAssistantKey':
      return decideConsole(state, command, ctx);
    case 'tagMoment':
    case 'askHotwash':
    case 'answerHotwash':
    case 'unlockReview':
      return decideReview(state, command, ctx);
  }
}
