// The cost-of-delay analysis (ADR 0020): response plans, the assumption register, sweeps and sensitivity. Pure.
export * from './schema';
export * from './assumptions';
export { planAuthority, responseTiming, authorityAt, type ResponseTiming } from './plans';
export { respond, type ResponseMoment } from './respond';
export { runPlan, CHECK_DAYS, type RunOutcome, type RunSetup } from './run';
export { analysisOf, type Analysis, type AnalysisInput } from './setup';
export { sweepDecisionHours, sweepSeeds, runSeeds } from './sweep';
export { curvePoint, type CurvePoint, type ArrivalSpread } from './curve';
export { outcomeKeys, outcomeKeysOf, outcomeValue, kneeOf, kneeOfCurve, type Knee } from './outcomes';
export {
  sensitivity,
  sensitivityValues,
  type Sensitivity,
  type TornadoBar,
  type Interaction,
} from './sensitivity';
export { curveResult, curveCsv, statedAssumptions, type CurveResult, type StatedAssumption } from './result';
export { analysisWith } from './setup';
export { startSimFrom } from './run';
export {
  delayCostJob,
  delayCostSeed,
  delayCostOf,
  delayCostSensitivity,
  delayCostFindings,
  type DelayCostSensitivity,
  type DelayCostJob,
  type DelayCost,
  type AdoptedResponse,
} from './delayCost';
export {
  curveChart,
  curveChartSvg,
  tornadoChart,
  tornadoChartSvg,
  CURVE_COLOURS,
  markTextAt,
  labelLines,
  type CurveChart,
  type TornadoChart,
  type Mark,
  type Tick,
} from './charts';
export {
  sensitivities,
  dependencies,
  dependencyText,
  tornadoToShow,
  DEPENDENCY_THRESHOLD,
  type Dependency,
} from './findings';
export {
  delayCostReportHtml,
  delayCostSectionHtml,
  delayCostCurveChart,
  outcomeLabel,
  headlineChanges,
  type DelayCostPrint,
} from './report';
export { restate, settledAt, type SettledAssumption } from './restate';
export { assumptionValueText, assumptionLabel } from './valueWords';
