// Random and mutated commands built from the JSON Schema of CommandSchema, so new commands are fuzzed too.
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

export const COMMAND_VARIANTS: JsonSchema[] = (() => {
  const schema = z.toJSONSchema(CommandSchema, { unrepresentable: 'any', io: 'input' }) as JsonSchema;
  // endExercise is left out: once Control ends the run every later command is refused by phase, so a
  // seed that drew it early fuzzed nothing deep (which seed does shifts whenever a command is added).
  // rollBack is left out too: each one that lands throws the run back to an early turn, so the fuzz
  // would rarely get past turn 1; rollback.test.ts and the rule's property test cover it.
  // handSeatToBot too: the server's bot then plays the seat on its own, so the log grows between the
  // fuzzer's commands; control.test.ts and the bots' tests cover the handover.
  const skipped = new Set(['endExercise', 'rollBack', 'handSeatToBot']);
  return (schema.oneOf ?? schema.anyOf ?? []).filter((v) => !skipped.has(String(v.properties?.type?.const)));
})();

/** Ids the game knows, by the command field that names them, so many commands reach deep rules. */
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
  legId: 'leg',
  injectId: 'inject',
  // Control's console (ADR 0009): the seats swapped, an ad-hoc inject's audience, an overridden ally.
  a: 'seat',
  b: 'seat',
  audience: 'seat',
  allyId: 'seat',
};

export class Fuzzer {
  constructor(
    private readonly random: () => number,
    readonly knownIds: KnownIds,
  ) {}

  private idFor(field: string | undefined): string | undefined {
    const pool = field ? this.knownIds.get(ID_FIELDS[field] ?? field) : undefined;
    if (pool && pool.size > 0 && this.chance(0.85)) return this.pick([...pool]);
    const all = [...this.knownIds.values()].flatMap((set) => [...set]);
    return all.length > 0 && this.chance(0.5) ? this.pick(all) : undefined;
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
        return this.idFor(field) ?? this.text();
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
    const alphabet = 'abcXYZ019 -_éß💥<>"\'\\\u0000';
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

  /** A command: valid in shape, or mutated in one of several ways. */
  command(): unknown {
    const base = this.value(this.pick(COMMAND_VARIANTS)) as Record<string, unknown>;
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
