// Every forces order a seat might give, allowed or not, with the rules' reason: for menus and bots.
import type { ErrorCode } from '../../protocol/errors';
import type { ForceOrderCommand } from '../rules/forces/order';
import { decide } from '../decide';
import { actorFor } from '../legal';
import type { ExerciseState } from '../state';
import { forceOrderCandidates } from './candidates';

export interface ForceOrderChoice {
  readonly command: ForceOrderCommand;
  readonly allowed: boolean;
  /** Why the rules refuse it now (e.g. BEYOND_AUTHORITY until the Council decides); null if allowed. */
  readonly code: ErrorCode | null;
  readonly reason: string | null;
}

/**
 * The seat's candidate orders, each decided by the root engine as if sent now: `allowed` ones are
 * exactly the forces orders in `legalCommands`; the others carry the code and message of refusal.
 */
export function forceOrderOptions(
  state: ExerciseState,
  seatId: string,
  now: string = state.createdAt,
): ForceOrderChoice[] {
  const actor = actorFor(state, seatId);
  const ctx = { actor, now, newSeatTokenHash: '' };
  return forceOrderCandidates(state, actor).map((command) => {
    const result = decide(state, command, ctx);
    return {
      command,
      allowed: result.ok,
      code: result.ok ? null : result.error.code,
      reason: result.ok ? null : result.error.message,
    };
  });
}
