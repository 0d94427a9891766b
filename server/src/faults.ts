// What a client hears when a handler fails: a code and a plain sentence, never the exception's
// text; the log gets one line naming the exercise, the request and who sent it.
import { ServerError } from '@colyseus/core';
import type { Actor, Rejection } from '@council/shared';

export const INTERNAL_FAULT: Rejection = {
  code: 'INTERNAL_ERROR',
  message: 'The server could not handle that request; nothing was changed. Try again or tell Control.',
};

/** One line: the error's name and message, and where it was thrown. */
export function oneLine(error: unknown): string {
  if (!(error instanceof Error)) return String(error).split('\n')[0]!;
  const where = error.stack
    ?.split('\n')
    .find((line) => /^\s+at /.test(line))
    ?.trim();
  return `${error.name}: ${error.message.split('\n')[0]}${where ? ` (${where})` : ''}`;
}

const who = (actor: Actor | undefined): string =>
  !actor
    ? 'nobody'
    : actor.isControl
      ? `Control (${actor.controlRole ?? 'lead'})`
      : (actor.seatId ?? 'no seat');

/** Logs a handler's failure in one line. */
export function logFault(exerciseId: string, what: string, actor: Actor | undefined, error: unknown): void {
  console.error(`exercise ${exerciseId}: ${what} from ${who(actor)} failed: ${oneLine(error)}`);
}

/**
 * Runs a request handler whose reply has no refusal shape (sync, legal, orders, whoami): a failure
 * is logged and the request rejected with a generic ServerError, which Colyseus neither logs nor
 * decorates with the original text.
 */
export function answering<T>(
  exerciseId: string,
  what: string,
  actor: Actor | undefined,
  handler: () => T,
): T {
  try {
    return handler();
  } catch (error) {
    logFault(exerciseId, what, actor, error);
    throw new ServerError(500, `${INTERNAL_FAULT.code}: ${INTERNAL_FAULT.message}`);
  }
}

/** Colyseus's logger, but an error is one line: a garbage frame must not cost a stack trace each. */
export const oneLineLogger = {
  debug: (...args: unknown[]) => console.debug(...args),
  info: (...args: unknown[]) => console.info(...args),
  trace: (...args: unknown[]) => console.debug(...args),
  warn: (...args: unknown[]) => console.warn(args.map(oneLine).join(' ')),
  error: (...args: unknown[]) => console.error(args.map(oneLine).join(' ')),
};
