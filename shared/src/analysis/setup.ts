// From a scenario, a plan and the assumptions in force to what a run needs.
import type { ForcesAuthority, ForcesScenario } from '../forces/index';
import type { Scenario } from '../scenario/schema';
import { applyAssumptions, type AssumptionValues } from './assumptions';
import { planAuthority, responseTiming, type ResponseTiming } from './plans';
import type { RunSetup } from './run';
import type { ResponsePlan } from './schema';

export interface AnalysisInput {
  readonly scenario: Scenario;
  readonly variant: string;
  readonly planId: string;
  readonly assumptions: AssumptionValues;
  readonly days?: number;
}

export interface Analysis {
  readonly setup: RunSetup;
  readonly plan: ResponsePlan;
  readonly assumptions: AssumptionValues;
  /** The response's timing when the Council decides at `decisionHour`. */
  timing(decisionHour: number): ResponseTiming;
}

/** The analysis of one plan under one set of assumptions; throws if the scenario has no plans or forces. */
export function analysisOf(input: AnalysisInput): Analysis {
  const { scenario } = input;
  const forces = scenario.forces;
  const plans = scenario.responsePlans;
  if (!forces || !plans) throw new Error(`${scenario.id} has no forces or response plans`);
  const plan = plans.plans.find((p) => p.id === input.planId);
  if (!plan) throw new Error(`${scenario.id} has no response plan "${input.planId}"`);
  return analysisWith(scenario, plan, applyAssumptions(forces, input.assumptions), input);
}

/** The analysis of a plan given as is (e.g. the decisions a played Council adopted). */
export function analysisWith(
  scenario: Scenario,
  plan: ResponsePlan,
  forces: ForcesScenario,
  input: { variant: string; assumptions: AssumptionValues; days?: number | undefined },
  authority: ForcesAuthority = planAuthority(plan, scenario.catalogue),
): Analysis {
  const setup: RunSetup = {
    forces,
    variant: input.variant,
    plan: authority,
    destinations: new Map((scenario.responsePlans?.destinations ?? []).map((d) => [d.unit, d.to])),
    days: input.days ?? 28,
    turnHours: 12,
  };
  return {
    setup,
    plan,
    assumptions: input.assumptions,
    timing: (decisionHour) => responseTiming(plan, input.assumptions, decisionHour),
  };
}
