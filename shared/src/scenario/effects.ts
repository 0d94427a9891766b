// What adopting a council decision or firing an inject changes, as data the engine interprets.
import { z } from 'zod';
import { ALLY_ATTRIBUTES } from '../model/council';
import { FLAGS, MEASURES } from '../model/effects';
import { id } from './common';

/** `*` means every ally. */
const allyRef = z.union([id, z.literal('*')]);

export const EffectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('flag'), flag: z.enum(FLAGS), value: z.boolean().default(true) }),
  z.object({ kind: z.literal('measure'), measure: z.enum(MEASURES), delta: z.number() }),
  z.object({
    kind: z.literal('allyAttribute'),
    ally: allyRef,
    attribute: z.enum(ALLY_ATTRIBUTES),
    delta: z.number().min(-2).max(2),
  }),
  z.object({ kind: z.literal('allyElection'), ally: allyRef, electionSoon: z.boolean() }),
  z.object({
    kind: z.literal('allyDisposition'),
    ally: allyRef,
    item: id,
    delta: z.number().min(-2).max(2),
  }),
]);

export type Effect = z.infer<typeof EffectSchema>;
