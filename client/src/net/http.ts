// The HTTP half of the server contract: scenarios, creating an exercise, looking up a code.
import {
  PROTOCOL_VERSION,
  type CreateExerciseRequest,
  type CreateExerciseResponse,
  type ScenarioSummary,
} from '@council/shared';
import type { ExerciseSummary, Outcome } from '../store/types';
import { parseErrorBody } from './errors';

async function call<T>(
  baseUrl: string,
  path: string,
  init?: RequestInit,
  extraHeaders: Record<string, string> = {},
): Promise<Outcome<T>> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${path}`, {
      ...init,
      headers: {
        Accept: 'application/json',
        ...(init?.body ? { 'Content-Type': 'application/json' } : {}),
        ...extraHeaders,
      },
    });
  } catch (error) {
    return {
      ok: false,
      error: { code: 'NETWORK', message: error instanceof Error ? error.message : String(error) },
    };
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) return { ok: false, error: parseErrorBody(body, response.status) };
  if (body === null) return { ok: false, error: { code: 'NETWORK', message: 'The server sent no data.' } };
  return { ok: true, value: body as T };
}

export function createHttpApi(baseUrl: string) {
  return {
    listScenarios: () => call<ScenarioSummary[]>(baseUrl, '/api/scenarios'),
    createExercise(
      scenarioId: string,
      title: string,
      variant?: string,
      operatorKey?: string,
      assumptions?: Readonly<Record<string, string | number>>,
    ) {
      const request: CreateExerciseRequest = {
        protocolVersion: PROTOCOL_VERSION,
        scenarioId,
        title,
        ...(variant ? { variant } : {}),
        ...(assumptions ? { assumptions: { ...assumptions } } : {}),
      };
      return call<CreateExerciseResponse>(
        baseUrl,
        '/api/exercises',
        { method: 'POST', body: JSON.stringify(request) },
        operatorKey ? { 'X-Admin-Key': operatorKey } : {},
      );
    },
    findExercise: (code: string) =>
      call<ExerciseSummary>(baseUrl, `/api/exercises/${encodeURIComponent(code)}`),
  };
}
