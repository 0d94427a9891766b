// What every review route starts with: the exercise named in the path, and errors in the API's shape.
import type { Request, Response } from 'express';
import { joinCode } from '@council/shared';
import { services } from '../../services';
import type { ExerciseRecord } from '../../store/exercises';
import { sendError } from '../controlAccess';

export { sendError };

/** The exercise named in the path, or an error already sent. */
export async function recordOf(req: Request, res: Response): Promise<ExerciseRecord | null> {
  const code = joinCode.safeParse(req.params.code);
  if (!code.success) {
    sendError(res, 400, 'BAD_REQUEST', 'A join code is 6 letters or digits.');
    return null;
  }
  const record = await services().store.findByCode(code.data);
  if (!record)
    sendError(res, 404, 'NO_SUCH_EXERCISE', `No exercise has the code ${code.data}.`, {
      reason: 'code',
      code: code.data,
    });
  return record;
}
