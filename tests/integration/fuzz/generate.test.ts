// The fuzz generator covers the engine's whole surface: every command type of the protocol is drawn
// (a new command cannot be left out), and id fields get ids of their kind, of other kinds and
// Object.prototype's names (issue 18 item 11).
import { describe, expect, it } from 'vitest';
import { COMMAND_TYPES } from '@council/shared';
import {
  COMMAND_VARIANTS,
  ENDING_COMMANDS,
  Fuzzer,
  PROTOTYPE_NAMES,
  isIdField,
  prng,
  typeOf,
  type KnownIds,
} from './generate';

const known = (): KnownIds =>
  new Map([
    ['seat', new Set(['usa', 'est'])],
    ['unit', new Set(['vjtf-lead'])],
    ['channel', new Set(['nac'])],
    ['draft', new Set(['d1'])],
    ['assistant', new Set(['assistant-1'])],
  ]);

describe('the fuzz generator', () => {
  it('has a schema for every command type of the protocol', () => {
    expect(COMMAND_VARIANTS.map(typeOf).sort()).toEqual([...COMMAND_TYPES].sort());
  });

  it('draws every command type, the ending ones only when asked', () => {
    const fuzzer = new Fuzzer(prng(7), known());
    const drawn = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      drawn.add(typeOf(fuzzer.variant(i % 10 === 0)));
    }
    expect([...drawn].sort()).toEqual([...COMMAND_TYPES].sort());
    const early = new Set(Array.from({ length: 5_000 }, () => typeOf(fuzzer.variant(false))));
    for (const type of ENDING_COMMANDS) expect(early.has(type)).toBe(false);
  });

  it('names things by ids of their kind, of other kinds and of Object.prototype', () => {
    const fuzzer = new Fuzzer(prng(11), known());
    const seen = { own: 0, other: 0, prototype: 0 };
    for (let i = 0; i < 3_000; i++) {
      const command = fuzzer.value(fuzzer.variant(true)) as Record<string, unknown>;
      for (const [field, value] of Object.entries(command)) {
        if (!isIdField(field) || typeof value !== 'string') continue;
        if (PROTOTYPE_NAMES.includes(value)) seen.prototype++;
        else if (field === 'unitId' && value === 'vjtf-lead') seen.own++;
        else if (field === 'unitId' && ['usa', 'est', 'nac', 'd1', 'assistant-1'].includes(value))
          seen.other++;
        else if (field === 'keyId' && value !== 'assistant-1') seen.other++;
      }
    }
    expect(seen.own).toBeGreaterThan(50);
    expect(seen.other).toBeGreaterThan(20);
    expect(seen.prototype).toBeGreaterThan(50);
    expect(PROTOTYPE_NAMES).toEqual(
      expect.arrayContaining([
        '__proto__',
        'constructor',
        'toString',
        'hasOwnProperty',
        'valueOf',
        'isPrototypeOf',
      ]),
    );
  });

  it('repeats itself from its seed', () => {
    const run = () => {
      const fuzzer = new Fuzzer(prng(42), known());
      return JSON.stringify(Array.from({ length: 200 }, () => fuzzer.command({ ending: true })));
    };
    expect(run()).toBe(run());
  });
});
