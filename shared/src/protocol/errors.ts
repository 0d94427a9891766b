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
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface Rejection {
  readonly code: ErrorCode;
  readonly message: string;
}

export const reject = (code: ErrorCode, message: string): Rejection => ({ code, message });
