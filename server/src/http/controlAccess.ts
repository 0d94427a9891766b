// What the Control-only routes share: an error answer, and the exercise named in the path once the
// request has shown its control key (X-Control-Key).
import type { Request, Response } from 'express';
import {
  joinCode,
  type ErrorBody,
  type ErrorCode,
  type RefusalParams,
  type RefusalParamsOf,
  type Rejection,
} from '@council/shared';
import { secretMatches } from '../auth/secrets';
import { services } from '../services';
import type { ExerciseRecord } from '../store/exercises';
import { CONTROL_KEY_HEADER } from './review/access';

export function sendError<C extends ErrorCode>(
  res: Response,
  status: number,
  code: C,
  message: string,
  params?: RefusalParamsOf<C>,
): void {
  const body: ErrorBody = params ? { code, message, params: params as RefusalParams } : { code, message };
  res.status(status).json(body);
}

/** A refusal of the rules as an HTTP error: its code, its message and its params. */
export function sendRejection(res: Response, status: number, rejection: Rejection): void {
  const body: ErrorBody = rejection;
  res.status(status).json(body);
}

/** The exercise at `:code` when the request carries its control key; otherwise the refusal is sent. */
export async function controlledExercise(
  req: Request,
  res: Response,
  /** What only Control may do, for the refusal: "fork an exercise". */
  action: string,
): Promise<ExerciseRecord | null> {
  const code = joinCode.safeParse(req.params.code);
  if (!code.success) {
    sendError(res, 400, 'BAD_REQUEST', 'A join code is 6 letters or digits.');
    return null;
  }
  const record = await services().store.findByCode(code.data);
  if (!record) {
    sendError(res, 404, 'NO_SUCH_EXERCISE', `No exercise has the code ${code.data}.`, {
      reason: 'code',
      code: code.data,
    });
    return null;
  }
  const key = req.get(CONTROL_KEY_HEADER);
  if (!key || !secretMatches(key, record.controlKeyHash)) {
    sendError(res, 403, 'BAD_CONTROL_KEY', `Only Control can ${action}: send the control key.`, {
      reason: 'controlOnly',
    });
    return null;
  }
  return record;
}
