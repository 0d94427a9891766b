// The `forces` section of a scenario: places, legs, units, Red's plan and the rule numbers, each cited.
import { z } from 'zod';
import { localisedText } from '../scenario/text';
import { isPrototypeName } from '../model/lookup';
import { ESCALATION_RUNGS } from './escalation';
import {
  COMMAND_AUTHORITIES,
  FORCE_GROUPS,
  LEG_MODES,
  PLACE_KINDS,
  READINESS,
  SIDES,
  TERRAINS,
  UNIT_TYPES,
} from './vocabulary';
import { checkForcesReferences } from './schemaChecks';

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens')
  .max(64)
  // Ids key the state's records: one named like an Object.prototype member could shadow it.
  .refine((s) => !isPrototypeName(s), 'choose an id that is not a name every object has');
const nation = z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code');
/** Where a number comes from: a facts.md source, or "design assumption" with the reason. */
const source = z.string().min(3);
const hours = z
  .number()
  .min(0)
  .max(24 * 365);

export const PlaceSchema = z.object({
  id,
  name: localisedText(80),
  kind: z.enum(PLACE_KINDS),
  country: nation,
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  terrain: z.enum(TERRAINS),
  /** A NATO Force Integration Unit receives this many battalion-equivalents a day here. */
  nfiu: z.object({ receptionPerDay: z.number().positive(), source }).optional(),
  /** Rail gauge changes here (1,435 ↔ 1,520 mm). */
  gaugeBreak: z.boolean().optional(),
  /** Share of "ground held" this place stands for. */
  weight: z.number().min(0).max(10).default(1),
});

export const LegSchema = z.object({
  id,
  from: id,
  to: id,
  mode: z.enum(LEG_MODES),
  km: z.number().positive(),
  /** Transit hours for a formation moving administratively (either direction). */
  hours: z.number().positive(),
  /** Battalion-equivalents that may start this leg in one game day. */
  capacityPerDay: z.number().positive(),
  /** Legs Red can interdict with fires, e.g. the Suwałki corridor. */
  corridor: z.string().max(40).optional(),
  source,
});

export const UnitSchema = z.object({
  id,
  name: localisedText(120),
  type: z.enum(UNIT_TYPES),
  /** APP-6 symbol identification code, as milsymbol reads it. */
  sidc: z.string().regex(/^[A-Z0-9*-]{10,30}$/),
  side: z.enum(SIDES),
  owner: nation,
  authority: z.enum(COMMAND_AUTHORITIES),
  group: z.enum(FORCE_GROUPS),
  /** Size in battalion-equivalents (squadrons for air units). */
  battalions: z.number().positive().max(20),
  strength: z.number().min(0).max(100).default(100),
  readiness: z.enum(
    READINESS.filter((r) => r !== 'moving' && r !== 'destroyed') as [
      'garrison',
      'alerted',
      'staged',
      'inPlace',
    ],
  ),
  location: id,
  /** Port or airfield of embarkation `stageUnit` sends it to. */
  stagingPlace: id.optional(),
  /** Hours from alert until it can move, [min, max]; rolled when alerted. */
  noticeToMoveHours: z.tuple([hours, hours]).optional(),
  /** Prepositioned equipment site: crews fly there and draw the kit. */
  prepositionedAt: id.optional(),
  drawHours: hours.optional(),
  /** Ids of the variants (orders of battle) this unit belongs to. */
  variants: z.array(id).min(1),
  source,
});

export const RedAxisSchema = z.object({
  id,
  name: localisedText(80),
  units: z.array(id).min(1),
  path: z.array(id).min(2),
  startOffsetHours: hours,
  objective: id,
});

export const RedPlanSchema = z.object({
  incursionHour: hours,
  escalation: z.array(z.object({ atHour: hours, rung: z.enum(ESCALATION_RUNGS), note: localisedText(300) })),
  axes: z.array(RedAxisSchema).min(1),
  interdictions: z.array(z.object({ legs: z.array(id).min(1), atOffsetHours: hours, durationHours: hours })),
  source,
});

export const ForcesRulesSchema = z.object({
  combatRoundHours: z.number().int().min(1).max(24),
  combatFactors: z.record(z.enum(UNIT_TYPES), z.number().min(0)),
  terrainDefence: z.record(z.enum(TERRAINS), z.number().positive()),
  posture: z.object({
    garrison: z.number().positive(),
    alerted: z.number().positive(),
    moving: z.number().positive(),
    inPlace: z.number().positive(),
    prepared: z.number().positive(),
  }),
  preparedAfterHours: hours,
  hostileAdvanceFactor: z.number().min(1),
  airPerSquadron: z.number().min(0),
  airCap: z.number().min(1),
  gaugeChangeHours: hours,
  interdictionFactor: z.number().min(1),
  permitDays: z.object({ mean: z.number().positive(), max: z.number().positive() }),
  culminationStrength: z.number().min(0).max(100),
  destroyedBelow: z.number().min(0).max(100),
  /** One citation per rule key above. */
  sources: z.record(z.string(), source),
});

export const ForcesScenarioSchema = z
  .object({
    schemaVersion: z.literal(1),
    id,
    /** Orders of battle an exercise may be played with; the scenario author names them. */
    variants: z
      .array(z.object({ id, label: localisedText(120), description: localisedText(1000), source }))
      .min(1),
    /** The variant an exercise plays unless its creator picks another; the first one if absent. */
    defaultVariant: id.optional(),
    places: z.array(PlaceSchema).min(2),
    legs: z.array(LegSchema).min(1),
    units: z.array(UnitSchema).min(1),
    redPlan: RedPlanSchema,
    rules: ForcesRulesSchema,
    objectives: z.object({
      /** Red arriving here is RAND's measure: "the outskirts of Tallinn or Riga". */
      redArrivalTargets: z.array(id).min(1),
      capitals: z.array(id).min(1),
      /** Countries whose ground "ground held" counts. */
      theatre: z.array(nation).min(1),
      /** Countries whose ground Red holds at the start; every other place starts Blue. */
      redCountries: z.array(nation).min(1),
    }),
    measures: z.object({
      cohesion: z.number().min(0).max(100),
      deterrenceCredibility: z.number().min(0).max(100),
      publicSupport: z.record(nation, z.number().min(0).max(100)),
      source,
    }),
  })
  .superRefine(checkForcesReferences);

export type ForcesScenario = z.infer<typeof ForcesScenarioSchema>;
export type ForcesScenarioInput = z.input<typeof ForcesScenarioSchema>;
export type PlaceDef = z.infer<typeof PlaceSchema>;
export type LegDef = z.infer<typeof LegSchema>;
export type UnitDef = z.infer<typeof UnitSchema>;
export type RedAxis = z.infer<typeof RedAxisSchema>;
export type ForcesRules = z.infer<typeof ForcesRulesSchema>;

/** The variant an exercise plays when its creator names none. */
export const defaultVariantOf = (scenario: ForcesScenario): string =>
  scenario.defaultVariant ?? scenario.variants[0]!.id;
