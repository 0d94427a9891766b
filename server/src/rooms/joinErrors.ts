// Refusals during matchmaking travel as ServerError messages of the form "CODE: human message".
import { ServerError } from '@colyseus/core';
import type { ErrorCode } from '@council/shared';

// The matchmaking route answers with the error's code as its HTTP status, so it must be one.
const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  NO_SUCH_EXERCISE: 404,
  BAD_CONTROL_KEY: 403,
  PROTOCOL_MISMATCH: 426,
  BAD_REQUEST: 400,
};

export const joinError = (code: ErrorCode, message: string): ServerError =>
  new ServerError(HTTP_STATUS[code] ?? 400, `${code}: ${message}`);
