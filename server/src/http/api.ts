// The few HTTP endpoints the lobby needs before a player joins a room: scenarios, create, look up a code.
import express, { type Request, type Response, type NextFunction } from 'express';
import {
  CreateExerciseRequestSchema,
  exerciseAssumptions,
  nameIssue,
  checkVariant,
  inputProblem,
  variantsOf,
  PROTOCOL_VERSION,
  joinCode,
  type ScenarioSummary,
} from '@council/shared';
import { createExercise } from '../game/createExercise';
import { sendError, sendRejection } from './controlAccess';
import { oneLine } from '../faults';
import { services } from '../services';
import { mountArchive } from './archive';
import { mountFork } from './fork';
import { mountOperator, operatorAllows } from './operator';
import { HttpLimiter } from './rateLimit';
import { mountReview } from './review';

export function apiRouter(): express.Router {
  const router = express.Router();
  // Requests that cost real work are counted per address before anything else is done for them.
  const limiter = new HttpLimiter(() => services().httpRate);
  router.post('/exercises', limiter.guard('create'));
  router.post('/exercises/import', limiter.guard('create'));
  router.get('/exercises/:code/archive', limiter.guard('review'));
  router.post('/exercises/:code/fork', limiter.guard('fork'));
  router.get('/exercises/:code/review/*rest', limiter.guard('review'));
  router.post('/exercises/:code/review/*rest', limiter.guard('review'));
  router.post('/review/compare', limiter.guard('compare'));
  router.use(express.json({ limit: '16kb' }));
  // A JSON body is checked before any handler reads it: PostgreSQL stores no NUL (ADR 0015).
  router.use((req, res, next) => {
    const body: unknown = req.body;
    const problem = body === undefined || Buffer.isBuffer(body) ? null : inputProblem(body, 'body');
    if (problem)
      return sendError(res, 400, 'BAD_REQUEST', `The request is not valid (${problem}).`, {
        reason: 'invalid',
      });
    next();
  });

  router.get('/scenarios', (_req, res) => {
    const list: ScenarioSummary[] = [...services().catalogue.scenarios.values()].map((s) => ({
      id: s.id,
      title: s.title,
      summary: s.summary,
      seatCount: s.seats.length,
      variants: variantsOf(s),
      ...(s.assumptions?.length ? { assumptions: s.assumptions } : {}),
    }));
    res.json(list);
  });

  router.post('/exercises', async (req, res) => {
    if (!operatorAllows(req, res)) return;
    const version = (req.body as { protocolVersion?: unknown } | undefined)?.protocolVersion;
    if (version !== PROTOCOL_VERSION) {
      return sendError(
        res,
        426,
        'PROTOCOL_MISMATCH',
        `This server speaks protocol ${PROTOCOL_VERSION}; reload the page to update your client.`,
        { reason: 'reload' },
      );
    }
    const parsed = CreateExerciseRequestSchema.safeParse(req.body);
    if (!parsed.success) {
      const name = nameIssue(parsed.error.issues);
      if (name) return sendError(res, 400, name.code, name.message);
      return sendError(res, 400, 'BAD_REQUEST', parsed.error.issues.map((i) => i.message).join('; '));
    }
    const { catalogue, store, now } = services();
    const scenario = catalogue.scenarios.get(parsed.data.scenarioId);
    if (!scenario)
      return sendError(res, 404, 'NO_SUCH_SCENARIO', `There is no scenario "${parsed.data.scenarioId}".`, {
        reason: 'unknown',
        scenarioId: parsed.data.scenarioId,
      });
    const badVariant = checkVariant(scenario, parsed.data.variant);
    if (badVariant) return sendRejection(res, 400, badVariant);
    const assumed = exerciseAssumptions(scenario.assumptions, parsed.data.assumptions);
    if (!assumed.ok) return sendRejection(res, 400, assumed.rejection);
    const created = await createExercise(store, scenario, parsed.data.title, now(), {
      variant: parsed.data.variant,
      assumptions: assumed.values,
    });
    res.status(201).json(created);
  });

  router.get('/exercises/:code', async (req, res) => {
    const code = joinCode.safeParse(req.params.code);
    if (!code.success) return sendError(res, 400, 'BAD_REQUEST', 'A join code is 6 letters or digits.');
    const record = await services().store.findByCode(code.data);
    if (!record)
      return sendError(res, 404, 'NO_SUCH_EXERCISE', `No exercise has the code ${code.data}.`, {
        reason: 'code',
        code: code.data,
      });
    const scenario = services().catalogue.scenarios.get(record.scenarioId);
    res.json({
      exerciseId: record.id,
      code: record.code,
      title: record.title,
      scenario: { id: record.scenarioId, title: scenario?.title ?? record.scenarioId },
    });
  });

  mountReview(router);
  mountFork(router);
  mountArchive(router);
  mountOperator(router);
  router.use((_req, res) => sendError(res, 404, 'BAD_REQUEST', 'No such API endpoint.'));
  // Malformed JSON and any unexpected failure still answer with a code and a message.
  router.use(
    (error: Error & { type?: string; status?: number }, req: Request, res: Response, _next: NextFunction) => {
      if (error.type === 'entity.too.large')
        return sendError(res, 413, 'MESSAGE_TOO_LARGE', 'The request is too large.');
      if (error.type === 'entity.parse.failed')
        return sendError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
      // The router's own refusals, such as a path whose percent-encoding does not decode.
      if (error.status !== undefined && error.status >= 400 && error.status < 500)
        return sendError(res, 400, 'BAD_REQUEST', 'The request is malformed.');
      console.error(`api: ${req.method} ${req.path.slice(0, 80)} failed: ${oneLine(error)}`);
      sendError(res, 500, 'INTERNAL_ERROR', 'The server failed to answer; nothing was changed.');
    },
  );
  return router;
}
