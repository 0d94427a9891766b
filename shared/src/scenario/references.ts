// Cross-checks a scenario's ids: duplicates, dangling references and ranges, each with its JSON path.
import type { z } from 'zod';
import { MEASURE_RANGES, type Measure } from '../model/effects';
import type { Effect } from './effects';

type Path = (string | number)[];

interface Shape {
  seats: { id: string; kind: string }[];
  allies: { id: string; dispositions: Record<string, number>; source: string[] }[];
  catalogue: { id: string; effects: Effect[]; source: string[] }[];
  injects: { id: string; audience: 'public' | string[]; effects: Effect[]; source?: string[] }[];
  measures: Partial<Record<Measure, { value: number; source: string[] }>>;
  sources: { id: string }[];
}

export function checkReferences(scenario: Shape, ctx: z.RefinementCtx): void {
  const issue = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });
  const unique = (ids: string[], at: string, what: string) => {
    const seen = new Set<string>();
    ids.forEach((value, index) => {
      if (seen.has(value)) issue([at, index, 'id'], `duplicate ${what} id "${value}"`);
      seen.add(value);
    });
    return seen;
  };
  const seats = unique(
    scenario.seats.map((s) => s.id),
    'seats',
    'seat',
  );
  const allies = unique(
    scenario.allies.map((a) => a.id),
    'allies',
    'ally',
  );
  const items = unique(
    scenario.catalogue.map((c) => c.id),
    'catalogue',
    'catalogue item',
  );
  unique(
    scenario.injects.map((i) => i.id),
    'injects',
    'inject',
  );
  const sources = unique(
    scenario.sources.map((s) => s.id),
    'sources',
    'source',
  );

  if (!scenario.seats.some((seat) => seat.kind === 'control')) {
    issue(['seats'], 'a scenario needs a control seat');
  }
  const cite = (refs: string[] | undefined, path: Path) =>
    refs?.forEach((ref, i) => {
      if (!sources.has(ref)) issue([...path, 'source', i], `no source "${ref}" in sources`);
    });
  const checkEffects = (effects: Effect[], path: Path) =>
    effects.forEach((effect, i) => {
      if ('ally' in effect && effect.ally !== '*' && !allies.has(effect.ally)) {
        issue([...path, 'effects', i, 'ally'], `no ally "${effect.ally}"`);
      }
      if (effect.kind === 'allyDisposition' && !items.has(effect.item)) {
        issue([...path, 'effects', i, 'item'], `no catalogue item "${effect.item}"`);
      }
    });

  scenario.allies.forEach((ally, index) => {
    const seat = scenario.seats.find((s) => s.id === ally.id);
    // A party at a negotiation table may also speak for its nation in the Council (ADR 0008).
    if (seat && seat.kind !== 'ally' && seat.kind !== 'party') {
      issue(['allies', index, 'id'], `"${ally.id}" is a ${seat.kind} seat, not an ally or party seat`);
    }
    Object.keys(ally.dispositions).forEach((item) => {
      if (!items.has(item)) issue(['allies', index, 'dispositions', item], `no catalogue item "${item}"`);
    });
    cite(ally.source, ['allies', index]);
  });
  scenario.catalogue.forEach((item, index) => {
    checkEffects(item.effects, ['catalogue', index]);
    cite(item.source, ['catalogue', index]);
  });
  scenario.injects.forEach((inject, index) => {
    if (inject.audience !== 'public') {
      inject.audience.forEach((seat, i) => {
        if (!seats.has(seat)) issue(['injects', index, 'audience', i], `no seat "${seat}"`);
      });
    }
    checkEffects(inject.effects, ['injects', index]);
    cite(inject.source, ['injects', index]);
  });
  for (const [measure, start] of Object.entries(scenario.measures) as [
    Measure,
    { value: number; source: string[] },
  ][]) {
    const [lo, hi] = MEASURE_RANGES[measure];
    if (start.value < lo || start.value > hi) {
      issue(['measures', measure, 'value'], `${measure} runs from ${lo} to ${hi}`);
    }
    cite(start.source, ['measures', measure]);
  }
}
