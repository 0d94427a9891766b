// Exercise archives over HTTP (ADR 0021):
//   GET  /api/exercises/:code/archive  with X-Control-Key → the archive file (gzip'd JSON)
//   POST /api/exercises/import         the archive file as the body (any content type but JSON),
//                                      with X-Admin-Key when the installation has an operator key
//                                      → 201 {exerciseId, code, controlKey, title, eventCount}
//   DELETE /api/exercises/:code        with X-Control-Key, and X-Admin-Key when the installation has
//                                      one → 204: the exercise's room is closed and its records removed
// A refused import answers 400 (or 422 for a scenario that no longer validates) with a code, and
// stores nothing.
import { matchMaker } from '@colyseus/core';
import express, { type Request, type Response } from 'express';
import { EXERCISE_ROOM } from '@council/shared';
import { services } from '../services';
import { importExercise } from './archive/importExercise';
import { MAX_ARCHIVE_BYTES, writeArchive } from './archive/format';
import { controlledExercise, sendError, sendRejection } from './controlAccess';
import { operatorAllows } from './operator';

/** Adds the archive routes to the API router (mounted at /api). */
export function mountArchive(router: express.Router): void {
  router.get('/exercises/:code/archive', async (req: Request, res: Response) => {
    const record = await controlledExercise(req, res, 'export an exercise');
    if (!record) return;
    const { store, now } = services();
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

  router.delete('/exercises/:code', async (req: Request, res: Response) => {
    if (!operatorAllows(req, res)) return;
    const record = await controlledExercise(req, res, 'delete an exercise');
    if (!record) return;
    // Whoever is in the exercise's room (on any process) is disconnected before the records go.
    for (const room of await matchMaker.query({ name: EXERCISE_ROOM, code: record.code } as never)) {
      await matchMaker.remoteRoomCall(room.roomId, 'disconnect').catch(() => undefined);
    }
    await services().store.delete(record.id);
    res.status(204).end();
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
        return sendRejection(res, status, imported.error);
      }
      res.status(201).set('Cache-Control', 'no-store').json(imported.value);
    },
  );
}
