// The world around the talks (ADR 0008, "The world keeps moving"): the front line by sector and
// the leverage it gives, and the allies' defence-spending paths toward the Hague target.
import { z } from 'zod';
import { localisedText } from '../scenario/text';
import { id, sourceRefs } from '../scenario/common';

/** How a meter moves a party's weight for an option: points per whole meter above its start. */
const PriorityShift = z.object({ party: id, issue: id, option: id, weight: z.number().min(-10).max(10) });

export const FrontSectorSchema = z.object({
  id,
  label: localisedText(80),
  /** Mean movement per game day while the deal is unsigned, km; positive is the attacker's advance. */
  meanKmPerDay: z.number().min(-20).max(20),
  /** Half-width of the day's draw around the mean, km: a triangular draw within mean ± spread. */
  spreadKmPerDay: z.number().min(0).max(20),
  source: sourceRefs,
});

/**
 * The battlefield's weight at the table, one public meter (0–1) read as the attacker's leverage:
 * `start` + `perKm` × the front's summed shift + each current's weight × its rise above its start.
 */
export const LeverageSchema = z.object({
  label: localisedText(80),
  start: z.number().min(0).max(1),
  perKm: z.number().min(0).max(1),
  currents: z
    .array(z.object({ current: id, weight: z.number().min(-1).max(1) }))
    .max(10)
    .default([]),
  /** Secret: how the meter's rise above its start moves parties' weights (kept within 0–10). */
  shifts: z.array(PriorityShift).max(60).default([]),
  source: sourceRefs,
});

/**
 * The line of contact: each adjudication while the deal is unsigned, every sector moves by a seeded
 * draw; once signed it is frozen, and only a detected serious breach moves one sector by `breachKm`.
 */
export const FrontSchema = z.object({
  /** The party whose advance counts as positive. */
  attacker: id,
  /** The party whose breach pushes the line back (negative). */
  defender: id,
  sectors: z.array(FrontSectorSchema).min(1).max(12),
  /** Km a detected serious breach moves one sector (rolled) in its author's favour. */
  breachKm: z.number().min(0).max(50).default(1),
  leverage: LeverageSchema,
  source: sourceRefs,
});

export const SpendingAllySchema = z.object({
  /** An ally's id: a party's seat, or an ally not at the table. */
  id,
  label: localisedText(80),
  /** Defence spending at the start, % of GDP. */
  start: z.number().min(0).max(15),
  /** The ally's own target where it has a side deal (Spain: 2.1); the scenario's target otherwise. */
  target: z.number().min(0).max(15).optional(),
  /** Pace toward its target: 1 keeps a straight path that arrives in `targetYear`. */
  willingness: z.number().min(0).max(2),
  source: sourceRefs,
});

/**
 * Defence-spending paths. Each adjudication advances the spending clock by `monthsPerTurn`; each ally
 * closes its gap to the target at the pace a straight path would need, times its willingness as the
 * currents (`paceShifts`) and injects (`moves`) have moved it. An ally never falls.
 */
export const SpendingSchema = z.object({
  /** The year of the starting figures; the spending clock starts there. */
  startYear: z.number().int().min(2000).max(2100),
  /** Spending months each game turn stands for: the talks last days, the budgets years. */
  monthsPerTurn: z.number().int().min(1).max(60),
  /** The core defence target, % of GDP, and the year it is due (The Hague: 3.5 % by 2035). */
  target: z.number().min(0).max(15),
  targetYear: z.number().int().min(2000).max(2100),
  /** Where the path toward the target starts in `startYear` (the Wales 2 %). */
  floor: z.number().min(0).max(15),
  allies: z.array(SpendingAllySchema).min(2).max(40),
  /** Each current's weight on the willingness of the allies named (every ally when none is). */
  paceShifts: z
    .array(
      z.object({
        current: id,
        weight: z.number().min(-2).max(2),
        allies: z.array(id).max(40).optional(),
      }),
    )
    .max(20)
    .default([]),
  /** Injects that move an ally's willingness when they fire. */
  moves: z
    .array(z.object({ inject: id, ally: id, willingness: z.number().min(-2).max(2) }))
    .max(40)
    .default([]),
  source: sourceRefs,
});

