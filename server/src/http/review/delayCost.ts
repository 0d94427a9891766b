// The review's "what your Council's delay cost" (ADR 0020): POST starts the analysis of a played
// exercise in a worker thread; GET …/:id reports its progress and, once done, the curve. Only a
// reader of the whole record may ask (Control, or a seat once Control has unlocked it).
import type express from 'express';
import { delayCostJob, statedAssumptions } from '@council/shared';
import { services } from '../../services';
import { delayCostStatus, startDelayCost } from '../../analysis/delayCostJobs';
import { loaded, readerIn } from './access';
import { recordOf, sendError } from './reply';

export const DELAY_COST_SEEDS = 200;
export const DELAY_COST_MAX_SEEDS = 1000;
export const DELAY_COST_BUDGET_MS = 60_000;

const NOT_ALLOWED =
  'What the delay cost is worked out from the whole record: Control may ask, or a seat once Control has opened the record.';

export function mountDelayCost(router: express.Router): void {
  router.post('/exercises/:code/review/delay-cost', async (req, res) => {
    const record = await recordOf(req, res);
    if (!record) return;
    const { events, states, state } = loaded(record.id, await services().store.events(record.id));
    const reader = readerIn(req, record, state);
    if (!(reader.kind === 'control' || (reader.kind === 'seat' && reader.unlocked)))
      return sendError(res, 403, 'NOT_ALLOWED', NOT_ALLOWED);
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
    const status = startDelayCost(record.id, events.length, job, seeds, DELAY_COST_BUDGET_MS);
    if (!status)
      return sendError(res, 429, 'RATE_LIMITED', 'Another analysis is running: try again in a minute.');
    const assumptions = statedAssumptions(state.scenario, job.assumptions);
    res
      .status(202)
      .set('Cache-Control', 'no-store')
      .json({ ...status, assumptions, clocks: state.scenario.clocks ?? [] });
  });

  router.get('/exercises/:code/review/delay-cost/:id', async (req, res) => {
    const record = await recordOf(req, res);
    if (!record) return;
    const { state } = loaded(record.id, await services().store.events(record.id));
    const reader = readerIn(req, record, state);
    if (!(reader.kind === 'control' || (reader.kind === 'seat' && reader.unlocked)))
      return sendError(res, 403, 'NOT_ALLOWED', NOT_ALLOWED);
    const status = delayCostStatus(record.id, String(req.params.id));
    if (!status) return sendError(res, 404, 'BAD_REQUEST', 'No such analysis: start it again.');
    res.set('Cache-Control', 'no-store').json(status);
  });
}
