// Cross-checks the analysis sections against the rest of the scenario, each problem with its JSON path.
import type { z } from 'zod';
import type { Assumption, HistoricalClock, ResponsePlans } from './schema';

interface Shape {
  catalogue: { id: string }[];
  sources: { id: string }[];
  forces?: { units: { id: string }[]; places: { id: string }[] } | undefined;
  responsePlans?: ResponsePlans | undefined;
  assumptions?: Assumption[] | undefined;
  clocks?: HistoricalClock[] | undefined;
}

export function checkAnalysisReferences(s: Shape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  const sources = new Set(s.sources.map((x) => x.id));
  const cite = (refs: string[], path: (string | number)[]) => {
    refs.forEach((r, i) => {
      if (!sources.has(r)) issue([...path, i], `no source "${r}" in sources`);
    });
  };
  if (s.responsePlans) {
    if (!s.forces) issue(['responsePlans'], 'response plans need a forces section');
    const catalogue = new Set(s.catalogue.map((c) => c.id));
    const units = new Set(s.forces?.units.map((u) => u.id));
    const places = new Set(s.forces?.places.map((p) => p.id));
    const seen = new Set<string>();
    s.responsePlans.plans.forEach((p, i) => {
      if (seen.has(p.id)) issue(['responsePlans', 'plans', i, 'id'], `duplicate plan id "${p.id}"`);
      seen.add(p.id);
      p.decisions.forEach((d, j) => {
        if (!catalogue.has(d))
          issue(['responsePlans', 'plans', i, 'decisions', j], `no catalogue item "${d}"`);
      });
      cite(p.source, ['responsePlans', 'plans', i, 'source']);
    });
    s.responsePlans.destinations.forEach((d, i) => {
      if (!units.has(d.unit)) issue(['responsePlans', 'destinations', i, 'unit'], `no unit "${d.unit}"`);
      if (!places.has(d.to)) issue(['responsePlans', 'destinations', i, 'to'], `no place "${d.to}"`);
    });
  }
  const keys = new Set<string>();
  s.assumptions?.forEach((a, i) => {
    const at = ['assumptions', i];
    if (keys.has(a.key)) issue([...at, 'key'], `duplicate assumption "${a.key}"`);
    keys.add(a.key);
    cite(a.source, [...at, 'source']);
    if (a.kind === 'number' && !(a.min <= a.default && a.default <= a.max))
      issue([...at, 'default'], `default ${a.default} is outside ${a.min}–${a.max}`);
    if (a.kind === 'choice' && !a.choices.some((c) => c.id === a.default))
      issue([...at, 'default'], `default "${a.default}" is not one of the choices`);
  });
  s.clocks?.forEach((c, i) => cite(c.source, ['clocks', i, 'source']));
}
