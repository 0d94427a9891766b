// Words a refusal's params in the reader's language: scenario texts in that language, the rules' ids
// (a phase, a readiness, a stance…) by the interface's own labels, lists as the language joins them,
// a game time as the language writes dates; the id itself only where the interface has no label.
import { isLocalisedText, type Locale, type RefusalParams, type RefusalValue } from '@council/shared';
import { draftName } from '../features/council/draftName';
import { en } from './en';
import { fr } from './fr';

/** Params naming an id the interface labels: the label is the key's prefix plus the id. */
const LABELLED: Readonly<Record<string, string>> = {
  phase: 'phase.',
  phases: 'phase.',
  readiness: 'map.readiness.',
  position: 'stance.',
  measure: 'measure.',
  rung: 'map.rung.',
  signal: 'map.signal.',
  side: 'refusal.side.',
  mode: 'refusal.redMode.',
  access: 'refusal.access.',
  status: 'refusal.draftStatus.',
  expected: 'refusal.expected.',
};

/**
 * The vocabulary a refused field's allowed values (`choices`) come from, by the field's own name
 * (its last: "target.position" is a position): a param's labels, and the words forms choose them by.
 */
const CHOICES_OF_FIELD: Readonly<Record<string, string>> = {
  ...LABELLED,
  template: 'channels.template.',
  kind: 'review.tagKind.',
};

/** The label prefix for the choices of the field at this path, if the interface words them. */
function choicesPrefix(field: RefusalValue | undefined): string | undefined {
  if (typeof field !== 'string') return undefined;
  const last = field.split('.').findLast((n) => !/^\d+$/.test(n));
  return last === undefined ? undefined : CHOICES_OF_FIELD[last];
}

/** Lists read as alternatives ("consultation or decision"); every other list as a whole ("Hungary and Türkiye"). */
const ALTERNATIVES: ReadonlySet<string> = new Set(['phases', 'choices', 'known']);

const catalogue: Record<Locale, Readonly<Record<string, string>>> = { en, fr };

/**
 * A command's field by the label forms give it (its last name: "measureEffects.2.delta" is "Change 2",
 * the position of the list's entry after it); a scenario's JSON path (`$.seats[0]`), or a field the
 * interface has no label for, as it is.
 */
function fieldLabel(locale: Locale, path: string): string {
  const quoted = locale === 'fr' ? `« ${path} »` : `“${path}”`;
  if (path.startsWith('$')) return quoted;
  const names = path.split('.');
  const last = names.findLast((n) => !/^\d+$/.test(n));
  const labelled = last === undefined ? undefined : catalogue[locale][`refusal.field.${last}`];
  if (labelled === undefined) return quoted;
  const position = names.findLast((n) => /^\d+$/.test(n));
  return position === undefined ? labelled : `${labelled} ${position}`;
}

function label(locale: Locale, name: string, id: string, prefix = LABELLED[name]): string {
  if (name === 'field') return fieldLabel(locale, id);
  if (prefix === undefined) return name === 'draft' ? draftName(id) : id;
  return catalogue[locale][`${prefix}${id || 'none'}`] ?? id;
}

function gameTime(locale: Locale, iso: string): string {
  const time = Date.parse(iso);
  if (!Number.isFinite(time)) return iso;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(time);
}

function word(locale: Locale, name: string, value: RefusalValue, prefix?: string): string | number {
  if (typeof value === 'number') return value;
  if (isLocalisedText(value)) return value[locale];
  if (Array.isArray(value)) {
    const items = value.map((v: string | Readonly<Record<Locale, string>>) =>
      typeof v === 'string' ? label(locale, name, v, prefix ?? LABELLED[name]) : v[locale],
    );
    const type = ALTERNATIVES.has(name) ? 'disjunction' : 'conjunction';
    return new Intl.ListFormat(locale, { type }).format(items);
  }
  if (name === 'at') return gameTime(locale, value as string);
  return label(locale, name, value as string);
}

/** The refusal's params worded for the reader, ready to fill its sentence (the reason left out). */
export function wordRefusal(
  locale: Locale,
  params: RefusalParams | undefined,
): Readonly<Record<string, string | number>> {
  if (!params) return {};
  // A field's allowed values worded by its vocabulary's labels (the id where it has none).
  const choices = params.reason === 'notOneOf' ? choicesPrefix(params.field) : undefined;
  return Object.fromEntries(
    Object.entries(params)
      .filter(([name]) => name !== 'reason')
      .map(([name, value]) => [name, word(locale, name, value, name === 'choices' ? choices : undefined)]),
  );
}
