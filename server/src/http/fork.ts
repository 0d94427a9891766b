// Forking an exercise (ADR 0012): POST /api/exercises/:code/fork with `X-Control-Key: <key>` and
// {"turn": n, "title"?: "…"} → 201 {exerciseId, code, controlKey, forkedFrom}. The new control key
// is shown this once. 403 BAD_CONTROL_KEY without the key, 404 for an unknown code, 409
// NO_SUCH_TURN for a turn the run has not reached.
import type express from 'express';
import type { Request, Response } from 'express';
import { ForkExerciseRequestSchema } from '@council/shared';
import { forkExercise } from '../game/createExercise';
import { services } from '../services';
import { controlledExercise, sendError } from './controlAccess';

/** Adds the fork route to the API router (mounted at /api). */
export function mountFork(router: express.Router): void {
  router.post('/exercises/:code/fork', async (req: Request, res: Response) => {
    const record = await controlledExercise(req, res, 'fork an exercise');
    if (!record) return;
    const { store, now } = services();
    const parsed = ForkExerciseRequestSchema.safeParse(req.body);
    if (!parsed.success) {
      return sendError(res, 400, 'BAD_REQUEST', parsed.error.issues.map((i) => i.message).join('; '));
    }
    const forked = await forkExercise(store, record, parsed.data.turn, parsed.data.title, now());
    if (!forked.ok) return sendError(res, 409, forked.error.code, forked.error.message);
    res.status(201).set('Cache-Control', 'no-store').json(forked.value);
  });
}
