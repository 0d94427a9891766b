// Building blocks shared by the scenario schema's parts: ids, source references, bounded numbers.
import { z } from 'zod';
import { isPrototypeName } from '../model/lookup';

export const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens')
  .max(64)
  // Ids key the state's records: one named like an Object.prototype member could shadow it.
  .refine((s) => !isPrototypeName(s), 'choose an id that is not a name every object has');

export const SourceSchema = z.object({
  id,
  citation: z.string().min(1),
  url: z.string().url().optional(),
});

/** Ids from the scenario's `sources` that back the numbers of the entry carrying them. */
export const sourceRefs = z.array(id).min(1, 'cite at least one source from `sources`');

export const unit = z.number().min(0).max(1);
export const signedUnit = z.number().min(-1).max(1);

export const iso3 = z.string().regex(/^[A-Z]{3}$/, 'use an ISO 3166-1 alpha-3 code');
