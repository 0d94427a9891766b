// The scenario's analysis data (ADR 0020): response plans, the assumption register, the historical clocks.
import { z } from 'zod';
import { localisedText, type LocalisedText } from '../scenario/text';
import { id, sourceRefs } from '../scenario/common';

/** A player-visible text in both languages the product ships. */
export const BilingualSchema = localisedText(300);
export type Bilingual = LocalisedText;

/**
 * A NATO response: catalogue decisions the Council adopts together at the decision hour, then played
 * by SACEUR's and the allies' bots as fast as that authority allows.
 */
export const ResponsePlanSchema = z.object({
  id,
  label: BilingualSchema,
  description: BilingualSchema,
  /** Catalogue item ids adopted at the decision hour; their flags are the authority SACEUR gets. */
  decisions: z.array(id).min(1),
  /** The US delegation lets SACEUR, as EUCOM commander, move US national forces. */
  usConsent: z.boolean().default(false),
  source: sourceRefs,
});
export type ResponsePlan = z.infer<typeof ResponsePlanSchema>;

export const DestinationSchema = z.object({ unit: id, to: id, note: localisedText(300).optional() });

export const ResponsePlansSchema = z.object({
  /** Where each reinforcing unit goes once it may; a unit not listed stays where it is. */
  destinations: z.array(DestinationSchema).min(1),
  plans: z.array(ResponsePlanSchema).min(1),
});
export type ResponsePlans = z.infer<typeof ResponsePlansSchema>;

/** The assumptions the rules know how to apply; the register gives each its default, range and source. */
export const ASSUMPTION_KEYS = [
  'red-competence',
  'red-objective',
  'us-participation',
  'us-delay-days',
  'host-mobilisation-hour',
  'council-latency-hours',
  'reinforcement-speed',
] as const;
export type AssumptionKey = (typeof ASSUMPTION_KEYS)[number];

const common = {
  key: z.enum(ASSUMPTION_KEYS),
  label: BilingualSchema,
  description: BilingualSchema,
  /** Source ids; `designer-estimate` (itself a source entry) where no published figure exists. */
  source: sourceRefs,
};

export const AssumptionSchema = z.discriminatedUnion('kind', [
  z.object({
    ...common,
    kind: z.literal('number'),
    default: z.number(),
    min: z.number(),
    max: z.number(),
    unit: z.string().max(20).default(''),
  }),
  z.object({
    ...common,
    kind: z.literal('choice'),
    default: id,
    choices: z.array(z.object({ id, label: BilingualSchema })).min(2),
  }),
]);
export type Assumption = z.infer<typeof AssumptionSchema>;

/** The three clocks of NATO's decision speed (facts §2): they must not be confused on a screen. */
export const CLOCK_KINDS = ['councilMeets', 'measureAgreed', 'article5InForce'] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];

export const ClockSchema = z.object({
  id,
  clock: z.enum(CLOCK_KINDS),
  label: BilingualSchema,
  hours: z
    .number()
    .min(0)
    .max(24 * 365),
  source: sourceRefs,
});
export type HistoricalClock = z.infer<typeof ClockSchema>;
