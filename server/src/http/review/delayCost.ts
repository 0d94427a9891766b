// The review's "what your Council's delay cost" (ADR 0020, 0027): POST starts the analysis of a played
// exercise in a worker thread (or answers the one already stored for this log length and seeds);
// GET …/:id reports its progress and, once done, the curve; GET without an id answers the last one
// stored, so the panel shows it after a restart and on any process. Only a reader of the whole record
// may ask (Control, or a seat once Control has unlocked it).
import type express from 'express';
import type { Request, Response } from 'express';
import { delayCostJob, statedAssumptions } from '@council/shared';
import { services } from '../../services';
import { delayCostStatus, startDelayCost, storedStatus } from '../../analysis/delayCostJobs';
import { loaded, readerIn } from './access';
import { recordOf, sendError } from './reply';

export const DELAY_COST_SEEDS = 200;
export const DELAY_COST_MAX_SEEDS = 1000;
export const DELAY_COST_BUDGET_MS = 60_000;

const NOT_ALLOWED =
  'What the delay cost is worked out from the whole record: Control may ask, or a seat once Control has opened the record.';

/** The exercise and its replayed log, for a reader of the whole record; else null, an error sent. */
async function forWholeRecord(req: Request, res: Response) {
  const record = await recordOf(req, res);
  if (!record) return null;
  const log = loaded(record.id, await services().store.events(record.id));
  const reader = readerIn(req, record, log.state);
  if (!(reader.kind === 'control' || (reader.kind === 'seat' && reader.unlocked))) {
    sendError(res, 403, 'NOT_ALLOWED', NOT_ALLOWED);
    return null;
  }
  return { record, ...log };
}

export function mountDelayCost(router: express.Router): void {
  router.post('/exercises/:code/review/delay-cost', async (req, res) => {
    const found = await forWholeRecord(req, res);
    if (!found) return;
    const { record, events, states, state } = found;
    const seeds = Number(req.query.seeds ?? DELAY_COST_SEEDS);
    if (!Number.isInteger(seeds) || seeds < 1 || seeds > DELAY_COST_MAX_SEEDS)
      return sendError(
        res,
        400,
        'BAD_REQUEST',
        `seeds is a whole number from 1 to ${DELAY_COST_MAX_SEEDS}.`,
        {
          reason: 'seeds',
          max: DELAY_COST_MAX_SEEDS,
        },
      );
    const stored = events[0]?.type === 'exerciseCreated' ? events[0].assumptions : undefined;
    const job = delayCostJob(states, stored);
    if (typeof job === 'string') return sendError(res, 400, 'BAD_REQUEST', job);
    const assumptions = statedAssumptions(state.scenario, job.assumptions);
    const extra = { assumptions, clocks: state.scenario.clocks ?? [] };
    // The same log read with the same seeds has the same answer: the one stored, from any process.
    const made = await services().store.analyses.at(record.id, events.length, seeds);
    if (made)
      return res
        .status(202)
        .set('Cache-Control', 'no-store')
        .json({ ...storedStatus(made), ...extra });
    const parameters = {
      seeds,
      budgetMs: DELAY_COST_BUDGET_MS,
      decisionHour: job.decisionHour,
      hours: job.hours,
      decisions: job.plan.decisions,
    };
    const status = startDelayCost(record.id, events.length, job, seeds, DELAY_COST_BUDGET_MS, (done) =>
      services().store.analyses.save({
        id: done.id,
        exerciseId: record.id,
        logLength: events.length,
        seeds,
        stoppedEarly: done.stoppedEarly,
        parameters,
        result: done.result,
        finishedAt: services().now().toISOString(),
      }),
    );
    if (!status)
      return sendError(res, 429, 'RATE_LIMITED', 'Another analysis is running: try again in a minute.');
    res
      .status(202)
      .set('Cache-Control', 'no-store')
      .json({ ...status, ...extra });
  });

  router.get('/exercises/:code/review/delay-cost', async (req, res) => {
    const found = await forWholeRecord(req, res);
    if (!found) return;
    const last = await services().store.analyses.latest(found.record.id);
    res.set('Cache-Control', 'no-store').json({
      analysis: last
        ? {
            ...storedStatus(last),
            assumptions: last.result.curve.assumptions,
            clocks: last.result.curve.clocks,
            logLength: last.logLength,
            recordLength: found.events.length,
          }
        : null,
    });
  });

  router.get('/exercises/:code/review/delay-cost/:id', async (req, res) => {
    const found = await forWholeRecord(req, res);
    if (!found) return;
    const id = String(req.params.id);
    const status =
      delayCostStatus(found.record.id, id) ??
      (await services()
        .store.analyses.byId(found.record.id, id)
        .then((a) => a && storedStatus(a)));
    if (!status) return sendError(res, 404, 'BAD_REQUEST', 'No such analysis: start it again.');
    res.set('Cache-Control', 'no-store').json(status);
  });
}
