// The scenario file format: zod schema (the single source), validated on load and exported as JSON Schema.
import { z } from 'zod';
import { localisedText } from './text';
import { checkAnalysisReferences } from '../analysis/references';
import { AssumptionSchema, ClockSchema, ResponsePlansSchema } from '../analysis/schema';
import { BotsScenarioSchema, checkBotReferences } from '../bots/schema';
import { SEAT_KINDS } from '../model/vocabulary';
import { AllySchema } from './allies';
import { CatalogueItemSchema } from './catalogue';
import { ChannelRulesSchema, checkChannelReferences, DEFAULT_CHANNEL_RULES } from './channels';
import { id, iso3, SourceSchema, sourceRefs } from './common';
import { ForcesScenarioSchema } from '../forces/schema';
import { InjectSchema } from './injects';
import { NationSchema } from './nations';
import { checkNegotiationReferences, NegotiationScenarioSchema } from '../negotiation/schema';
import { checkReferences } from './references';

export { SourceSchema } from './common';

export const SCENARIO_SCHEMA_VERSION = 1;

export const SeatSchema = z.object({
  id,
  kind: z.enum(SEAT_KINDS),
  label: localisedText(80),
  /** ISO 3166-1 alpha-3 code for a national seat. */
  nation: iso3.optional(),
  description: localisedText(500).optional(),
});

const seconds = z.number().int().min(0).max(86_400);

/** Real seconds per phase; 0 leaves the phase untimed, for Control to close. */
export const PhaseSecondsSchema = z.object({
  situation: seconds,
  consultation: seconds,
  decision: seconds,
  adjudication: seconds,
  hotwash: seconds,
});

/** Defaults for a half-day seminar: about 40 minutes of play per turn. */
export const DEFAULT_PHASE_SECONDS = {
  situation: 300,
  consultation: 900,
  decision: 600,
  adjudication: 300,
  hotwash: 300,
} as const;

const MeasureStartSchema = z.object({ value: z.number(), source: sourceRefs });

export const ScenarioSchema = z
  .object({
    schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
    id,
    title: localisedText(120),
    summary: localisedText(2000),
    /** The opening situation every seat reads at turn 1. */
    situation: localisedText(8000).optional(),
    /** Game time at the start of turn 1 (ISO 8601, UTC). */
    startsAt: z.string().datetime(),
    /** Hours of game time one turn covers unless Control changes it. */
    turnStepHours: z.number().int().min(1).max(168),
    phaseSeconds: PhaseSecondsSchema.default(DEFAULT_PHASE_SECONDS),
    /** Whether a hot wash follows adjudication; Control can still skip it. */
    hotwash: z.boolean().default(false),
    seats: z.array(SeatSchema).min(2),
    /** Every ally in the alliance: those with an ally seat of the same id can be played. */
    allies: z.array(AllySchema).default([]),
    /** Names of the nations a player may read of that no seat plays and no ally is (Russia, Belarus…). */
    nations: z.array(NationSchema).optional(),
    catalogue: z.array(CatalogueItemSchema).default([]),
    injects: z.array(InjectSchema).default([]),
    /** Starting alliance measures; missing ones start at the engine's neutral defaults. */
    measures: z
      .object({
        cohesion: MeasureStartSchema,
        deterrenceCredibility: MeasureStartSchema,
        escalationRung: MeasureStartSchema,
      })
      .partial()
      .default({}),
    sources: z.array(SourceSchema).default([]),
    /** Back-channels to the adversary, observers' access, what a public statement moves. */
    channels: ChannelRulesSchema.default(DEFAULT_CHANNEL_RULES),
    /** Units, route network, Red's plan and the rules of movement and combat (ADR 0004). */
    forces: ForcesScenarioSchema.optional(),
    /** Issues, options and the parties' secret priorities and red lines (ADR 0008). */
    negotiation: NegotiationScenarioSchema.optional(),
    /** How rule-based bots play each seat kind or seat (ADR 0010); defaults when absent. */
    bots: BotsScenarioSchema.optional(),
    /** Named NATO responses the cost-of-delay analysis plays (ADR 0020). */
    responsePlans: ResponsePlansSchema.optional(),
    /** The assumptions that decide outcomes, each with a default, a range and a source (ADR 0020). */
    assumptions: z.array(AssumptionSchema).optional(),
    /** Historical decision times, one per clock, marked on the cost-of-delay curve (ADR 0020). */
    clocks: z.array(ClockSchema).optional(),
  })
  .superRefine(checkReferences)
  .superRefine(checkChannelReferences)
  .superRefine(checkNegotiationReferences)
  .superRefine(checkBotReferences)
  .superRefine(checkAnalysisReferences);

export type Scenario = z.infer<typeof ScenarioSchema>;
/** What an author may write: defaults filled in by parsing. */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type SeatDefinition = z.infer<typeof SeatSchema>;
export type { AllyDefinition, AllySecret } from './allies';
export type { CatalogueItem } from './catalogue';
export type { Inject, Audience } from './injects';
export type { Effect } from './effects';
export type { ChannelRules } from './channels';
