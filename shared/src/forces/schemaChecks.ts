// Cross-references the schema alone cannot see: ids that must exist, paths that must be connected.
import type { z } from 'zod';

interface Refs {
  variants: { id: string }[];
  defaultVariant?: string | undefined;
  places: { id: string }[];
  legs: { id: string; from: string; to: string }[];
  units: {
    id: string;
    side: string;
    location: string;
    stagingPlace?: string | undefined;
    prepositionedAt?: string | undefined;
    variants: string[];
  }[];
  redPlan: {
    axes: { units: string[]; path: string[]; objective: string }[];
    interdictions: { legs: string[] }[];
  };
  rules: Record<string, unknown> & { sources: Record<string, string> };
  objectives: { redArrivalTargets: string[]; capitals: string[] };
}

export function checkForcesReferences(data: Refs, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  const unique = (list: { id: string }[], key: string) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) issue([key, i, 'id'], `duplicate id "${item.id}"`);
      seen.add(item.id);
    });
    return seen;
  };
  const places = unique(data.places, 'places');
  const legs = unique(data.legs, 'legs');
  const units = unique(data.units, 'units');
  const variants = unique(data.variants, 'variants');
  if (data.defaultVariant !== undefined && !variants.has(data.defaultVariant))
    issue(['defaultVariant'], `variant "${data.defaultVariant}" is not described`);
  const adjacent = new Set(data.legs.flatMap((l) => [`${l.from}>${l.to}`, `${l.to}>${l.from}`]));
  const place = (path: (string | number)[], ref: string | undefined) => {
    if (ref !== undefined && !places.has(ref)) issue(path, `no place "${ref}"`);
  };
  data.legs.forEach((l, i) => {
    place(['legs', i, 'from'], l.from);
    place(['legs', i, 'to'], l.to);
  });
  data.units.forEach((u, i) => {
    place(['units', i, 'location'], u.location);
    place(['units', i, 'stagingPlace'], u.stagingPlace);
    place(['units', i, 'prepositionedAt'], u.prepositionedAt);
    u.variants.forEach((v, j) => {
      if (!variants.has(v)) issue(['units', i, 'variants', j], `variant "${v}" is not described`);
    });
  });
  data.redPlan.axes.forEach((axis, i) => {
    axis.units.forEach((u, j) => {
      const unit = data.units.find((x) => x.id === u);
      if (!units.has(u) || unit?.side !== 'red')
        issue(['redPlan', 'axes', i, 'units', j], `no Red unit "${u}"`);
    });
    axis.path.forEach((p, j) => {
      place(['redPlan', 'axes', i, 'path', j], p);
      const prev = axis.path[j - 1];
      if (prev !== undefined && !adjacent.has(`${prev}>${p}`)) {
        issue(['redPlan', 'axes', i, 'path', j], `no leg joins "${prev}" and "${p}"`);
      }
    });
    if (!axis.path.includes(axis.objective))
      issue(['redPlan', 'axes', i, 'objective'], 'objective is not on the path');
  });
  data.redPlan.interdictions.forEach((x, i) =>
    x.legs.forEach((l, j) => {
      if (!legs.has(l)) issue(['redPlan', 'interdictions', i, 'legs', j], `no leg "${l}"`);
    }),
  );
  [...data.objectives.redArrivalTargets, ...data.objectives.capitals].forEach((p) =>
    place(['objectives'], p),
  );
  for (const key of Object.keys(data.rules)) {
    if (key !== 'sources' && !data.rules.sources[key])
      issue(['rules', 'sources', key], `cite a source for rules.${key}`);
  }
}
