// Exercise archives over HTTP (ADR 0021):
//   GET  /api/exercises/:code/archive  with X-Control-Key → the archive file (gzip'd JSON)
//   POST /api/exercises/import         the archive file as the body (any content type but JSON),
//                                      with X-Admin-Key when the installation has an operator key
//                                      → 201 {exerciseId, code, controlKey, title, eventCount}
// A refused import answers 400 (or 422 for a scenario that no longer validates) with a code, and
// stores nothing.
import express, { type Request, type Response } from 'express';
import { joinCode, type ErrorBody, type ErrorCode } from '@council/shared';
import { secretMatches } from '../auth/secrets';
import { services } from '../services';
import { importExercise } from './archive/importExercise';
import { MAX_ARCHIVE_BYTES, writeArchive } from './archive/format';
import { operatorAllows } from './operator';
import { CONTROL_KEY_HEADER } from './review';

const sendError = (res: Response, status: number, code: ErrorCode, message: string): void => {
  const body: ErrorBody = { code, message };
  res.status(status).json(body);
};

/** Adds the archive routes to the API router (mounted at /api). */
export function mountArchive(router: express.Router): void {
  router.get('/exercises/:code/archive', async (req: Request, res: Response) => {
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
        'Only Control can export an exercise: send the control key.',
      );
    }
    const archive = writeArchive(record, await store.storedLog(record.id), now());
    res
      .status(200)
      .set({
        'Content-Type': 'application/gzip',
        'Content-Disposition': `attachment; filename="${record.code}.crisis-council.json.gz"`,
        'Cache-Control': 'no-store',
      })
      .send(archive);
  });

  router.post(
    '/exercises/import',
    (req, res, next) => (operatorAllows(req, res) ? next() : undefined),
    express.raw({
      type: (req) => !/json/i.test(req.headers['content-type'] ?? ''),
      limit: MAX_ARCHIVE_BYTES,
    }),
    async (req: Request, res: Response) => {
      if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
        return sendError(res, 400, 'ARCHIVE_FOREIGN', 'Send the archive file as the request body.');
      }
      const { store, now } = services();
      const imported = await importExercise(store, req.body, now());
      if (!imported.ok) {
        const status = imported.error.code === 'ARCHIVE_SCENARIO_INVALID' ? 422 : 400;
        return sendError(res, status, imported.error.code, imported.error.message);
      }
      res.status(201).set('Cache-Control', 'no-store').json(imported.value);
    },
  );
}
