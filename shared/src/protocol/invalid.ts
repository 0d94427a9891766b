// What is wrong with a value a schema refused, as data a client words in its reader's language:
// which field, and why (missing, too long and the limit, not one of the allowed values, of the
// wrong type…), read from the zod issue itself, never from its English message. The server sends it
// as a refusal's params; a form checks its input against the same schema and words it alike.
import type { z } from 'zod';
import type { RefusalValue } from './refusals';

/** The reasons a field is refused with, and the params each carries (in the refusal registry twice). */
export const FIELD_REASONS = {
  missing: ['field'],
  empty: ['field'],
  tooLong: ['field', 'max'],
  tooShort: ['field', 'min'],
  tooMany: ['field', 'max'],
  tooFew: ['field', 'min'],
  tooLarge: ['field', 'max'],
  tooSmall: ['field', 'min'],
  notWhole: ['field'],
  notOneOf: ['field', 'choices'],
  wrongType: ['field', 'expected'],
  badFormat: ['field'],
  unknownField: ['field'],
  notAccepted: ['field'],
} as const;

export type FieldReason = keyof typeof FIELD_REASONS;

/** A field problem's params: the reason, the field's path ("text", "target.value") and its limits. */
export type FieldProblem = {
  [R in FieldReason]: { readonly reason: R } & {
    readonly [P in (typeof FIELD_REASONS)[R][number]]: P extends 'field' ? string : RefusalValue;
  };
}[FieldReason];

type Issue = z.core.$ZodIssue;
type Key = PropertyKey;

/** The field's path as a reader may follow it: names joined by dots, list positions counted from 1. */
export function fieldPath(path: readonly Key[], root = ''): string {
  const named = path.map((key) => (typeof key === 'number' ? String(key + 1) : String(key)));
  return named.join('.') || root;
}

function valueAt(input: unknown, path: readonly Key[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<Key, unknown>)[key];
  }
  return value;
}

const LISTED = (values: readonly unknown[]): string[] => values.map((v) => String(v));

/** The problem a zod issue states, with `input` the value the schema was given (to tell missing apart). */
export function fieldProblem(issue: Issue, input: unknown, root = ''): FieldProblem {
  const field = fieldPath(issue.path, root);
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(input, issue.path) === undefined) return { reason: 'missing', field };
      if (issue.expected === 'int') return { reason: 'notWhole', field };
      return { reason: 'wrongType', field, expected: issue.expected };
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { reason: 'tooLong', field, max };
      if (issue.origin === 'array' || issue.origin === 'set') return { reason: 'tooMany', field, max };
      return { reason: 'tooLarge', field, max };
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return min <= 1 ? { reason: 'empty', field } : { reason: 'tooShort', field, min };
      if (issue.origin === 'array' || issue.origin === 'set') return { reason: 'tooFew', field, min };
      return { reason: 'tooSmall', field, min };
    }
    case 'invalid_value':
      return { reason: 'notOneOf', field, choices: LISTED(issue.values) };
    case 'invalid_format':
      return { reason: 'badFormat', field };
    case 'unrecognized_keys':
      return { reason: 'unknownField', field: fieldPath([...issue.path, issue.keys[0] ?? ''], root) };
    case 'invalid_union':
      // A command whose type is none the protocol knows, or a value none of the shapes takes.
      return valueAt(input, issue.path) === undefined
        ? { reason: 'missing', field }
        : { reason: 'notAccepted', field };
    default:
      return { reason: 'notAccepted', field };
  }
}

/** The first problem of a failed parse, as params, or null when it passed. */
export function firstFieldProblem(
  result: { readonly success: boolean; readonly error?: { readonly issues: readonly Issue[] } },
  input: unknown,
  root = '',
): FieldProblem | null {
  const issue = result.success ? undefined : result.error?.issues[0];
  return issue ? fieldProblem(issue, input, root) : null;
}
