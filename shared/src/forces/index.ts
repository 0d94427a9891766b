// Public surface of the forces rules: what the root engine, server, client and scripts may use.
export * from './vocabulary';
export * from './escalation';
export * from './rungWords';
export * from './errors';
export * from './authority';
export {
  defaultVariantOf,
  ForcesScenarioSchema,
  ForcesRulesSchema,
  PlaceSchema,
  LegSchema,
  UnitSchema,
  RedPlanSchema,
} from './schema';
export type {
  ForcesScenario,
  ForcesScenarioInput,
  PlaceDef,
  LegDef,
  UnitDef,
  RedAxis,
  ForcesRules,
} from './schema';
export type { ForcesState, UnitState, UnitLocation, MoveOrder, Measures } from './state';
export type { ForcesEvent, ForcesEventType, ForcesEventOf, DiceRecord, ForcesReport } from './events';
export { FORCES_EVENT_TYPES, isForcesEvent, REPORT_HOURS } from './events';
export type { CombatRecord, CombatModifier, CombatInput } from './combat';
export { ForcesCommandSchema, FORCES_COMMAND_TYPES } from './commands';
export type { ForcesCommand, ForcesCommandType } from './commands';
export { initialForces } from './init';
export { decideForces } from './decide';
export { evolveForces } from './evolve';
export { advanceForces, advanceWithState } from './advance';
export { legalForceOrders, candidateOrderOptions, type ForceOrderOption } from './legal';
export { withTransientRoutes } from './routing';
export { US_NATION } from './rules/theatreOrders';
export {
  projectForces,
  projectTimeline,
  hoursToComplete,
  type Projection,
  type ProjectedUnit,
  type ForcesTimeline,
  type PlannedLeg,
} from './project';
export { runPassive, analyse, summarise, percentile, type RunResult, type Summary } from './simulate';
export type { RngState } from '../rng/sfc32';

import type { ForcesEvent } from './events';
import { evolveForces } from './evolve';
import type { ForcesState } from './state';

/** Rebuilds forces state from its initial state and a log of forces events. */
export const replayForces = (initial: ForcesState, events: readonly ForcesEvent[]): ForcesState =>
  events.reduce(evolveForces, initial);
export {
  adjudicationTemplate,
  combatWords,
  eventAdjudicationWords,
  modifierWhy,
  namesOf as adjudicationNamesOf,
  reportWords,
  wordAdjudication,
  wordedParams,
  type AdjudicationKind,
  type AdjudicationNames,
  type AdjudicationParam,
  type AdjudicationWords,
} from './explain';
export { ADJUDICATION_WORDS, type AdjudicationKey } from './explainWords';
