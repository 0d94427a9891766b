// The scenario file format: zod schema (the single source), validated on load and exported as JSON Schema.
import { z } from 'zod';
import { SEAT_KINDS } from '../model/vocabulary';

export const SCENARIO_SCHEMA_VERSION = 1;

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens')
  .max(64);

export const SourceSchema = z.object({
  id,
  citation: z.string().min(1),
  url: z.string().url().optional(),
});

export const SeatSchema = z.object({
  id,
  kind: z.enum(SEAT_KINDS),
  label: z.string().min(1).max(80),
  /** ISO 3166-1 alpha-3 code for a national seat. */
  nation: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  description: z.string().max(500).optional(),
});

export const ScenarioSchema = z
  .object({
    schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
    id,
    title: z.string().min(1).max(120),
    summary: z.string().min(1).max(2000),
    /** Game time at the start of turn 1 (ISO 8601, UTC). */
    startsAt: z.string().datetime(),
    /** Hours of game time one turn covers unless Control changes it. */
    turnStepHours: z.number().int().min(1).max(168),
    seats: z.array(SeatSchema).min(2),
    sources: z.array(SourceSchema).default([]),
  })
  .superRefine((scenario, ctx) => {
    const seen = new Set<string>();
    scenario.seats.forEach((seat, index) => {
      if (seen.has(seat.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['seats', index, 'id'],
          message: `duplicate seat id "${seat.id}"`,
        });
      }
      seen.add(seat.id);
    });
    if (!scenario.seats.some((seat) => seat.kind === 'control')) {
      ctx.addIssue({ code: 'custom', path: ['seats'], message: 'a scenario needs a control seat' });
    }
  });

export type Scenario = z.infer<typeof ScenarioSchema>;
export type SeatDefinition = z.infer<typeof SeatSchema>;
