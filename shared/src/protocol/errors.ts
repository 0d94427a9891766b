// Stable rejection codes a client can act on; the message is for people.
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
  'NOT_YOUR_SEAT',
  'NOT_CONTROL',
  'STORAGE_FAILED',
  'INTERNAL',
  'RATE_LIMITED',
  // Rules of the exercise: clocks, phases and the North Atlantic Council.
  'WRONG_PHASE',
  'NO_PHASE_TIMER',
  'NOTHING_OWED',
  'NO_SUCH_INJECT',
  'INJECT_ALREADY_FIRED',
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
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface Rejection {
  readonly code: ErrorCode;
  readonly message: string;
}

export const reject = (code: ErrorCode, message: string): Rejection => ({ code, message });
