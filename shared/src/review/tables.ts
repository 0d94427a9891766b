// The review's tables: one model each for the CSV files and the workbook's sheets, so both agree.
import { everyMessage } from '../channels/state';
import { namedOverride } from './namedOverride';
import { codeIn } from './codeWords';
import { COMPARISON_TEXT, REPORT_WORDS, ROUTE_WORDS, RULING_KINDS } from './reportWords';
import type { GameEvent } from '../engine/events';
import type { ExerciseState } from '../engine/state';
import { toCsv, type CsvCell } from './csv';
import { decisionsTable } from './decisions';
import type { MeasurePoint } from './measures';
import { timeline } from './timeline';
import { eventNames, words } from './eventNames';
import { assumptionsInForce } from '../analysis/assumptions';
import type { Locale } from '../model/vocabulary';
import { initialState } from '../engine/evolve';
import { eventAdjudicationWords, namesOf as adjudicationNamesOf, wordAdjudication } from '../forces/explain';
import { ADJUDICATION_WORDS, type AdjudicationKey } from '../forces/explainWords';
import { isLocalisedText } from '../scenario/text';

export interface Table {
  /** File stem and sheet name: messages, decisions, measures, adjudications, tags, hotwash. */
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CsvCell[])[];
}

export const tableCsv = (table: Table): string => toCsv(table.header, table.rows);

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

/**
 * Every message of every channel, in the order they were posted (Control's `from` is empty); a
 * bot's set line in the export's language.
 */
export function messagesTable(state: ExerciseState, locale: Locale = 'en'): Table {
  const messages = everyMessage(state.channels).sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || 0);
  return {
    name: 'messages',
    header: MESSAGES_CSV_HEADER,
    rows: messages.map((m) => [
      m.id,
      m.channelId,
      m.from,
      m.template,
      m.subject,
      m.line ? m.line[locale] : m.body,
      m.mentions.join(' '),
      m.turn,
      m.gameTime,
      m.at,
      m.answers,
      m.answerId,
    ]),
  };
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
  // The code columns worded in the export's language, after every code column (ADR 0029).
  'comparisonLabel',
  'adoptedViaLabel',
  'raisedByLabel',
] as const;

/** The decisions with their catalogue titles in the language of the export (ADR 0029). */
export function decisionsSheet(state: ExerciseState, locale: Locale = 'en'): Table {
  const names = eventNames(state.scenario, locale);
  const worded = (words: Readonly<Record<string, string>>, code: string | null) =>
    code === null ? null : (words[code] ?? code);
  return {
    name: 'decisions',
    header: DECISIONS_CSV_HEADER,
    rows: decisionsTable(state).map((r) => [
      r.itemId,
      r.title[locale],
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
      worded(COMPARISON_TEXT[locale], r.comparison),
      worded(ROUTE_WORDS[locale], r.adoptedVia),
      r.raisedBy === null ? null : (names.of(r.raisedBy) ?? r.raisedBy),
    ]),
  };
}

/** One row per point; public support gets one column per nation seen anywhere in the series. */
export function measuresSheet(series: readonly MeasurePoint[]): Table {
  const nations = [...new Set(series.flatMap((p) => Object.keys(p.publicSupport)))].sort();
  return {
    name: 'measures',
    header: [
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
      'agreementProgress',
      ...nations.map((n) => `publicSupport.${n}`),
    ],
    rows: series.map((p) => [
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
      p.agreementProgress,
      ...nations.map((n) => p.publicSupport[n]),
    ]),
  };
}

const text = (event: GameEvent, key: string): string | null => {
  const value = (event as unknown as Record<string, unknown>)[key];
  return typeof value === 'string' && value.length > 0 ? value : null;
};

/** A reason the rules give as a code ("routeCut") in words; anything else as written. */
function reasonIn(said: string, locale: Locale): string {
  if (!/^[a-z]+[A-Z]\w*$|^[a-z]+$/.test(said)) return said;
  const key = `reason.${said}` as AdjudicationKey;
  return key in ADJUDICATION_WORDS[locale] ? ADJUDICATION_WORDS[locale][key] : words(said);
}

/**
 * Every event that explains itself: adjudications (combat, readiness and permit rolls carry an
 * explanation), Control's overrides and ladder moves (a rationale or reason). Found by field, so
 * new kinds of ruling join the table without a change here. The rules' sentences are worded in the
 * export's language from their kinds (forces/explain.ts); a person's own words stay as written.
 */
