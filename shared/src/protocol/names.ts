// Names people give themselves and things (seat holders, assistants, Control members, channels,
// exercise and inject titles): one normal form, nothing hidden, and the key by which two names
// read the same (ADR 0024). Every path that takes a name from outside validates it here.
import { z } from 'zod';

/**
 * Characters a reader cannot see, or that change how the rest is read: controls (NUL, C0, C1),
 * format characters (zero-width space and joiners, bidi marks, embeddings, overrides and isolates,
 * the byte-order mark, soft hyphen, tags), private use, unassigned code points, lone surrogates and
 * the blank letters (Hangul fillers, braille blank, combining grapheme joiner).
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\u034F\u115F\u1160\u2800\u3164\uFFA0]/u;
/** Spaces of every width and line breaks: collapsed to one plain space. */
const SPACES = /[\t\n\v\f\r \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/gu;
/** What a reader can see and tell apart: a letter, a digit or a symbol (an emoji). */
const VISIBLE = /[\p{L}\p{N}\p{So}]/u;

/** The stored form of a name: NFC, every run of spaces one plain space, none at either end. */
export function normaliseName(raw: string): string {
  return raw.normalize('NFC').replace(SPACES, ' ').replace(/^ | $/g, '');
}

export type NameProblemCode = 'NAME_HIDDEN_CHARACTERS' | 'NAME_BLANK';

/** Why a normalised name cannot be taken, or null. */
export function nameProblem(name: string): NameProblemCode | null {
  if (HIDDEN.test(name)) return 'NAME_HIDDEN_CHARACTERS';
  if (!VISIBLE.test(name)) return 'NAME_BLANK';
  return null;
}

const PROBLEM_MESSAGES: Record<NameProblemCode, string> = {
  NAME_HIDDEN_CHARACTERS:
    'The name contains characters a reader cannot see (control, zero-width or text-direction characters); type it again without them.',
  NAME_BLANK: 'The name needs at least one letter or digit.',
};

/**
 * The schema of a name or a title: normalised (normaliseName), then refused with its own code
 * (carried in the issue's params, see codeOfIssues) when hidden or blank, then held to `max`.
 */
export function nameSchema(max: number, blank = PROBLEM_MESSAGES.NAME_BLANK) {
  return z
    .string()
    .overwrite(normaliseName)
    .superRefine((name, ctx) => {
      const code = nameProblem(name);
      if (code) {
        const message = code === 'NAME_BLANK' ? blank : PROBLEM_MESSAGES[code];
        ctx.addIssue({ code: 'custom', message, params: { code } });
      }
    })
    .min(1, blank)
    .max(max, `at most ${max} characters`);
}

/**
 * The key two names share when a reader could take one for the other: compatibility-decomposed,
 * accents and other marks dropped, hidden characters and variation selectors dropped, lower case,
 * punctuation and spaces read as one space. "P usa\u200b", "P. USA" and "p  usa" share "p usa".
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\p{M}\p{Cf}\p{Cc}]/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{So}]+/gu, ' ')
    .trim();
}

/** Whether `phrase` appears in `name` as whole words, both compared by their keys. */
export function containsWords(name: string, phrase: string): boolean {
  const key = nameKey(phrase);
  return key !== '' && ` ${nameKey(name)} `.includes(` ${key} `);
}

/** The name refusal among a schema's issues (nameSchema puts its code in params), or null. */
export function nameIssue(
  issues: readonly { readonly message: string; readonly params?: unknown }[],
): { readonly code: NameProblemCode; readonly message: string } | null {
  for (const issue of issues) {
    const code = (issue.params as { code?: unknown } | undefined)?.code;
    if (code === 'NAME_HIDDEN_CHARACTERS' || code === 'NAME_BLANK') return { code, message: issue.message };
  }
  return null;
}
