// The after-action review over HTTP (ADR 0007). Under /api/exercises/:code/review/:
//   <file>          log.json, <table>.csv, workbook.xlsx, report.html — Control (X-Control-Key), or a
//                   seat (X-Seat-Token) once Control has unlocked the full record
//   events.json     ?from=N: the log's tail from N, for a review that is open while the game runs
//   seat.json       a seat's own review: its timeline and the measures as it saw them
//   view/:seq       the viewer's view at a moment (Control all of it, a seat only its own)
//   delay-cost      POST starts "what your Council's delay cost" (a worker thread), GET …/:id its progress
// and POST /api/review/compare {runs: [{code, key}]}: several runs of one scenario side by side.
import type express from 'express';
import type { Response } from 'express';
import { z } from 'zod';
import { compareRuns, exportJson, joinCode, own, seatReview, viewFor, type GameEvent } from '@council/shared';
import { secretMatches } from '../auth/secrets';
import { services } from '../services';
import { loaded, readerOf, type Reader } from './review/access';
import { mountDelayCost } from './review/delayCost';
import { REVIEW_FILES } from './review/files';
import { recordOf, sendError } from './review/reply';

export { CONTROL_KEY_HEADER, SEAT_TOKEN_HEADER } from './review/access';

/** Presence is the live room's business: a moment of the past has nobody connected. */
const NOBODY = { connectedSeats: new Set<string>(), controlConnections: 0 };

const DENIED = 'The review is for Control (send the control key) or a seat (send its seat token).';

function fullRecordOrRefuse(reader: Reader, res: Response): boolean {
  if (reader.kind === 'control' || (reader.kind === 'seat' && reader.unlocked)) return true;
  if (reader.kind === 'seat') {
    sendError(
      res,
      403,
      'REVIEW_LOCKED',
      'Control has not opened the full record yet: your own review is open.',
    );
  } else sendError(res, 403, 'BAD_CONTROL_KEY', DENIED);
  return false;
}

const CompareRequest = z.object({
  runs: z
    .array(z.object({ code: joinCode, key: z.string().min(1).max(200) }))
    .min(1)
    .max(8),
});

/** Adds the review routes to the API router (mounted at /api). */
export function mountReview(router: express.Router): void {
  mountDelayCost(router);
  router.get('/exercises/:code/review/events.json', async (req, res) => {
    const record = await recordOf(req, res);
    if (!record) return;
    const { events, state } = loaded(record.id, await services().store.events(record.id));
    if (!fullRecordOrRefuse(readerOf(req, record, state), res)) return;
    const from = Number(req.query.from ?? 0);
    if (!Number.isInteger(from) || from < 0)
      return sendError(res, 400, 'BAD_REQUEST', 'from is a sequence number.');
    // exportJson redacts the seat hashes; the tail is cut from it so the same rule holds.
    const tail = exportJson(events).events.slice(from);
    res.set('Cache-Control', 'no-store').json({ from, lastSeq: events.length - 1, events: tail });
  });

  router.get('/exercises/:code/review/seat.json', async (req, res) => {
    const record = await recordOf(req, res);
    if (!record) return;
    const { events, states, state } = loaded(record.id, await services().store.events(record.id));
    const reader = readerOf(req, record, state);
    if (reader.kind !== 'seat')
      return sendError(res, 403, 'BAD_SEAT_TOKEN', 'Send the seat token of your seat.');
    res.set('Cache-Control', 'no-store').json(seatReview(events, reader.seatId, reader.unlocked, states));
  });

  router.get('/exercises/:code/review/view/:seq', async (req, res) => {
    const record = await recordOf(req, res);
    if (!record) return;
    const { events, states, state } = loaded(record.id, await services().store.events(record.id));
    const reader = readerOf(req, record, state);
    if (reader.kind === 'nobody') return sendError(res, 403, 'BAD_CONTROL_KEY', DENIED);
    const seq = Number(req.params.seq);
    if (!Number.isInteger(seq) || seq < 0 || seq >= events.length) {
      return sendError(
        res,
        404,
        'NO_SUCH_MOMENT',
        `There is no moment ${String(req.params.seq)} in this log.`,
      );
    }
    const actor =
      reader.kind === 'control'
        ? { seatId: null, isControl: true }
        : { seatId: reader.seatId, isControl: false };
    res.set('Cache-Control', 'no-store').json(viewFor(states[seq]!, actor, NOBODY));
  });

  router.get('/exercises/:code/review/:file', async (req, res) => {
    const make = own(REVIEW_FILES, String(req.params.file));
    if (!make) return sendError(res, 404, 'BAD_REQUEST', 'No such review export.');
    const record = await recordOf(req, res);
    if (!record) return;
    const { events, state } = loaded(record.id, await services().store.events(record.id));
    if (!fullRecordOrRefuse(readerOf(req, record, state), res)) return;
    const { body, type } = make(events, services().now());
    res
      .status(200)
      .set('Content-Type', type)
      .set('Cache-Control', 'no-store')
      .set('Content-Disposition', `attachment; filename="${record.code}-${String(req.params.file)}"`)
      .send(typeof body === 'string' ? body : Buffer.from(body));
  });

  router.post('/review/compare', async (req, res) => {
    const parsed = CompareRequest.safeParse(req.body);
    if (!parsed.success) {
      return sendError(res, 400, 'BAD_REQUEST', parsed.error.issues.map((i) => i.message).join('; '));
    }
    const logs: GameEvent[][] = [];
    for (const { code, key } of parsed.data.runs) {
      const record = await services().store.findByCode(code);
      if (!record) return sendError(res, 404, 'NO_SUCH_EXERCISE', `No exercise has the code ${code}.`);
      if (!secretMatches(key, record.controlKeyHash)) {
        return sendError(res, 403, 'BAD_CONTROL_KEY', `The control key for ${code} is not right.`);
      }
      logs.push(await services().store.events(record.id));
    }
    const scenarios = new Set(
      logs.map((log) => (log[0]?.type === 'exerciseCreated' ? log[0].scenario.id : '')),
    );
    if (scenarios.size !== 1) {
      return sendError(res, 400, 'BAD_REQUEST', 'Compare runs of one scenario: these are of several.');
    }
    res.set('Cache-Control', 'no-store').json(compareRuns(logs));
  });
}
