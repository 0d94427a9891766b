// Parses untrusted scenario data into a Scenario, listing every problem by its JSON path.
import type { z } from 'zod';
import { fieldProblem, type FieldProblem } from '../protocol/invalid';
import { ScenarioSchema, type Scenario } from './schema';

export interface ScenarioProblem {
  readonly path: string;
  readonly message: string;
}

export type ScenarioLoadResult =
  { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] };

export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    '$',
  );
}

export function problemsOf(error: z.ZodError): ScenarioProblem[] {
  return error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
}

/** The scenario's first problem as a refusal's params (the field is its JSON path), or null when it loads. */
export function firstScenarioProblem(data: unknown): FieldProblem | null {
  const parsed = ScenarioSchema.safeParse(data);
  const issue = parsed.success ? undefined : parsed.error.issues[0];
  return issue ? { ...fieldProblem(issue, data), field: jsonPath(issue.path) } : null;
}

export function parseScenario(data: unknown): ScenarioLoadResult {
  const parsed = ScenarioSchema.safeParse(data);
  return parsed.success
    ? { ok: true, scenario: parsed.data }
    : { ok: false, problems: problemsOf(parsed.error) };
}
