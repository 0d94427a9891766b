// After-action exports for Control: the whole log as JSON and CSV tables, behind the control key.
// GET /api/exercises/:code/review/{log.json,messages.csv,decisions.csv,measures.csv}
// with the header `X-Control-Key: <key>`; 403 BAD_CONTROL_KEY without it, 404 for an unknown code.
import type express from 'express';
import type { Request, Response } from 'express';
import {
  decisionsCsv,
  exportJson,
  joinCode,
  measuresCsv,
  measuresSeries,
  messagesCsv,
  replay,
  type ErrorBody,
  type ErrorCode,
  type GameEvent,
} from '@council/shared';
import { secretMatches } from '../auth/secrets';
import { services } from '../services';

export const CONTROL_KEY_HEADER = 'x-control-key';

const sendError = (res: Response, status: number, code: ErrorCode, message: string): void => {
  const body: ErrorBody = { code, message };
  res.status(status).json(body);
};

type Export = (events: GameEvent[]) => { readonly body: string; readonly type: string };

const csv = (body: string) => ({ body, type: 'text/csv; charset=utf-8; header=present' });

export const REVIEW_EXPORTS: Readonly<Record<string, Export>> = {
  'log.json': (events) => ({
    body: JSON.stringify(exportJson(events), null, 1),
    type: 'application/json; charset=utf-8',
  }),
  'messages.csv': (events) => csv(messagesCsv(replay(events))),
  'decisions.csv': (events) => csv(decisionsCsv(replay(events))),
  'measures.csv': (events) => csv(measuresCsv(measuresSeries(events))),
};

/** Adds the review routes to the API router (mounted at /api). */
export function mountReview(router: express.Router): void {
  router.get('/exercises/:code/review/:file', async (req: Request, res: Response) => {
    const make = Object.hasOwn(REVIEW_EXPORTS, String(req.params.file))
      ? REVIEW_EXPORTS[String(req.params.file)]
      : undefined;
    if (!make) return sendError(res, 404, 'BAD_REQUEST', 'No such review export.');
    const code = joinCode.safeParse(req.params.code);
    if (!code.success) return sendError(res, 400, 'BAD_REQUEST', 'A join code is 6 letters or digits.');
    const { store } = services();
    const record = await store.findByCode(code.data);
    if (!record) return sendError(res, 404, 'NO_SUCH_EXERCISE', `No exercise has the code ${code.data}.`);
    const key = req.get(CONTROL_KEY_HEADER);
    if (!key || !secretMatches(key, record.controlKeyHash)) {
      return sendError(res, 403, 'BAD_CONTROL_KEY', 'The review is for Control: send the control key.');
    }
    const { body, type } = make(await store.events(record.id));
    res
      .status(200)
      .set('Content-Type', type)
      .set('Cache-Control', 'no-store')
      .set('Content-Disposition', `attachment; filename="${record.code}-${String(req.params.file)}"`)
      .send(body);
  });
}
