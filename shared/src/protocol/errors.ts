// Stable rejection codes a client can act on; the message is for people.
import type { RefusalParams, RefusalParamsOf } from './refusals';

export const ERROR_CODES = [
  'PROTOCOL_MISMATCH',
  'BAD_REQUEST',
  'MESSAGE_TOO_LARGE',
  'UNKNOWN_MESSAGE',
  'NO_SUCH_EXERCISE',
  'NO_SUCH_SCENARIO',
  'NO_SUCH_SEAT',
  'BAD_CONTROL_KEY',
  'BAD_SEAT_TOKEN',
  'SEAT_TAKEN',
  'SEAT_RESERVED_FOR_CONTROL',
  'ALREADY_SEATED',
  'CONTROL_HOLDS_NO_SEAT',
  'NOT_YOUR_SEAT',
  'NOT_CONTROL',
  'STORAGE_FAILED',
  'RATE_LIMITED',
  // Integrity (ADR 0016): a command the server failed on, a log under repair, a command that changes nothing.
  'INTERNAL_ERROR',
  'EXERCISE_UNDER_REPAIR',
  'NOTHING_TO_DO',
  // Rules of the exercise: clocks, phases and the North Atlantic Council.
  'WRONG_PHASE',
  'NO_PHASE_TIMER',
  'NOTHING_OWED',
  'NO_SUCH_INJECT',
  'INJECT_ALREADY_FIRED',
  'NO_SUCH_TURN',
  'NOT_AN_ALLY',
  'NOT_THE_CHAIR',
  'NOT_ON_THE_COUNCIL',
  'NO_SUCH_ITEM',
  'ITEM_ON_TABLE',
  'ITEM_ADOPTED',
  'NO_SUCH_DRAFT',
  'DRAFT_CLOSED',
  'DRAFT_BLOCKED',
  'ALREADY_UNDER_SILENCE',
  'DEADLINE_PASSED',
  'INSTRUCTIONS_PENDING',
  'TEXT_REQUIRED',
  // Names that cannot deceive (protocol/names.ts, ADR 0024).
  'NAME_HIDDEN_CHARACTERS',
  'NAME_BLANK',
  'NAME_TAKEN',
  'NAME_CLAIMS_ROLE',
  // Channels.
  'NO_SUCH_CHANNEL',
  'NOT_IN_CHANNEL',
  'BAD_MEMBERS',
  'NOT_ALLOWED_IN_SCENARIO',
  'TEMPLATE_NOT_ALLOWED',
  'BAD_MENTIONS',
  'NO_SUCH_MESSAGE',
  'NOT_AN_RFI',
  'RFI_ANSWERED',
  // Forces (forces/errors.ts: FORCES_ERROR_CODES, kept in the same order).
  'PHASE_CLOSED',
  'NO_SUCH_UNIT',
  'NO_SUCH_PLACE',
  'NO_SUCH_ROUTE',
  'NOT_YOUR_UNIT',
  'BEYOND_AUTHORITY',
  'UNIT_DESTROYED',
  'NOT_READY',
  'ALREADY_DONE',
  'OUT_OF_REACH',
  'NO_FORCES',
  'NO_SUCH_VARIANT',
  // The assumption register (analysis/, ADR 0027): set by Control when creating an exercise.
  'NO_SUCH_ASSUMPTION',
  'ASSUMPTION_OUT_OF_BOUNDS',
  // Negotiation (negotiation/, ADR 0008).
  'NO_NEGOTIATION',
  'NOT_A_PARTY',
  'NOT_YOUR_PARTY',
  'NO_DRAFT',
  'NO_SUCH_CLAUSE',
  'NO_SUCH_OPTION',
  'DRAFT_INCOMPLETE',
  'DEAL_SIGNED',
  'WALKED_OUT',
  'TALKS_COLLAPSED',
  'NOT_EU_MONEY',
  'TOO_FEW_MEMBERS',
  'NO_EU_CONSENT',
  'NO_NAC_CONSENSUS',
  // The after-action record (review/, ADR 0007).
  'NOT_AN_OBSERVER',
  'NO_SUCH_MOMENT',
  'NO_SUCH_QUESTION',
  'NOT_ASKED',
  'ALREADY_ANSWERED',
  'REVIEW_UNLOCKED',
  'REVIEW_FULL',
  'REVIEW_LOCKED',
  /** An analysis of the whole record asked for by a seat that may not see it. */
  'NOT_ALLOWED',
  // Control's console (control/, ADR 0009).
  'NOT_LEAD_CONTROL',
  'SEAT_NOT_PLAYABLE',
  'NOT_A_BOT_SEAT',
  'SAME_SEAT',
  'NO_SUCH_ASSISTANT',
  // The installation's operator and exercise archives (ADR 0021).
  'OPERATOR_KEY_REQUIRED',
  'BAD_OPERATOR_KEY',
  'ARCHIVE_FOREIGN',
  'ARCHIVE_DAMAGED',
  'ARCHIVE_TOO_NEW',
  'ARCHIVE_CHECKSUM',
  'ARCHIVE_SCENARIO_INVALID',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * A refusal: its code, a sentence in English for people and tools, and (for a sentence that names
 * something) the params a client words it from in its reader's language (protocol/refusals.ts).
 */
export interface Rejection {
  readonly code: ErrorCode;
  readonly message: string;
  readonly params?: RefusalParams;
}

export function reject<C extends ErrorCode>(
  code: C,
  message: string,
  params?: RefusalParamsOf<C>,
): Rejection {
  return params ? { code, message, params: params as RefusalParams } : { code, message };
}
