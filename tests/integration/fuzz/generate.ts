// Random and mutated commands built from the JSON Schema of CommandSchema, so every command is fuzzed
// and a new one cannot be left out (generate.test.ts). Ids are drawn from the right kind, from other
// kinds and from Object.prototype's names (issue 18 item 11, ADR 0024).
import { z } from 'zod';
import { CommandSchema } from '@council/shared';

type JsonSchema = {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
};

/** A small seeded PRNG (mulberry32) so a failing run can be repeated from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SCHEMA = z.toJSONSchema(CommandSchema, { unrepresentable: 'any', io: 'input' }) as JsonSchema;

/** Every command the protocol has, as a JSON Schema each: none is left out (generate.test.ts). */
export const COMMAND_VARIANTS: JsonSchema[] = SCHEMA.oneOf ?? SCHEMA.anyOf ?? [];

export const typeOf = (variant: JsonSchema): string => String(variant.properties?.type?.const);

/**
 * Commands the run draws only in its last part: once Control ends the exercise every later command
 * is refused by phase, so drawn early it would leave the rest of the run fuzzing nothing deep.
 */
export const ENDING_COMMANDS: ReadonlySet<string> = new Set(['endExercise']);
/** Drawn a tenth as often: each rollBack that lands throws the run back to an earlier turn. */
export const RARE_COMMANDS: ReadonlySet<string> = new Set(['rollBack']);

/** Names every ordinary object answers to without owning them: ids that once broke the engine. */
export const PROTOTYPE_NAMES: readonly string[] = Object.getOwnPropertyNames(Object.prototype);

/** Ids the game knows, by kind (seat, unit, channel…), so many commands reach deep rules. */
export type KnownIds = Map<string, Set<string>>;

/** Field names that take one kind of id; plural fields take lists of the same kind. */
const ID_FIELDS: Record<string, string> = {
  seatId: 'seat',
  members: 'seat',
  mentions: 'seat',
  itemId: 'item',
  itemIds: 'item',
  accommodates: 'seat',
  draftId: 'draft',
  channelId: 'channel',
  messageId: 'message',
  unitId: 'unit',
  destination: 'place',
  placeId: 'place',
  legId: 'leg',
  injectId: 'inject',
  questionId: 'question',
  issueId: 'issue',
  optionId: 'option',
  party: 'seat',
  // Control's console (ADR 0009): the seats swapped, an audience, an overridden ally, an assistant key.
  a: 'seat',
  b: 'seat',
  audience: 'seat',
  allyId: 'seat',
  keyId: 'assistant',
};

/** Whether a field of a command names a thing of the exercise by its id. */
export const isIdField = (field: string): boolean => Object.hasOwn(ID_FIELDS, field);

export class Fuzzer {
  constructor(
    private readonly random: () => number,
    readonly knownIds: KnownIds,
  ) {}

  /**
   * An id for the field: mostly one of its kind, else one of another kind (a unit id where a
   * channel goes, a draft id as a key id), else a name of Object.prototype's.
   */
  private idFor(field: string | undefined): string | undefined {
    if (field === undefined || !isIdField(field)) return undefined;
    const kind = ID_FIELDS[field]!;
    const roll = this.random();
    if (roll < 0.12) return this.pick(PROTOTYPE_NAMES);
    const others = [...this.knownIds].filter(([k]) => k !== kind).flatMap(([, set]) => [...set]);
    if (roll < 0.24 && others.length > 0) return this.pick(others);
    const pool = this.knownIds.get(kind);
    if (pool && pool.size > 0 && roll < 0.95) return this.pick([...pool]);
    return undefined;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)]!;
  }

  chance(p: number): boolean {
    return this.random() < p;
  }

  /** A value that fits the schema most of the time. */
  value(schema: JsonSchema, depth = 0, field?: string): unknown {
    if (schema.const !== undefined) return schema.const;
    if (schema.enum) return this.pick(schema.enum);
    const options = schema.anyOf ?? schema.oneOf;
    if (options) return this.value(this.pick(options), depth, field);
    switch (schema.type) {
      case 'string':
        return this.idFor(field) ?? (this.chance(0.05) ? this.pick(PROTOTYPE_NAMES) : this.text());
      case 'integer':
      case 'number': {
        const min = schema.minimum ?? -1000;
        const max = schema.maximum ?? 1000;
        const n = min + this.random() * (max - min);
        return schema.type === 'integer' ? Math.round(n) : n;
      }
      case 'boolean':
        return this.chance(0.5);
      case 'array': {
        const length = Math.floor(this.random() * ((schema.maxItems ?? 4) + 1));
        return Array.from({ length }, () => this.value(schema.items ?? {}, depth + 1, field));
      }
      case 'object': {
        const result: Record<string, unknown> = {};
        for (const [key, child] of Object.entries(schema.properties ?? {})) {
          if (schema.required?.includes(key) || this.chance(0.5))
            result[key] = this.value(child, depth + 1, key);
        }
        return result;
      }
      default:
        return depth > 2 ? null : this.junk(depth + 1);
    }
  }

  text(): string {
    // With the characters names may not hold: NUL, a zero-width space, a right-to-left override.
    const alphabet = 'abcXYZ019 -_éß💥<>"\'\\\u0000\u200b\u202e';
    const length = Math.floor(this.random() * 24);
    return Array.from({ length }, () => this.pick([...alphabet])).join('');
  }

  junk(depth = 0): unknown {
    const kinds = ['null', 'number', 'string', 'bool', 'array', 'object', 'huge'];
    switch (this.pick(depth > 3 ? kinds.slice(0, 4) : kinds)) {
      case 'null':
        return null;
      case 'number':
        return this.pick([0, -1, 1e308, Number.MAX_SAFE_INTEGER, 3.5, -0]);
      case 'string':
        return this.text();
      case 'bool':
        return this.chance(0.5);
      case 'array':
        return [this.junk(depth + 1), this.junk(depth + 1)];
      case 'huge':
        return 'x'.repeat(20_000);
      default:
        return { [this.text()]: this.junk(depth + 1), type: this.text() };
    }
  }

  /** A command's schema: any type but the ending ones unless `ending`, the rare ones seldom. */
  variant(ending: boolean): JsonSchema {
    for (;;) {
      const variant = this.pick(COMMAND_VARIANTS);
      const type = typeOf(variant);
      if (!ending && ENDING_COMMANDS.has(type)) continue;
      if (RARE_COMMANDS.has(type) && !this.chance(0.1)) continue;
      return variant;
    }
  }

  /** A command: valid in shape, or mutated in one of several ways. */
  command(options: { readonly ending?: boolean } = {}): unknown {
    const base = this.value(this.variant(options.ending ?? false)) as Record<string, unknown>;
    if (this.chance(0.4)) return base;
    const keys = Object.keys(base).filter((k) => k !== 'type');
    switch (this.pick(['drop', 'retype', 'extra', 'type', 'junk'])) {
      case 'drop':
        if (keys.length) delete base[this.pick(keys)];
        return base;
      case 'retype':
        if (keys.length) base[this.pick(keys)] = this.junk();
        return base;
      case 'extra':
        base[this.text() || 'extra'] = this.junk();
        return base;
      case 'type':
        return { ...base, type: this.pick([this.text(), 42, null, 'claimseat', '__proto__']) };
      default:
        return this.junk();
    }
  }
}
