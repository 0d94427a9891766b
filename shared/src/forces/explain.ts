// What an adjudication says, as data: a kind and its parameters, which every reader's client and
// every export word in the reader's language (explainWords.ts, ADR 0029). The words are read from
// the event the rules recorded and the rules in force, so the log keeps its shape: a log recorded
// before the kinds existed reads the same, and an event nothing here knows keeps its English.
import type { LocalisedText } from '../scenario/text';
import { inLanguage, verbatim } from '../scenario/text';
import type { Locale } from '../model/vocabulary';
import type { CombatRecord } from './combat';
import type { ForcesReport } from './events';
import { ADJUDICATION_WORDS, POSTURE_IDS, type AdjudicationKey, type PostureId } from './explainWords';
import type { ForcesScenario } from './schema';
import type { Side, Terrain } from './vocabulary';

export type AdjudicationKind = Extract<
  AdjudicationKey,
  | 'combatFallsBack'
  | 'combatStands'
  | 'combatHolds'
  | 'readiness'
  | 'permit'
  | 'destroyedInCombat'
  | 'destroyedCutOff'
  | 'captured'
  | 'recorded'
>;

/** A parameter: a number (written the reader's way), a name in every language, or a side. */
export type AdjudicationParam = number | string | LocalisedText;

export interface AdjudicationWords {
  readonly kind: AdjudicationKind;
  /** The side that acts (attacks, takes a place), worded by `side.red` or `side.blue`. */
  readonly side?: Side;
  readonly params: Readonly<Record<string, AdjudicationParam>>;
}

/** Names of the places and units an adjudication mentions, in every language. */
export interface AdjudicationNames {
  readonly place: (id: string) => LocalisedText;
  readonly unit: (id: string) => LocalisedText;
}

/** Names from the forces scenario in force; an id it does not know is shown as it is. */
export function namesOf(scenario: ForcesScenario | null | undefined): AdjudicationNames {
  const places = new Map((scenario?.places ?? []).map((p) => [p.id, p.name]));
  const units = new Map((scenario?.units ?? []).map((u) => [u.id, u.name]));
  return {
    place: (id) => places.get(id) ?? verbatim(id),
    unit: (id) => units.get(id) ?? verbatim(id),
  };
}

const factorOf = (record: CombatRecord, name: string, appliesTo: 'attacker' | 'defender'): number =>
  record.modifiers.find((m) => m.name === name && m.appliesTo === appliesTo)?.factor ?? 1;

/** A combat round in words: the record already holds every figure the sentence needs. */
export function combatWords(record: CombatRecord, names: AdjudicationNames): AdjudicationWords {
  const { result } = record;
  return {
    kind: result.defenderRetreats
      ? 'combatFallsBack'
      : result.defendersStand
        ? 'combatStands'
        : 'combatHolds',
    side: record.attackerSide,
    params: {
      place: names.place(record.placeId),
      attack: record.attackerPower,
      defence: record.defenderPower,
      terrain: factorOf(record, 'terrain', 'defender'),
      posture: factorOf(record, 'posture', 'defender'),
      airAttacker: factorOf(record, 'air', 'attacker'),
      airDefender: factorOf(record, 'air', 'defender'),
      ratio: record.ratio,
      column: record.column,
      die: record.dice.rolls[0] ?? 0,
      attackerLoss: result.attackerLoss,
      defenderLoss: result.defenderLoss,
    },
  };
}

const HOURS_PER_DAY = 24;
const recorded = (text: string): AdjudicationWords => ({ kind: 'recorded', params: { text } });

/**
 * The words of a report, from its event and the forces scenario the exercise runs (its rules and
 * the assumptions Control set). `alertedAt`: the hour the unit was alerted, when known.
 */
