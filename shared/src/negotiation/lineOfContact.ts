// The line of contact of a ceasefire scenario: sectors drawn as polylines, and the demilitarised
// zone the drafted clause puts around them (ADR 0008, "The map of the line of contact").
import { z } from 'zod';
import { localisedText } from '../scenario/text';
import { id, sourceRefs } from '../scenario/common';

/** A point as [longitude, latitude] in degrees. */
export const LonLatSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
export type LonLatPair = z.infer<typeof LonLatSchema>;

export const LineSectorSchema = z.object({
  id,
  name: localisedText(80),
  /** The line at the scenario's start, one end to the other, as [lon, lat] points (map estimates). */
  line: z.array(LonLatSchema).min(2).max(200),
  /** Compass bearing (degrees) of an advance by the attacker here: the way the line moves as it shifts. */
  advanceBearing: z.number().min(0).max(360),
  source: sourceRefs,
});

export const LineOfContactSchema = z.object({
  /** When the drawn line stands, in words ("early 2026"). */
  asOf: localisedText(40),
  /** The map's frame: [[west, south], [east, north]] in degrees. */
  bounds: z.tuple([LonLatSchema, LonLatSchema]),
  sectors: z.array(LineSectorSchema).min(1).max(20),
  /** The issue whose drafted option's `value` is the distance (km) each side withdraws from the line. */
  dmzIssue: id.optional(),
  /** The sectors the demilitarised zone covers; every sector when absent. */
  dmzSectors: z.array(id).max(20).optional(),
  source: sourceRefs,
});

export type LineSector = z.infer<typeof LineSectorSchema>;
export type LineOfContact = z.infer<typeof LineOfContactSchema>;

/** The demilitarised zone the text drafts now: each side's withdrawal in km, and where it runs. */
export interface DemilitarisedZone {
  readonly issueId: string;
  readonly optionId: string;
  /** Each side withdraws this far from the line; 0 when the clause drafts no zone. */
  readonly km: number;
  readonly sectors: readonly string[];
}

/** The zone drafted in `clauses`, or null when the issue has no clause or its option no value. */
export function demilitarisedZone(
  line: LineOfContact,
  issues: readonly { id: string; options: readonly { id: string; value?: number | undefined }[] }[],
  clauses: Readonly<Record<string, string>>,
): DemilitarisedZone | null {
  if (!line.dmzIssue) return null;
  const optionId = clauses[line.dmzIssue];
  const option = issues.find((i) => i.id === line.dmzIssue)?.options.find((o) => o.id === optionId);
  if (!optionId || option?.value === undefined) return null;
  return {
    issueId: line.dmzIssue,
    optionId,
    km: option.value,
    sectors: line.dmzSectors ?? line.sectors.map((s) => s.id),
  };
}

type Report = (path: (string | number)[], message: string) => void;
type Cite = (refs: string[] | undefined, path: (string | number)[]) => void;

/** Dangling ids in the line of contact: the zone's issue, its sectors, duplicate sectors. */
export function checkLineOfContact(
  line: LineOfContact,
  issues: ReadonlyMap<string, ReadonlySet<string>>,
  report: Report,
  cite: Cite,
): void {
  const sectors = new Set<string>();
  line.sectors.forEach((sector, i) => {
    if (sectors.has(sector.id)) report(['sectors', i, 'id'], `duplicate sector id "${sector.id}"`);
    sectors.add(sector.id);
    cite(sector.source, ['sectors', i]);
  });
  if (line.dmzIssue && !issues.has(line.dmzIssue)) report(['dmzIssue'], `no issue "${line.dmzIssue}"`);
  line.dmzSectors?.forEach((s, i) => {
    if (!sectors.has(s)) report(['dmzSectors', i], `no sector "${s}"`);
  });
  const [[w, s], [e, n]] = line.bounds;
  if (w >= e || s >= n) report(['bounds'], 'bounds run [[west, south], [east, north]]');
  cite(line.source, []);
}
