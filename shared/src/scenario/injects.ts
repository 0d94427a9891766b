// The master events list: scripted injects Control releases by turn, to everyone or to named seats.
import { z } from 'zod';
import { localisedText } from './text';
import { id, sourceRefs } from './common';
import { EffectSchema } from './effects';

export const AudienceSchema = z.union([z.literal('public'), z.array(id).min(1)]);
export type Audience = z.infer<typeof AudienceSchema>;

export const InjectSchema = z.object({
  id,
  /** Fires when this turn starts, unless `manual`; Control may fire any inject earlier. */
  turn: z.number().int().min(1),
  /** Game time the inject narrates, if it differs from the turn's start (ISO 8601). */
  at: z.string().datetime().optional(),
  title: localisedText(120),
  text: localisedText(4000),
  audience: AudienceSchema,
  effects: z.array(EffectSchema).default([]),
  manual: z.boolean().default(false),
  source: sourceRefs.optional(),
});

export type Inject = z.infer<typeof InjectSchema>;