export function reportWords(
  report: ForcesReport,
  scenario: ForcesScenario | null | undefined,
  names: AdjudicationNames = namesOf(scenario),
): AdjudicationWords {
  switch (report.type) {
    case 'combatResolved':
      return combatWords(report, names);
    case 'readinessRolled': {
      // A unit the scenario gives no notice to move is ready at once (readiness.ts).
      const unit = scenario?.units.find((u) => u.id === report.unitId);
      const window = unit?.noticeToMoveHours ?? [0, 0];
      const rolled = report.dice.rolls[0];
      if (!unit || rolled === undefined) return recorded(report.explanation);
      return {
        kind: 'readiness',
        params: { min: window[0], max: window[1], rolled, readyAt: report.readyAt },
      };
    }
    case 'permitRolled': {
      const permit = scenario?.rules.permitDays;
      if (!permit || report.dice.rolls.length === 0) return recorded(report.explanation);
      const days = Math.round((report.grantedAt - report.atHour) / HOURS_PER_DAY);
      return { kind: 'permit', params: { mean: permit.mean, max: permit.max, days } };
    }
    case 'unitDestroyed': {
      const params = { unit: names.unit(report.unitId), place: names.place(report.placeId) };
      // The cause is recorded in English: "combat at <place>" or "cut off with no line of retreat".
      if (report.cause.startsWith('combat')) return { kind: 'destroyedInCombat', params };
      if (report.cause.startsWith('cut off')) return { kind: 'destroyedCutOff', params };
      return recorded(report.cause);
    }
    case 'placeCaptured':
      return { kind: 'captured', side: report.side, params: { place: names.place(report.placeId) } };
  }
}

/** The words of an event that explains itself in the log; null for any other event. */
export function eventAdjudicationWords(
  event: { readonly type: string },
  scenario: ForcesScenario | null | undefined,
  names?: AdjudicationNames,
): AdjudicationWords | null {
  switch (event.type) {
    case 'combatResolved':
    case 'readinessRolled':
    case 'permitRolled':
    case 'unitDestroyed':
    case 'placeCaptured':
      return reportWords(event as ForcesReport, scenario, names);
    default:
      return null;
  }
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();
/**
 * A number the reader's way: French 2,5 and 12 500. English keeps the figures as the rules wrote
 * them, which the record's sentence has always used.
 */
function formatNumber(n: number, locale: Locale): string {
  if (locale === 'en') return String(n);
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { useGrouping: 'min2', maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format.format(n);
}

/** A template of the adjudications' words filled in the reader's language. */
export function adjudicationTemplate(
  key: AdjudicationKey,
  locale: Locale,
  params: Readonly<Record<string, AdjudicationParam>> = {},
): string {
  return ADJUDICATION_WORDS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return formatNumber(value, locale);
    return typeof value === 'string' ? value : inLanguage(value, locale);
  });
}

/** The parameters of some words, the side worded and the place's terrain named, ready to fill. */
export function wordedParams(
  words: AdjudicationWords,
  locale: Locale,
): Readonly<Record<string, AdjudicationParam>> {
  return words.side
    ? { ...words.params, side: ADJUDICATION_WORDS[locale][`side.${words.side}`] }
    : words.params;
}

/** An adjudication in one language: the exports' and the record's sentence. */
export function wordAdjudication(words: AdjudicationWords, locale: Locale): string {
  return adjudicationTemplate(words.kind, locale, wordedParams(words, locale));
}

const POSTURE_BY_ENGLISH = new Map(POSTURE_IDS.map((id) => [ADJUDICATION_WORDS.en[`posture.${id}`], id]));

/**
 * The defenders' postures a combat record names: its posture modifier's reason is their English
 * names joined by ", " (combat.ts). Null when any part is not one of them (a log from other rules).
 */
export function postureIdsOf(why: string): readonly PostureId[] | null {
  const ids = why.split(', ').map((part) => POSTURE_BY_ENGLISH.get(part));
  return ids.every((id) => id !== undefined) ? (ids as PostureId[]) : null;
}

/** A combat modifier's reason in words (Control's detail of a combat round). */
export function modifierWhy(
  modifier: { readonly name: string; readonly appliesTo: 'attacker' | 'defender'; readonly why: string },
  place: { readonly terrain: Terrain; readonly name: LocalisedText } | null,
  hasDefenders: boolean,
  locale: Locale,
): string {
  switch (modifier.name) {
    case 'terrain':
      return place
        ? adjudicationTemplate('why.terrain', locale, {
            terrain: ADJUDICATION_WORDS[locale][`terrain.${place.terrain}`],
            place: place.name,
          })
        : modifier.why;
    case 'posture': {
      if (!hasDefenders) return adjudicationTemplate('why.noDefenders', locale);
      const postures = postureIdsOf(modifier.why);
      return postures
        ? postures.map((id) => ADJUDICATION_WORDS[locale][`posture.${id}`]).join(', ')
        : adjudicationTemplate('why.posture', locale);
    }
    case 'air':
      return adjudicationTemplate(
        modifier.appliesTo === 'attacker' ? 'why.airAttacker' : 'why.airDefender',
        locale,
      );
    default:
      return modifier.why;
  }
}
