// Raw input from outside, checked before anything else touches it: what storage could not keep
// (NUL, lone surrogates), what JSON cannot carry (BigInt from msgpack int64) and keys that would
// reach an object's prototype. Then the command's zod schema, with one code for every failure.
import { CommandSchema, type Command } from '../engine/commands';
import { reject } from './errors';
import { fieldProblem } from './invalid';
import { nameIssue } from './names';
import { MAX_COMMAND_BYTES } from './messages';
import { fail, ok, type Result } from './result';

/** Deeper than any command nests; a bound keeps the walk cheap on hostile frames. */
const MAX_DEPTH = 16;
/** Values (strings, numbers, keys…) in one input; a command has far fewer. */
const MAX_NODES = 4_000;

/** NUL, or a UTF-16 surrogate without its pair: PostgreSQL refuses both in text and JSON. */
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a value from outside cannot be taken, by its path from `root`; null when it can. */
export function inputProblem(value: unknown, root = 'command'): string | null {
  let nodes = 0;
  const walk = (v: unknown, path: string, depth: number): string | null => {
    if (++nodes > MAX_NODES) return 'the input has too many values';
    if (depth > MAX_DEPTH) return `${path} is nested too deeply`;
    switch (typeof v) {
      case 'bigint':
        return `${path} is an integer too large to take`;
      case 'string':
        return UNSTORABLE.test(v) ? `${path} contains a character that cannot be stored` : null;
      case 'number':
      case 'boolean':
      case 'undefined':
        return null;
      case 'object': {
        if (v === null) return null;
        if (Array.isArray(v)) {
          for (let i = 0; i < v.length; i++) {
            const problem = walk(v[i], `${path}[${i}]`, depth + 1);
            if (problem) return problem;
          }
          return null;
        }
        for (const key of Object.keys(v)) {
          const at = `${path}.${key.slice(0, 40)}`;
          if (key === '__proto__') return `${at} is not a name a field may have`;
          const problem =
            walk(key, at, depth + 1) ?? walk((v as Record<string, unknown>)[key], at, depth + 1);
          if (problem) return problem;
        }
        return null;
      }
      default:
        return `${path} is not a value a command may carry`;
    }
  };
  return walk(value, root, 0);
}

/**
 * A command from a client, or the refusal: BAD_REQUEST for anything unstorable or off the schema,
 * MESSAGE_TOO_LARGE over the size limit. Never throws, whatever the decoder produced.
 */
export function parseCommand(raw: unknown): Result<Command> {
  const problem = inputProblem(raw);
  if (problem)
    return fail(reject('BAD_REQUEST', `That command is not valid (${problem}).`, { reason: 'invalid' }));
  // Safe now: the walk refused every value JSON.stringify throws on.
  const size = JSON.stringify(raw ?? null).length;
  if (size > MAX_COMMAND_BYTES) {
    return fail(
      reject(
        'MESSAGE_TOO_LARGE',
        `A command may have at most ${MAX_COMMAND_BYTES} bytes; this one has ${size}.`,
        { reason: 'command', max: MAX_COMMAND_BYTES, size },
      ),
    );
  }
  const parsed = CommandSchema.safeParse(raw);
  if (parsed.success) return ok(parsed.data);
  // A name with hidden characters, or nothing to read, has a code of its own (ADR 0024).
  const name = nameIssue(parsed.error.issues);
  if (name) return fail(reject(name.code, name.message));
  const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'command'}: ${i.message}`).join('; ');
  // The first issue travels as data, for the client to word in its reader's language.
  const first = parsed.error.issues[0];
  return fail(
    reject(
      'BAD_REQUEST',
      `That command is not valid (${detail}).`,
      first ? fieldProblem(first, raw, 'command') : { reason: 'invalid' },
    ),
  );
}