export type FrontScenario = z.infer<typeof FrontSchema>;
export type SpendingScenario = z.infer<typeof SpendingSchema>;

type Issue = (path: (string | number)[], message: string) => void;

interface Known {
  parties: ReadonlySet<string>;
  options: ReadonlyMap<string, ReadonlySet<string>>;
  currents: ReadonlySet<string>;
  injects: ReadonlySet<string>;
  cite: (refs: string[] | undefined, path: (string | number)[]) => void;
}

/** Dangling ids in the front and spending sections. */
export function checkWorldReferences(
  front: FrontScenario | undefined,
  spending: SpendingScenario | undefined,
  known: Known,
  issue: Issue,
): void {
  if (front) {
    for (const key of ['attacker', 'defender'] as const)
      if (!known.parties.has(front[key])) issue(['front', key], `no party "${front[key]}"`);
    const sectors = new Set<string>();
    front.sectors.forEach((sector, s) => {
      if (sectors.has(sector.id)) issue(['front', 'sectors', s, 'id'], `duplicate sector "${sector.id}"`);
      sectors.add(sector.id);
      known.cite(sector.source, ['front', 'sectors', s]);
    });
    front.leverage.currents.forEach((c, i) => {
      if (!known.currents.has(c.current))
        issue(['front', 'leverage', 'currents', i, 'current'], `no current "${c.current}"`);
    });
    front.leverage.shifts.forEach((shift, i) => {
      const path = ['front', 'leverage', 'shifts', i];
      if (!known.parties.has(shift.party)) issue([...path, 'party'], `no party "${shift.party}"`);
      const options = known.options.get(shift.issue);
      if (!options) issue([...path, 'issue'], `no issue "${shift.issue}"`);
      else if (!options.has(shift.option)) issue([...path, 'option'], `no option "${shift.option}"`);
    });
    known.cite(front.leverage.source, ['front', 'leverage']);
    known.cite(front.source, ['front']);
  }
  if (spending) {
    const allies = new Set<string>();
    spending.allies.forEach((ally, a) => {
      if (allies.has(ally.id)) issue(['spending', 'allies', a, 'id'], `duplicate ally "${ally.id}"`);
      allies.add(ally.id);
      known.cite(ally.source, ['spending', 'allies', a]);
    });
    if (spending.targetYear <= spending.startYear)
      issue(['spending', 'targetYear'], 'the target year comes after the start year');
    spending.paceShifts.forEach((shift, i) => {
      if (!known.currents.has(shift.current))
        issue(['spending', 'paceShifts', i, 'current'], `no current "${shift.current}"`);
      shift.allies?.forEach((a, j) => {
        if (!allies.has(a)) issue(['spending', 'paceShifts', i, 'allies', j], `no ally "${a}"`);
      });
    });
    spending.moves.forEach((move, i) => {
      if (!known.injects.has(move.inject))
        issue(['spending', 'moves', i, 'inject'], `no inject "${move.inject}"`);
      if (!allies.has(move.ally)) issue(['spending', 'moves', i, 'ally'], `no ally "${move.ally}"`);
    });
    known.cite(spending.source, ['spending']);
  }
}

/** How the Alliance's cohesion follows the two-tier meter and blocked NATO clauses (cohesion.ts). */
export const CohesionSchema = z.object({
  /** Where cohesion would settle with one tier of spenders and no NATO clause blocked (0–100). */
  base: z.number().min(0).max(100),
  /** Points lost at a two-tier meter of 1 (the meter is 0–1). */
  twoTierWeight: z.number().min(0).max(100),
  /** Points lost for each drafted clause whose NATO commitment allies block. */
  blockedWeight: z.number().min(0).max(100),
  /** Share of the gap to that level closed each adjudication, 0–1. */
  pace: z.number().min(0).max(1),
  source: sourceRefs,
});
export type CohesionRules = z.infer<typeof CohesionSchema>;
