// Sensitivity: each assumption over its range with the others at their defaults, and the two strongest together.
import type { AssumptionValue, AssumptionValues } from './assumptions';
import type { Assumption, AssumptionKey } from './schema';

export interface TornadoBar {
  readonly key: AssumptionKey;
  /** The value giving the worse outcome, and that outcome. */
  readonly low: { readonly value: AssumptionValue; readonly outcome: number };
  readonly high: { readonly value: AssumptionValue; readonly outcome: number };
  /** high − low. */
  readonly span: number;
}

export interface Interaction {
  readonly a: AssumptionKey;
  readonly b: AssumptionKey;
  /** Outcome at [a low / high][b low / high]. */
  readonly grid: readonly [readonly [number, number], readonly [number, number]];
  /** How much more (or less) b matters when a is high than when a is low. */
  readonly effect: number;
}

export interface Sensitivity {
  readonly outcome: string;
  readonly baseline: number;
  /** Widest span first. */
  readonly bars: readonly TornadoBar[];
  readonly interaction: Interaction | null;
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** The values an assumption is tried at: the ends of its range, or every choice. */
export function sensitivityValues(a: Assumption): AssumptionValue[] {
  return a.kind === 'number' ? [a.min, a.max] : a.choices.map((c) => c.id);
}

/**
 * `evaluate` turns a set of assumption values into the outcome (the same seeds every time); called
 * 1 + Σ values + 4 times.
 */
export function sensitivity(
  register: readonly Assumption[],
  base: AssumptionValues,
  outcome: string,
  evaluate: (values: AssumptionValues) => number,
): Sensitivity {
  const baseline = round3(evaluate(base));
  const bars: TornadoBar[] = [];
  for (const a of register) {
    const tried = sensitivityValues(a).map((value) => ({
      value,
      outcome: round3(evaluate({ ...base, [a.key]: value })),
    }));
    const low = tried.reduce((x, y) => (y.outcome < x.outcome ? y : x));
    const high = tried.reduce((x, y) => (y.outcome > x.outcome ? y : x));
    bars.push({ key: a.key, low, high, span: round3(high.outcome - low.outcome) });
  }
  bars.sort((x, y) => y.span - x.span || x.key.localeCompare(y.key));
  const [first, second] = bars;
  let interaction: Interaction | null = null;
  if (first && second && second.span > 0) {
    const at = (va: AssumptionValue, vb: AssumptionValue) =>
      round3(evaluate({ ...base, [first.key]: va, [second.key]: vb }));
    const grid = [
      [at(first.low.value, second.low.value), at(first.low.value, second.high.value)],
      [at(first.high.value, second.low.value), at(first.high.value, second.high.value)],
    ] as const;
    const effect = round3(grid[1][1] - grid[1][0] - (grid[0][1] - grid[0][0]));
    interaction = { a: first.key, b: second.key, grid, effect };
  }
  return { outcome, baseline, bars, interaction };
}
