// Measures of the talks: progress toward agreement, each party's satisfaction, red lines crossed.
import { currentLevels, effectivePriorities } from './currents';
import { leverageLevel } from './leverage';
import type { NegotiationParty, NegotiationScenario, RedLine } from './schema';
import { spendingYear, twoTierOf } from './spending';
import { requiredParties, type NegotiationState, type NegotiationTurnMeasures } from './state';

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Whether drafting `optionId` for the red line's issue crosses it. */
export function crosses(scenario: NegotiationScenario, line: RedLine, optionId: string): boolean {
  if (line.options?.includes(optionId)) return true;
  const value = scenario.issues
    .find((i) => i.id === line.issue)
    ?.options.find((o) => o.id === optionId)?.value;
  if (value === undefined) return false;
  return (line.below !== undefined && value < line.below) || (line.above !== undefined && value > line.above);
}

/** The party's red lines the clauses cross, each with the clause that crosses it. */
export function crossedLines(
  scenario: NegotiationScenario,
  party: NegotiationParty,
  clauses: Readonly<Record<string, string>>,
): { line: RedLine; issueId: string; optionId: string }[] {
  return party.redLines.flatMap((line) => {
    const optionId = clauses[line.issue];
    return optionId !== undefined && crosses(scenario, line, optionId)
      ? [{ line, issueId: line.issue, optionId }]
      : [];
  });
}

/**
 * Drafted clauses, required parties' initials and signatures over all there are to give: 0 with no
 * draft, 1 when the deal is signed.
 */
export function progressOf(scenario: NegotiationScenario, state: NegotiationState): number {
  if (state.signedAt) return 1;
  const required = requiredParties(scenario);
  const issues = scenario.issues.map((i) => i.id);
  const drafted = issues.filter((i) => state.clauses[i] !== undefined).length;
  const initials = issues.reduce(
    (n, i) => n + (state.initials[i] ?? []).filter((p) => required.includes(p)).length,
    0,
  );
  const signatures = state.signatures.filter((p) => required.includes(p)).length;
  const total = issues.length + issues.length * required.length + required.length;
  return round((drafted + initials + signatures) / total);
}

/**
 * Σ weight of the drafted options over Σ best weight, on the issues the party weighs; 0–1. The
 * weights are the party's own, or as political currents have moved them.
 */
export function satisfactionOf(
  party: NegotiationParty,
  clauses: Readonly<Record<string, string>>,
  priorities: NegotiationParty['priorities'] = party.priorities,
): number {
  let got = 0;
  let best = 0;
  for (const [issueId, weights] of Object.entries(priorities)) {
    best += Math.max(0, ...Object.values(weights));
    const drafted = clauses[issueId];
    got += drafted === undefined ? 0 : (weights[drafted] ?? 0);
  }
  return best === 0 ? 0 : round(got / best);
}

/** The turn's measures; `fired` (the injects fired so far) moves priorities by the political currents. */
export function measuresOf(
  scenario: NegotiationScenario,
  state: NegotiationState,
  turn: number,
  fired: readonly { readonly injectId: string }[] = [],
): NegotiationTurnMeasures {
  return {
    turn,
    progress: progressOf(scenario, state),
    satisfaction: Object.fromEntries(
      scenario.parties.map((p) => [
        p.seat,
        satisfactionOf(p, state.clauses, effectivePriorities(scenario, p, fired, state.front)),
      ]),
    ),
    currents: currentLevels(scenario, fired),
    redLinesCrossed: Object.fromEntries(
      scenario.parties.map((p) => [p.seat, crossedLines(scenario, p, state.clauses).length]),
    ),
    implementation:
      state.signedAt && scenario.implementation
        ? {
            daysHeld: round(state.implementation.hoursHeld / 24),
            violations: state.implementation.violations.length,
            detected: state.implementation.violations.filter((v) => v.detected).length,
          }
        : null,
    front: state.front,
    leverage: leverageLevel(scenario, state.front, currentLevels(scenario, fired)),
    spending: spendingMeasures(scenario, state),
  };
}

function spendingMeasures(
  scenario: NegotiationScenario,
  state: NegotiationState,
): NegotiationTurnMeasures['spending'] {
  const rules = scenario.spending;
  if (!rules || !state.spending) return null;
  const year = spendingYear(rules, state.spending.turns);
  return { year, levels: state.spending.levels, twoTier: twoTierOf(rules, state.spending.levels, year) };
}
