// Forking an exercise (ADR 0012): POST /api/exercises/:code/fork with `X-Control-Key: <key>` and
// {"turn": n, "title"?: "…"} → 201 {exerciseId, code, controlKey, forkedFrom}. The new control key
// is shown this once. 403 BAD_CONTROL_KEY without the key, 404 for an unknown code, 409
// NO_SUCH_TURN for a turn the run has not reached.
import type express from 'express';
import type { Request, Response } from 'express';
import { ForkExerciseRequestSchema, joinCode, type ErrorBody, type ErrorCode } from '@council/shared';
import { secretMatches } from '../auth/secrets';
import { forkExercise } from '../game/createExercise';
import { services } from '../services';
import { CONTROL_KEY_HEADER } from './review';

const sendError = (res: Response, status: number, code: ErrorCode, message: string): void => {
  const body: ErrorBody = { code, message };
  res.status(status).json(body);
};

/** Adds the fork route to the API router (mounted at /api). */
export function mountFork(router: express.Router): void {
  router.post('/exercises/:code/fork', async (req: Request, res: Response) => {
    const code = joinCode.safeParse(req.params.code);
    if (!code.success) return sendError(res, 400, 'BAD_REQUEST', 'A join code is 6 letters or digits.');
    const { store, now } = services();
    const record = await store.findByCode(code.data);
    if (!record) return sendError(res, 404, 'NO_SUCH_EXERCISE', `No exercise has the code ${code.data}.`);
    const key = req.get(CONTROL_KEY_HEADER);
    if (!key || !secretMatches(key, record.controlKeyHash)) {
      return sendError(
        res,
        403,
        'BAD_CONTROL_KEY',
        'Only Control can fork an exercise: send the control key.',
      );
    }
    const parsed = ForkExerciseRequestSchema.safeParse(req.body);
    if (!parsed.success) {
      return sendError(res, 400, 'BAD_REQUEST', parsed.error.issues.map((i) => i.message).join('; '));
    }
    const forked = await forkExercise(store, record, parsed.data.turn, parsed.data.title, now());
    if (!forked.ok) return sendError(res, 409, forked.error.code, forked.error.message);
    res.status(201).set('Cache-Control', 'no-store').json(forked.value);
  });
}
