// The reassurance force a signed deal sends (ADR 0008): which units the signed clauses call for,
// and where each stands at a game time — alerted at signature, moving once its notice to move has
// run, in place on arrival. Derived from the public text, the signature time and the clock alone.
import { z } from 'zod';
import { localisedText } from '../scenario/text';
import { haversineKm } from '../forces/network';
import { pointAlong, type LonLat } from '../forces/position';
import type { Readiness } from '../forces/vocabulary';
import { id, iso3, sourceRefs } from '../scenario/common';
import type { LocalisedText } from '../scenario/text';

const HOUR_MS = 3_600_000;

export const ReassurancePlaceSchema = z.object({
  id,
  name: localisedText(80),
  country: iso3,
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
});

/** Holds when the text drafts one of `options` on `issue`. */
const ClauseCondition = z.object({ issue: id, options: z.array(id).min(1).max(12) });

export const ReassuranceUnitSchema = z.object({
  id,
  name: localisedText(120),
  /** APP-6 symbol identification code, as milsymbol reads it (friendly). */
  sidc: z.string().regex(/^[A-Z0-9*-]{10,30}$/),
  /** The nation that provides it; absent for a multinational unit. */
  owner: iso3.optional(),
  troops: z.number().int().positive().max(100_000),
  /** Every condition must hold in the signed text for the unit to deploy. */
  when: z.array(ClauseCondition).min(1).max(6),
  /** Where it gathers and enters the theatre. */
  from: id,
  /** Where it deploys, unless a rule of `toWhen` applies. */
  to: id,
  /** Destinations that depend on the signed text (a mandate near the line): the first that holds. */
  toWhen: z
    .array(z.object({ issue: id, option: id, place: id }))
    .max(6)
    .default([]),
  /** Hours from signature until it can move. */
  noticeHours: z
    .number()
    .min(0)
    .max(24 * 90),
  source: sourceRefs,
});

export const ReassuranceSchema = z.object({
  places: z.array(ReassurancePlaceSchema).min(2).max(40),
  units: z.array(ReassuranceUnitSchema).min(1).max(30),
  /** A formation's march once moving, in km a day along the road (rail and road, halts included). */
  marchKmPerDay: z.number().positive().max(2000),
  /** Road distance over the straight line. */
  routeFactor: z.number().min(1).max(3).default(1.3),
  source: sourceRefs,
});

export type ReassuranceForce = z.infer<typeof ReassuranceSchema>;
export type ReassuranceUnit = z.infer<typeof ReassuranceUnitSchema>;
export type ReassurancePlace = z.infer<typeof ReassurancePlaceSchema>;

/** The forces model's readiness steps a deploying unit goes through. */
export type DeploymentStatus = Extract<Readiness, 'alerted' | 'moving' | 'inPlace'>;

export interface UnitDeployment {
  readonly id: string;
  readonly name: LocalisedText;
  readonly sidc: string;
  readonly owner: string | null;
  readonly troops: number;
  readonly from: ReassurancePlace;
  readonly to: ReassurancePlace;
  /** Game time its notice to move has run and it sets off. */
  readonly readyAt: string;
  /** Game time it is in place. */
  readonly arrivesAt: string;
  readonly status: DeploymentStatus;
  readonly position: LonLat;
}

type Clauses = Readonly<Record<string, string>>;

/** The units the text calls for: each one whose every condition holds. */
export function unitsCalledFor(force: ReassuranceForce, clauses: Clauses): ReassuranceUnit[] {
  return force.units.filter((u) => u.when.every((c) => c.options.includes(clauses[c.issue] ?? '')));
}

/** Hours a unit marches from `a` to `b`, along the road. */
export function marchHours(force: ReassuranceForce, a: LonLat, b: LonLat): number {
  return Math.ceil(((haversineKm(a, b) * force.routeFactor) / force.marchKmPerDay) * 24);
}

/**
 * Every unit the signed text sends, with its status and position at game time `now`; none before
 * signature or when the text calls for no force.
 */
export function deploymentAt(
  force: ReassuranceForce,
  clauses: Clauses,
  signedAt: string | null,
  now: string,
): UnitDeployment[] {
  if (!signedAt) return [];
  const places = new Map(force.places.map((p) => [p.id, p]));
  const signed = Date.parse(signedAt);
  const at = Date.parse(now);
  return unitsCalledFor(force, clauses).map((u) => {
    const from = places.get(u.from)!;
    const target = u.toWhen.find((r) => clauses[r.issue] === r.option)?.place ?? u.to;
    const to = places.get(target)!;
    const ready = signed + u.noticeHours * HOUR_MS;
    const arrives = ready + marchHours(force, from, to) * HOUR_MS;
    const status: DeploymentStatus = at < ready ? 'alerted' : at < arrives ? 'moving' : 'inPlace';
    return {
      id: u.id,
      name: u.name,
      sidc: u.sidc,
      owner: u.owner ?? null,
      troops: u.troops,
      from,
      to,
      readyAt: new Date(ready).toISOString(),
      arrivesAt: new Date(arrives).toISOString(),
      status,
      position: pointAlong(from, to, (at - ready) / Math.max(HOUR_MS, arrives - ready)),
    };
  });
}

type Report = (path: (string | number)[], message: string) => void;
type Cite = (refs: string[] | undefined, path: (string | number)[]) => void;

/** Dangling ids in the force: places, issues and options of the conditions, duplicates. */
export function checkReassurance(
  force: ReassuranceForce,
  issues: ReadonlyMap<string, ReadonlySet<string>>,
  report: Report,
  cite: Cite,
): void {
  const places = new Set<string>();
  force.places.forEach((p, i) => {
    if (places.has(p.id)) report(['places', i, 'id'], `duplicate place id "${p.id}"`);
    places.add(p.id);
  });
  const units = new Set<string>();
  const option = (path: (string | number)[], issue: string, optionId: string) => {
    const known = issues.get(issue);
    if (!known) report([...path, 'issue'], `no issue "${issue}"`);
    else if (!known.has(optionId)) report(path, `no option "${optionId}" on "${issue}"`);
  };
  force.units.forEach((u, i) => {
    if (units.has(u.id)) report(['units', i, 'id'], `duplicate unit id "${u.id}"`);
    units.add(u.id);
    for (const key of ['from', 'to'] as const)
      if (!places.has(u[key])) report(['units', i, key], `no place "${u[key]}"`);
    u.when.forEach((c, j) => c.options.forEach((o) => option(['units', i, 'when', j], c.issue, o)));
    u.toWhen.forEach((r, j) => {
      option(['units', i, 'toWhen', j], r.issue, r.option);
      if (!places.has(r.place)) report(['units', i, 'toWhen', j, 'place'], `no place "${r.place}"`);
    });
    cite(u.source, ['units', i]);
  });
  cite(force.source, []);
}
