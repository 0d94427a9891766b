// An ally of the scenario: its domestic politics, its leanings per decision and its secrets.
import { z } from 'zod';
import { localisedText } from './text';
import { DOMESTIC_PROCESSES } from '../model/council';
import { id, iso3, signedUnit, sourceRefs, unit } from './common';

/** Only the ally's own seat and Control ever see these (visibility/secrets.ts). */
export const AllySecretSchema = z.object({
  redLines: z.array(localisedText(300)).default([]),
  intelligence: localisedText(2000).optional(),
  domesticState: localisedText(2000).optional(),
});

export const AllySchema = z.object({
  /** Same as the seat id when a player may take this delegation; any id otherwise. */
  id,
  name: localisedText(80),
  nation: iso3,
  domesticProcess: z.enum(DOMESTIC_PROCESSES).default('executive'),
  coalitionFragility: unit.default(0),
  electionSoon: z.boolean().default(false),
  /** Susceptibility to Russian pressure; weighs against provocative decisions. */
  kremlinInfluence: unit.default(0),
  /** Public support for firm alliance action in this crisis. */
  publicOpinion: signedUnit.default(0),
  /** Alignment with Washington: the transatlantic mood pulling towards consensus. */
  usStance: signedUnit.default(0),
  /** Leaning on a catalogue item when `dispositions` does not name it. */
  defaultDisposition: signedUnit.default(0.5),
  /** Leaning per catalogue item id, from -1 (red line) to 1 (champion). */
  dispositions: z.record(id, signedUnit).default({}),
  /** NATO figures, % of GDP (facts §6). */
  defenceSpendingPctGdp: z.number().min(0).max(20).optional(),
  source: sourceRefs,
  /** Why these numbers: a short note for authors and the after-action review. */
  note: z.string().max(1000).optional(),
  secret: AllySecretSchema.default({ redLines: [] }),
});

export type AllyDefinition = z.infer<typeof AllySchema>;
export type AllySecret = z.infer<typeof AllySecretSchema>;
