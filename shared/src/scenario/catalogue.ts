// The decision catalogue: what the North Atlantic Council may decide and what each decision does.
import { z } from 'zod';
import { localisedText } from './text';
import { id, sourceRefs, unit } from './common';
import { EffectSchema } from './effects';

export const CatalogueItemSchema = z.object({
  id,
  title: localisedText(120),
  /** The text the chair tables unless it writes its own. */
  text: localisedText(4000),
  /** Multiplies capitals' time to instruct: grave decisions need longer clearance. */
  instructionWeight: z.number().min(0.25).max(4).default(1),
  /** How provocative towards Russia: weighs with each ally's Kremlin influence. */
  provocation: unit.default(0.5),
  /** Adopted decisions that are announced; a secret one never reaches the public picture. */
  public: z.boolean().default(true),
  effects: z.array(EffectSchema).default([]),
  source: sourceRefs,
});

export type CatalogueItem = z.infer<typeof CatalogueItemSchema>;
