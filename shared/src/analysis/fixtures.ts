// The Baltic scenario, parsed once, and an analysis of one of its plans, for tests.
import baltic from '../../../scenarios/baltic-tripwire.json';
import { parseScenario } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import { defaultAssumptions, type AssumptionValues } from './assumptions';
import { analysisOf, type Analysis } from './setup';

let parsed: Scenario | null = null;

export function balticScenario(): Scenario {
  if (!parsed) {
    const result = parseScenario(baltic);
    if (!result.ok) throw new Error(`baltic-tripwire.json: ${JSON.stringify(result.problems.slice(0, 3))}`);
    parsed = result.scenario;
  }
  return parsed;
}

export function balticAnalysis(
  planId: string,
  overrides: Partial<AssumptionValues> = {},
  variant = '2016',
  days = 28,
): Analysis {
  const scenario = balticScenario();
  const assumptions = { ...defaultAssumptions(scenario.assumptions ?? []), ...overrides } as AssumptionValues;
  return analysisOf({ scenario, variant, planId, assumptions, days });
}
