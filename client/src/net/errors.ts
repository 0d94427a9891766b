// Reads the error code out of whatever the network threw: "CODE: message" or an HTTP ErrorBody.
import { ERROR_CODES, type ErrorCode } from '@council/shared';
import type { AppError } from '../store/types';
import { withParams } from './refusalParams';

const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);

/**
 * A refused join rejects with "CODE: human message". Anything else (fetch failed, a proxy's
 * 502, a socket closed early) means we never got an answer from the game server: NETWORK.
 */
export function parseJoinError(error: unknown): AppError {
  const text = error instanceof Error ? error.message : String(error ?? '');
  const at = text.indexOf(': ');
  const code = at > 0 ? text.slice(0, at).trim() : '';
  if (isErrorCode(code)) return { code, message: text.slice(at + 2) };
  return { code: 'NETWORK', message: text || 'No answer from the server.' };
}

/** An HTTP error body `{code, message}`, or NETWORK when the body is not one of ours. */
export function parseErrorBody(body: unknown, status: number): AppError {
  if (body && typeof body === 'object') {
    const { code, message, params } = body as { code?: unknown; message?: unknown; params?: unknown };
    if (isErrorCode(code))
      return withParams({ code, message: typeof message === 'string' ? message : code }, params);
  }
  return { code: status >= 500 || status === 0 ? 'NETWORK' : 'BAD_REQUEST', message: `HTTP ${status}` };
}
