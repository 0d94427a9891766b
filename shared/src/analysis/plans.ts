// A response plan as the forces rules read it: the authority its decisions give, and when US consent comes.
import { authorityFromFlags } from '../engine/forces/authority';
import { NO_AUTHORITY, type ForcesAuthority } from '../forces/index';
import { FLAGS, type Flag } from '../model/effects';
import type { CatalogueItem } from '../scenario/schema';
import type { AssumptionValues } from './assumptions';
import type { ResponsePlan } from './schema';

/** The flags the plan's catalogue decisions set, as forces authority (US consent as the plan says). */
export function planAuthority(plan: ResponsePlan, catalogue: readonly CatalogueItem[]): ForcesAuthority {
  const flags = Object.fromEntries(FLAGS.map((f) => [f, false])) as Record<Flag, boolean>;
  for (const decision of plan.decisions) {
    const item = catalogue.find((c) => c.id === decision);
    for (const e of item?.effects ?? []) if (e.kind === 'flag') flags[e.flag] = e.value;
  }
  return authorityFromFlags(flags, plan.usConsent);
}

/** When each part of a response takes effect, in game hours from the scenario's start. */
export interface ResponseTiming {
  readonly decisionHour: number;
  /** Hour the US consents to SACEUR moving its forces; null if it never does. */
  readonly usConsentHour: number | null;
  readonly hostMobilisationHour: number;
}

export function responseTiming(
  plan: ResponsePlan,
  values: AssumptionValues,
  decisionHour: number,
): ResponseTiming {
  const participation = values['us-participation'];
  const delay = participation === 'delayed' ? Number(values['us-delay-days']) * 24 : 0;
  return {
    decisionHour,
    usConsentHour: plan.usConsent && participation !== 'withheld' ? decisionHour + delay : null,
    hostMobilisationHour: Number(values['host-mobilisation-hour']),
  };
}

/** The authority in force at `hour`: nothing before the decision, the plan's after it. */
export function authorityAt(plan: ForcesAuthority, timing: ResponseTiming, hour: number): ForcesAuthority {
  if (hour < timing.decisionHour) return NO_AUTHORITY;
  const consent = timing.usConsentHour !== null && hour >= timing.usConsentHour;
  return plan.usConsent === consent ? plan : { ...plan, usConsent: consent };
}
