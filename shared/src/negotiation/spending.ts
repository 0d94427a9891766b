// Defence-spending paths (ADR 0008): each ally's % of GDP moves toward the Hague target at a pace
// set by its willingness, the currents (burden shifting, US retrenchment) and injects; the
// two-tier-alliance meter measures the split between allies on the path and those lagging.
import type { Emitter } from '../engine/emit';
import { currentLevels } from './currents';
import type { NegotiationScenario } from './schema';
import type { SpendingScenario } from './worldSchema';

type Fired = readonly { readonly injectId: string }[];
type Ally = SpendingScenario['allies'][number];

/** The spending clock in turns played, and each ally's defence spending, % of GDP. */
export interface SpendingState {
  readonly turns: number;
  readonly levels: Readonly<Record<string, number>>;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round = (x: number) => Math.round(x * 1000) / 1000;
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function spendingAtStart(scenario: NegotiationScenario): SpendingState | null {
  const rules = scenario.spending;
  if (!rules) return null;
  return { turns: 0, levels: Object.fromEntries(rules.allies.map((a) => [a.id, a.start])) };
}

/** The spending clock after `turns` turns, in years: each turn stands for `monthsPerTurn` months. */
export const spendingYear = (rules: SpendingScenario, turns: number): number =>
  round(rules.startYear + (turns * rules.monthsPerTurn) / 12);

/** The Hague path: a straight line from `floor` in `startYear` to `target` in `targetYear`, then flat. */
export function haguePath(rules: SpendingScenario, year: number): number {
  const share = clamp((year - rules.startYear) / (rules.targetYear - rules.startYear), 0, 1);
  return round(rules.floor + (rules.target - rules.floor) * share);
}

/** The ally's pace, 0–2: its willingness, moved by the injects fired and by the currents' rise. */
export function willingnessOf(
  scenario: NegotiationScenario,
  rules: SpendingScenario,
  ally: Ally,
  fired: Fired,
): number {
  const levels = currentLevels(scenario, fired);
  const byInjects = rules.moves
    .filter((m) => m.ally === ally.id && fired.some((f) => f.injectId === m.inject))
    .reduce((sum, m) => sum + m.willingness, 0);
  const byCurrents = rules.paceShifts
    .filter((s) => !s.allies || s.allies.includes(ally.id))
    .reduce((sum, s) => {
      const start = scenario.currents.find((c) => c.id === s.current)?.start ?? 0;
      return sum + s.weight * ((levels[s.current] ?? start) - start);
    }, 0);
  return round(clamp(ally.willingness + byInjects + byCurrents, 0, 2));
}

/**
 * One turn: the ally closes `monthsPerTurn` of its remaining gap to its target as a straight path to
 * `targetYear` would, times its pace, never past the target; an ally at or above it stays.
 */
export function nextLevel(
  rules: SpendingScenario,
  ally: Ally,
  level: number,
  year: number,
  pace: number,
): number {
  const target = ally.target ?? rules.target;
  if (level >= target) return level;
  const step = rules.monthsPerTurn / 12;
  const left = Math.max(rules.targetYear - year, step);
  return round(Math.min(target, level + (target - level) * (step / left) * pace));
}

/** Allies at or above the Hague path at `year`, and those below it. */
export function tiersOf(
  rules: SpendingScenario,
  levels: Readonly<Record<string, number>>,
  year: number,
): { onTrack: string[]; lagging: string[] } {
  const path = haguePath(rules, year);
  const level = (a: Ally) => levels[a.id] ?? a.start;
  return {
    onTrack: rules.allies.filter((a) => level(a) >= path).map((a) => a.id),
    lagging: rules.allies.filter((a) => level(a) < path).map((a) => a.id),
  };
}

/**
 * The two-tier-alliance meter, 0–1: how far apart the allies on the Hague path and those lagging
 * are (the gap between their mean spending over target − floor, at most 1), times how evenly they
 * split (the smaller tier's share of allies, doubled). 0 when every ally is on one side.
 */
export function twoTierOf(
  rules: SpendingScenario,
  levels: Readonly<Record<string, number>>,
  year: number,
): number {
  const { onTrack, lagging } = tiersOf(rules, levels, year);
  if (onTrack.length === 0 || lagging.length === 0) return 0;
  const level = (id: string) => levels[id] ?? rules.allies.find((a) => a.id === id)!.start;
  const distance = clamp(
    (mean(onTrack.map(level)) - mean(lagging.map(level))) / (rules.target - rules.floor),
    0,
    1,
  );
  const balance = (2 * Math.min(onTrack.length, lagging.length)) / rules.allies.length;
  return round(distance * balance);
}

/** Advances the spending clock one turn at adjudication; the event carries the new levels. */
export function moveSpending(b: Emitter, to: string, at: string): void {
  const { scenario, negotiation: talks, clock, injects } = b.state;
  const negotiation = scenario.negotiation;
  const rules = negotiation?.spending;
  if (!negotiation || !rules || !talks?.spending) return;
  const { turns, levels } = talks.spending;
  const year = spendingYear(rules, turns);
  const next = Object.fromEntries(
    rules.allies.map((ally) => [
      ally.id,
      nextLevel(
        rules,
        ally,
        levels[ally.id] ?? ally.start,
        year,
        willingnessOf(negotiation, rules, ally, injects),
      ),
    ]),
  );
  b.emit({
    type: 'spendingMoved',
    turn: clock.turn,
    year: spendingYear(rules, turns + 1),
    levels: next,
    gameTime: to,
    at,
  });
}
