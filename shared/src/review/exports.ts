// What Control downloads after the exercise: the whole log as JSON, and CSV tables to analyse.
import type { GameEvent } from '../engine/events';
import type { ExerciseState } from '../engine/state';
import { replay } from '../engine/evolve';
import { assumptionsInForce } from '../analysis/assumptions';
import { redactEvent } from '../visibility/redact';
import { measuresSeries, type MeasurePoint } from './measures';
import {
  adjudicationsSheet,
  assumptionsSheet,
  decisionsSheet,
  hotwashSheet,
  measuresSheet,
  messagesTable,
  tableCsv,
  tagsSheet,
  type Table,
} from './tables';
import type { LocalisedText } from '../scenario/text';
import type { Locale } from '../model/vocabulary';

export const LOG_FORMAT = 'crisis-council-log';
export const LOG_FORMAT_VERSION = 1;

/**
 * The JSON export. `events` is the log exactly as stored, in order (index = seq), except that
 * every hash of a secret is removed (`tokenHash` of seat claims and assignments, `keyHash` of
 * assistant keys; visibility/redact). Replaying `events` (replay in engine/evolve) rebuilds every
 * state of the exercise but those hashes.
 */
export interface LogExport {
  readonly format: typeof LOG_FORMAT;
  readonly version: typeof LOG_FORMAT_VERSION;
  readonly exercise: {
    readonly exerciseId: string;
    readonly code: string;
    readonly title: string;
    readonly createdAt: string;
    readonly scenarioId: string;
    readonly scenarioTitle: LocalisedText;
    readonly seed: number | null;
    readonly variant: string | null;
    /** The assumption register's values in force (ADR 0027); null for a scenario without one. */
    readonly assumptions: Readonly<Record<string, number | string>> | null;
    readonly eventCount: number;
  };
  readonly events: readonly GameEvent[];
}

export function exportJson(events: readonly GameEvent[]): LogExport {
  const first = events[0];
  if (!first || first.type !== 'exerciseCreated')
    throw new Error('an exercise log must start with exerciseCreated');
  return {
    format: LOG_FORMAT,
    version: LOG_FORMAT_VERSION,
    exercise: {
      exerciseId: first.exerciseId,
      code: first.code,
      title: first.title,
      createdAt: first.createdAt,
      scenarioId: first.scenario.id,
      scenarioTitle: first.scenario.title,
      seed: first.seed ?? null,
      variant: first.variant ?? null,
      assumptions: first.scenario.assumptions?.length
        ? assumptionsInForce(first.scenario.assumptions, first.assumptions)
        : null,
      eventCount: events.length,
    },
    events: events.map(redactEvent),
  };
}

/** The CSV files of the review, by file name; each is one sheet of the workbook too. */
/** In the language Control asked the export in: scenario texts in it, the rest as recorded. */
export function reviewTables(events: readonly GameEvent[], locale: Locale = 'en'): Table[] {
  const state = replay(events);
  return [
    messagesTable(state, locale),
    decisionsSheet(state, locale),
    measuresSheet(measuresSeries(events)),
    adjudicationsSheet(events, locale),
    tagsSheet(state, events, locale),
    hotwashSheet(state),
    assumptionsSheet(events, locale),
  ];
}

export const REVIEW_TABLES = [
  'messages',
  'decisions',
  'measures',
  'adjudications',
  'tags',
  'hotwash',
  'assumptions',
] as const;
export type ReviewTableName = (typeof REVIEW_TABLES)[number];

export const messagesCsv = (state: ExerciseState): string => tableCsv(messagesTable(state));
export const decisionsCsv = (state: ExerciseState): string => tableCsv(decisionsSheet(state));
export const measuresCsv = (series: readonly MeasurePoint[]): string => tableCsv(measuresSheet(series));