export function adjudicationsSheet(events: readonly GameEvent[], locale: Locale = 'en'): Table {
  const entries = timeline(events);
  const first = events[0];
  const created = first?.type === 'exerciseCreated' ? first : null;
  const names = eventNames(created ? created.scenario : null, locale);
  // The rules in force: the scenario's forces with the assumptions Control set at creation.
  const forces = created?.scenario.forces ? initialState(created).forces?.scenario : null;
  const adjudicationNames = forces ? adjudicationNamesOf(forces) : undefined;
  const name = (id: string | null) => (id === null ? null : (names.of(id) ?? id));
  const rows = events.flatMap((event, seq) => {
    const reason = (event as unknown as Record<string, unknown>).reason;
    const said =
      text(event, 'explanation') ??
      text(event, 'rationale') ??
      (isLocalisedText(reason) ? reason[locale] : text(event, 'reason'));
    if (said === null) return [];
    const ruled = text(event, 'explanation')
      ? eventAdjudicationWords(event, forces, adjudicationNames)
      : null;
    const why = ruled ? wordAdjudication(ruled, locale) : reasonIn(said, locale);
    const gameTime = entries[seq]?.gameTime ?? null;
    const target = (event as unknown as Record<string, unknown>).target;
    // An override says what it set aside and what it set; other rulings name their unit or place.
    const subject =
      event.type === 'resultOverridden'
        ? namedOverride(event.target, event.previous, names, locale)
        : (name(text(event, 'unitId')) ??
          name(text(event, 'placeId')) ??
          (typeof target === 'string' ? name(target) : target ? JSON.stringify(target) : null));
    // Who ruled: Control's hand is Control's; every other explained event is the rules' dice.
    const by = event.type === 'resultOverridden' || event.type === 'adHocInjectFired' ? 'Control' : 'rules';
    const row: CsvCell[] = [seq, event.type, gameTime, text(event, 'at'), subject, why, by];
    // A French export words the two code columns beside the codes, which machines keep reading.
    if (locale === 'fr')
      row.push(
        RULING_KINDS.fr[event.type] ?? codeIn(event.type, locale),
        by === 'rules' ? REPORT_WORDS.fr.rules : by,
      );
    return [row];
  });
  const header = ['seq', 'type', 'gameTime', 'at', 'subject', 'explanation', 'by'];
  return {
    name: 'adjudications',
    header: locale === 'fr' ? [...header, 'typeLabel', 'byLabel'] : header,
    rows,
  };
}

export function tagsSheet(state: ExerciseState, events: readonly GameEvent[], locale: Locale = 'en'): Table {
  const header = ['id', 'seq', 'eventType', 'kind', 'note', 'by', 'at'];
  const first = events[0];
  const names = eventNames(first?.type === 'exerciseCreated' ? first.scenario : null, locale);
  return {
    name: 'tags',
    header: locale === 'fr' ? [...header, 'eventTypeLabel', 'byLabel'] : header,
    rows: state.review.tags.map((t) => {
      const type = events[t.seq]?.type ?? null;
      const row: CsvCell[] = [t.id, t.seq, type, t.kind, t.note, t.by, t.at];
      // A French export words the event's type and the tagging seat beside their codes.
      if (locale === 'fr')
        row.push(
          type === null ? null : codeIn(type, locale),
          t.by === null ? 'Control' : (names.of(t.by) ?? t.by),
        );
      return row;
    }),
  };
}

/** One row per answer; a question nobody answered still has a row, with the answer empty. */
export function hotwashSheet(state: ExerciseState): Table {
  return {
    name: 'hotwash',
    header: [
      'questionId',
      'turn',
      'gameTime',
      'askedAt',
      'question',
      'audience',
      'seat',
      'answer',
      'answeredAt',
    ],
    rows: state.review.questions.flatMap((q) => {
      const asked = [
        q.id,
        q.turn,
        q.gameTime,
        q.at,
        q.question,
        q.audience === 'all' ? 'all' : q.audience.join(' '),
      ];
      return q.answers.length === 0
        ? [[...asked, null, null, null]]
        : q.answers.map((a) => [...asked, a.seatId, a.text, a.at]);
    }),
  };
}

/**
 * The assumptions the exercise ran under (ADR 0027): each of the register's entries with the value
 * `exerciseCreated` stored (the default for a log written before Control could set them).
 */
export function assumptionsSheet(events: readonly GameEvent[], locale: Locale = 'en'): Table {
  const first = events[0];
  const created = first?.type === 'exerciseCreated' ? first : null;
  const register = created?.scenario.assumptions ?? [];
  const values = assumptionsInForce(register, created?.assumptions);
  return {
    name: 'assumptions',
    header: ['key', 'label', 'value', 'default', 'range', 'changed', 'source'],
    rows: register.map((a) => [
      a.key,
      a.label[locale],
      values[a.key],
      a.default,
      a.kind === 'number'
        ? `${a.min}–${a.max}${a.unit ? ` ${a.unit}` : ''}`
        : a.choices.map((c) => c.id).join(' | '),
      values[a.key] === a.default ? 'no' : 'yes',
      a.source.join(' '),
    ]),
  };
}
