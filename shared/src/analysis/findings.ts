// Which findings depend on which assumptions (ADR 0027): each finding's tornado from one set of runs,
// and the assumptions whose range moves it by more than the threshold.
import type { AssumptionValues } from './assumptions';
import type { CurvePoint } from './curve';
import { outcomeValue } from './outcomes';
import type { Assumption, AssumptionKey } from './schema';
import { sensitivity, type Sensitivity } from './sensitivity';

/** A finding depends on an assumption if varying it over its range moves the finding by more than this (share of runs). */
export const DEPENDENCY_THRESHOLD = 0.1;

/**
 * One tornado per outcome, every one read from the same runs: `evaluate` (the runs under a set of
 * assumption values, as a curve point) is called once per distinct set.
 */
export function sensitivities(
  register: readonly Assumption[],
  base: AssumptionValues,
  outcomes: readonly string[],
  evaluate: (values: AssumptionValues) => CurvePoint,
): Sensitivity[] {
  const seen = new Map<string, CurvePoint>();
  const keyOf = (v: AssumptionValues) =>
    JSON.stringify(
      Object.keys(v)
        .sort()
        .map((k) => [k, v[k as AssumptionKey]]),
    );
  const point = (v: AssumptionValues) => {
    const k = keyOf(v);
    let p = seen.get(k);
    if (!p) seen.set(k, (p = evaluate(v)));
    return p;
  };
  return outcomes.map((o) => sensitivity(register, base, o, (v) => outcomeValue(point(v), o) ?? 0));
}

export interface Dependency {
  readonly outcome: string;
  readonly baseline: number;
  /** Assumptions whose range moves this outcome by more than the threshold, widest first. */
  readonly dependsOn: readonly { readonly key: AssumptionKey; readonly span: number }[];
}

/** The statement the printable report makes: for each finding, the assumptions it hangs on. */
export function dependencies(
  tornadoes: readonly Sensitivity[],
  threshold: number = DEPENDENCY_THRESHOLD,
): Dependency[] {
  return tornadoes.map((s) => ({
    outcome: s.outcome,
    baseline: s.baseline,
    dependsOn: s.bars.filter((b) => b.span > threshold).map((b) => ({ key: b.key, span: b.span })),
  }));
}

/**
 * The tornado worth drawing: the first finding's (the headline's) if some assumption moves it by more
 * than the threshold, else the finding the assumptions move most (a flat tornado says nothing).
 */
export function tornadoToShow(
  tornadoes: readonly Sensitivity[],
  threshold: number = DEPENDENCY_THRESHOLD,
): Sensitivity | undefined {
  const widest = (t: Sensitivity) => t.bars[0]?.span ?? 0;
  const first = tornadoes[0];
  if (!first || widest(first) > threshold) return first;
  return tornadoes.reduce((best, t) => (widest(t) > widest(best) ? t : best), first);
}

/** One line per finding, in English, e.g. "riga-held-d14 (0.41) depends on red-competence (±0.3)". */
export function dependencyText(
  deps: readonly Dependency[],
  threshold: number = DEPENDENCY_THRESHOLD,
): string[] {
  const pct = (n: number) => `${Math.round(n * 100)} %`;
  return deps.map((d) =>
    d.dependsOn.length
      ? `${d.outcome} (${pct(d.baseline)}) depends on ${d.dependsOn.map((x) => `${x.key} (moves it by ${pct(x.span)})`).join(', ')}.`
      : `${d.outcome} (${pct(d.baseline)}) depends on no assumption by more than ${pct(threshold)}.`,
  );
}
