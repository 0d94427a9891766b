// Rejection codes of the forces rules; protocol/errors.ts lists them in ERROR_CODES too, so a ForcesResult
// is a Result (engine/rules/forces/order.ts returns one as the other, which keeps the two lists in step).
import type { RefusalParams, RefusalParamsOf } from '../protocol/refusals';

export const FORCES_ERROR_CODES = [
  'PHASE_CLOSED', // orders are taken only in the decision phase
  'NO_SUCH_UNIT',
  'NO_SUCH_PLACE',
  'NO_SUCH_ROUTE', // no route the unit may use, or an enemy holds the way
  'NOT_YOUR_UNIT', // the seat does not command this unit
  'BEYOND_AUTHORITY', // the seat commands it, but the order needs a decision not yet taken
  'UNIT_DESTROYED',
  'NOT_READY', // the unit cannot do this in its present state
  'ALREADY_DONE',
  'OUT_OF_REACH', // e.g. interdicting a route Red's fires cannot reach
] as const;
export type ForcesErrorCode = (typeof FORCES_ERROR_CODES)[number];

export interface ForcesRejection {
  readonly code: ForcesErrorCode;
  readonly message: string;
  readonly params?: RefusalParams;
}

/** Same shape as protocol/result's Result, and assignable to it. */
export type ForcesResult<T> = { ok: true; value: T } | { ok: false; error: ForcesRejection };

/** A refusal with its code, its English sentence and what a client words it from (protocol/refusals.ts). */
export const refuse = <T = never, C extends ForcesErrorCode = ForcesErrorCode>(
  code: C,
  message: string,
  params?: RefusalParamsOf<C>,
): ForcesResult<T> => ({
  ok: false,
  error: params ? { code, message, params: params as RefusalParams } : { code, message },
});
export const accept = <T>(value: T): ForcesResult<T> => ({ ok: true, value });
