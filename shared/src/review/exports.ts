// What Control downloads after the exercise: the whole log as JSON, and CSV tables to analyse.
import type { GameEvent } from '../engine/events';
import type { ExerciseState } from '../engine/state';
import { toCsv } from './csv';
import { decisionsTable } from './decisions';
import type { MeasurePoint } from './measures';

export const LOG_FORMAT = 'crisis-council-log';
export const LOG_FORMAT_VERSION = 1;

/**
 * The JSON export. `events` is the log exactly as stored, in order (index = seq), except that
 * `seatClaimed` events lose their `tokenHash`: a seat token's hash never leaves the server.
 * Replaying `events` (replay in engine/evolve) rebuilds every state of the exercise but the seat hashes.
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
    readonly scenarioTitle: string;
    readonly seed: number | null;
    readonly variant: string | null;
    readonly eventCount: number;
  };
  readonly events: readonly GameEvent[];
}

/** The event with every secret removed: today only the seat token hash. */
export function redactEvent(event: GameEvent): GameEvent {
  if (event.type !== 'seatClaimed') return event;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { tokenHash, ...rest } = event;
  return rest as GameEvent;
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
      eventCount: events.length,
    },
    events: events.map(redactEvent),
  };
}

export const MESSAGES_CSV_HEADER = [
  'id',
  'channel',
  'from',
  'template',
  'subject',
  'body',
  'mentions',
  'turn',
  'gameTime',
  'at',
  'answers',
  'answerId',
] as const;

/** Every message of every channel, in the order they were posted (Control's `from` is empty). */
export function messagesCsv(state: ExerciseState): string {
  const messages = Object.values(state.channels.messages).sort(
    (a, b) => Date.parse(a.at) - Date.parse(b.at) || 0,
  );
  return toCsv(
    MESSAGES_CSV_HEADER,
    messages.map((m) => [
      m.id,
      m.channelId,
      m.from,
      m.template,
      m.subject,
      m.body,
      m.mentions.join(' '),
      m.turn,
      m.gameTime,
      m.at,
      m.answers,
      m.answerId,
    ]),
  );
}

export const DECISIONS_CSV_HEADER = [
  'itemId',
  'title',
  'raisedAt',
  'raisedBy',
  'tabledAt',
  'drafts',
  'decidedAt',
  'adoptedVia',
  'latencyHours',
  'waitingHours',
  'comparison',
  'vsNineEleven24h',
  'vsLibya2Weeks',
  'vsTurkey1Month',
] as const;

export function decisionsCsv(state: ExerciseState): string {
  return toCsv(
    DECISIONS_CSV_HEADER,
    decisionsTable(state).map((r) => [
      r.itemId,
      r.title,
      r.raisedAt,
      r.raisedBy,
      r.tabledAt,
      r.drafts,
      r.decidedAt,
      r.adoptedVia,
      r.latencyHours,
      r.waitingHours,
      r.comparison,
      r.versusAnchors?.nineEleven,
      r.versusAnchors?.libya,
      r.versusAnchors?.turkey,
    ]),
  );
}

/** One row per point; public support gets one column per nation seen anywhere in the series. */
export function measuresCsv(series: readonly MeasurePoint[]): string {
  const nations = [...new Set(series.flatMap((p) => Object.keys(p.publicSupport)))].sort();
  return toCsv(
    [
      'seq',
      'turn',
      'gameTime',
      'cohesion',
      'deterrenceCredibility',
      'escalationRung',
      'theatreCohesion',
      'theatreDeterrenceCredibility',
      'escalation',
      'groundHeld',
      ...nations.map((n) => `publicSupport.${n}`),
    ],
    series.map((p) => [
      p.seq,
      p.turn,
      p.gameTime,
      p.cohesion,
      p.deterrenceCredibility,
      p.escalationRung,
      p.theatreCohesion,
      p.theatreDeterrenceCredibility,
      p.escalation,
      p.groundHeld,
      ...nations.map((n) => p.publicSupport[n]),
    ]),
  );
}
