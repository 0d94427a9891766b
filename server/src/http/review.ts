// The after-action review over HTTP (ADR 0007). Under /api/exercises/:code/review/:
//   <file>          log.json, <table>.csv, workbook.xlsx, report.html (with the last delay-cost analysis)
//                   — Control (X-Control-Key), or a seat (X-Seat-Token) once Control has unlocked the
//                   full record
//   events.json     ?from=N: the log's tail from N, for a review that is open while the game runs
//   seat.json       a seat's own review: its timeline and the measures as it saw them
//   view/:seq       the viewer's view at a moment (Control all of it, a seat only its own)
//   delay-cost      POST starts "what your Council's delay cost" (a worker thread), GET …/:id its progress,
//                   GET the last one stored
// and POST /api/review/compare {runs: [{code, key}]}: several runs of one scenario side by side.
import type express from 'express';
import type { Response } from 'express';
import { z } from 'zod';
import { joinCode, own, type GameEvent } from '@council/shared';
import { secretMatches } from '../auth/secrets';
import { services } from '../services';
import { readerOf, type Reader } from './review/access';
import { mountDelayCost } from './review/delayCost';
import { REVIEW_FILES } from './review/files';
import { LogCache } from './review/logCache';
import { replayer } from './review/replayer';
import type { ReplayAnswer } from './review/replayWork';
import { recordOf, sendError } from './review/reply';

export { CONTROL_KEY_HEADER, SEAT_TOKEN_HEADER } from './review/access';

/** Each exercise's log, read from the store only from where the last request left off. */
const logs = new LogCache(() => services().store);

/** A JSON answer the replay worker already serialised. */
const sendJson = (res: Response, answer: ReplayAnswer): void => {
  if (answer.kind !== 'json') throw new Error(`the replay worker answered ${answer.kind}`);
  res.set('Cache-Control', 'no-store').type('application/json').send(answer.body);
};

/** The exercise's last stored delay-cost analysis and how many events of the log it read. */
async function lastDelayCost(exerciseId: string) {
  const last = await services().store.analyses.latest(exerciseId);
  return last ? { result: last.result, logLength: last.logLength } : null;
}

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
    const from = Number(req.query.from ?? 0);
    if (!Number.isInteger(from) || from < 0)
      return sendError(res, 400, 'BAD_REQUEST', 'from is a sequence number.');
    const { events, redacted } = await logs.read(record.id);
    if (!fullRecordOrRefuse(await readerOf(req, record, events), res)) return;
    // The same redaction as log.json (visibility/redact), done once per event.
    res
      .set('Cache-Control', 'no-store')
      .json({ from, lastSeq: events.length - 1, events: redacted.slice(from) });
  });

  router.get('/exercises/:code/review/seat.json', async (req, res) => {
    const record = await recordOf(req, res);
    if (!record) return;
    const { events } = await logs.read(record.id);
    const reader = await readerOf(req, record, events);
    if (reader.kind !== 'seat')
      return sendError(res, 403, 'BAD_SEAT_TOKEN', 'Send the seat token of your seat.');
    // The timeline's labels speak the reader's language (`?lang=fr`); anything else is English (ADR 0029).
    const locale = req.query.lang === 'fr' ? 'fr' : 'en';
    const op = { kind: 'seat', seatId: reader.seatId, unlocked: reader.unlocked, locale } as const;
    sendJson(res, await replayer.ask(record.id, events, op));
  });

  router.get('/exercises/:code/review/view/:seq', async (req, res) => {
    const record = await recordOf(req, res);
    if (!record) return;
    const { events } = await logs.read(record.id);
    const reader = await readerOf(req, record, events);
    if (reader.kind === 'nobody') return sendError(res, 403, 'BAD_CONTROL_KEY', DENIED);
    const seq = Number(req.params.seq);
    if (!Number.isInteger(seq) || seq < 0 || seq >= events.length) {
      return sendError(
        res,
        404,
        'NO_SUCH_MOMENT',
        `There is no moment ${String(req.params.seq)} in this log.`,
        { reason: 'notInLog' },
      );
    }
    const actor =
      reader.kind === 'control'
        ? { seatId: null, isControl: true }
        : { seatId: reader.seatId, isControl: false };
    sendJson(res, await replayer.ask(record.id, events, { kind: 'view', seq, actor }));
  });

  router.get('/exercises/:code/review/:file', async (req, res) => {
    const name = String(req.params.file);
    if (!own(REVIEW_FILES, name)) return sendError(res, 404, 'BAD_REQUEST', 'No such review export.');
    const record = await recordOf(req, res);
    if (!record) return;
    const { events } = await logs.read(record.id);
    if (!fullRecordOrRefuse(await readerOf(req, record, events), res)) return;
    const file = await replayer.ask(record.id, events, {
      kind: 'file',
      name,
      now: services().now().toISOString(),
      // The export speaks the language Control asked for; anything else is English (ADR 0029).
      locale: req.query.lang === 'fr' ? 'fr' : 'en',
      // The report embeds the review's last delay-cost analysis: it is for the same readers.
      extras: name === 'report.html' ? { delayCost: await lastDelayCost(record.id) } : {},
    });
    if (file.kind !== 'file') throw new Error(`the replay worker answered ${file.kind}`);
    res
      .status(200)
      .set('Content-Type', file.type)
      .set('Cache-Control', 'no-store')
      .set('Content-Disposition', `attachment; filename="${record.code}-${name}"`)
      .send(typeof file.body === 'string' ? file.body : Buffer.from(file.body));
  });

  router.post('/review/compare', async (req, res) => {
    const parsed = CompareRequest.safeParse(req.body);
    if (!parsed.success) {
      return sendError(res, 400, 'BAD_REQUEST', parsed.error.issues.map((i) => i.message).join('; '));
    }
    const runs: (readonly GameEvent[])[] = [];
    for (const { code, key } of parsed.data.runs) {
      const record = await services().store.findByCode(code);
      if (!record)
        return sendError(res, 404, 'NO_SUCH_EXERCISE', `No exercise has the code ${code}.`, {
          reason: 'code',
          code,
        });
      if (!secretMatches(key, record.controlKeyHash)) {
        return sendError(res, 403, 'BAD_CONTROL_KEY', `The control key for ${code} is not right.`, {
          reason: 'code',
          code,
        });
      }
      runs.push((await logs.read(record.id)).events);
    }
    const scenarios = new Set(
      runs.map((log) => (log[0]?.type === 'exerciseCreated' ? log[0].scenario.id : '')),
    );
    if (scenarios.size !== 1) {
      return sendError(res, 400, 'BAD_REQUEST', 'Compare runs of one scenario: these are of several.');
    }
    sendJson(res, await replayer.compare(runs));
  });
}
