// Patches written by hand around shared bytes read back as the patches themselves.
import { Packr, unpack } from 'msgpackr';
import { describe, expect, it } from 'vitest';
import type { ViewPatch, ViewPatchOp } from '@council/shared';
import { nextUnit, seedRng } from '../../../shared/src/rng/sfc32';
import { PatchEncoder } from './patchBytes';

const decoded = (encoder: PatchEncoder, patch: ViewPatch): unknown => unpack(encoder.encode(patch));

/** Reproducible: the seed is printed, and SEED=… runs the same patches again. */
const SEED = Number(process.env.SEED ?? Date.now() % 2 ** 31);

/** Uniform draws in [0, 1) from the rules' own seeded generator. */
function random(seed: number): () => number {
  let state = seedRng(seed);
  return () => {
    const [u, next] = nextUnit(state);
    state = next;
    return u;
  };
}

const NUMBERS = [
  0,
  1,
  31,
  127,
  128,
  255,
  256,
  65535,
  65536,
  2 ** 31 - 1,
  2 ** 31,
  2 ** 32,
  2 ** 53 - 1,
  -1,
  -32,
  -33,
  -128,
  -129,
  -32768,
  -32769,
  -(2 ** 31) + 1,
  -(2 ** 31),
  -(2 ** 40),
  0.5,
  -2.25,
  1e-7,
  Number.MAX_VALUE,
];
const STRINGS = [
  '',
  'a',
  'x'.repeat(31),
  'x'.repeat(32),
  'é'.repeat(16),
  'Šeštokai – Kybartai',
  '🛰️ satellite',
  'y'.repeat(255),
  'y'.repeat(256),
  'z'.repeat(70_000),
  '__proto__',
];

function anyValue(next: () => number, depth: number): unknown {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const kind = Math.floor(next() * (depth > 2 ? 5 : 7));
  if (kind === 0) return pick(NUMBERS);
  if (kind === 1) return pick(STRINGS);
  if (kind === 2) return pick([null, true, false]);
  if (kind === 3) return Math.floor((next() - 0.5) * 2 ** 34);
  if (kind === 4) return `${pick(STRINGS).slice(0, 40)}${Math.floor(next() * 1000)}`;
  if (kind === 5) return Array.from({ length: Math.floor(next() * 20) }, () => anyValue(next, depth + 1));
  const object: Record<string, unknown> = {};
  for (let i = Math.floor(next() * 6); i > 0; i--)
    object[pick(['id', 'from', 'body', 'at', 'é', 'k'])] = anyValue(next, depth + 1);
  return object;
}

function anyOp(next: () => number): ViewPatchOp {
  const p = Array.from({ length: Math.floor(next() * 5) }, () =>
    next() < 0.5 ? Math.floor(next() * 300) : ['channels', 'messages', 'seq', 'é'][Math.floor(next() * 4)]!,
  );
  const kind = next();
  if (kind < 0.4) return { p, v: anyValue(next, 0) };
  if (kind < 0.8) return { p, a: Array.from({ length: Math.floor(next() * 18) }, () => anyValue(next, 1)) };
  return { p, d: 1 };
}

describe('PatchEncoder', () => {
  it('writes every kind of value and size of header as msgpack reads it back', () => {
    const encoder = new PatchEncoder();
    const packr = new Packr({ useRecords: false });
    for (const value of [...NUMBERS, ...STRINGS, null, true, false, Number.NaN, -0, undefined, [], {}]) {
      const patch = { n: 1, ops: [{ p: ['seq'], v: value }] };
      // As msgpackr itself writes it (it writes −0 as 0, as JSON does).
      expect(decoded(encoder, patch)).toEqual(unpack(packr.pack(patch)));
    }
    const long = Array.from({ length: 70_000 }, (_, i) => i);
    const patch = { n: 2 ** 31 - 1, ops: [{ p: ['a', 0, 65536], a: long }] };
    expect(decoded(encoder, patch)).toEqual(patch);
  });

  it(`reads back random patches as packr.pack would give them (seed ${SEED})`, () => {
    const next = random(SEED);
    const encoder = new PatchEncoder();
    const packr = new Packr({ useRecords: false });
    for (let i = 0; i < 500; i++) {
      const patch: ViewPatch = {
        n: i + 1,
        ops: Array.from({ length: Math.floor(next() * 6) }, () => anyOp(next)),
      };
      const bytes = encoder.encode(patch);
      expect(unpack(bytes), `seed ${SEED}, patch ${i}`).toEqual(unpack(packr.pack(patch)));
    }
  });

  it('gives an object sent in several patches the same bytes in each', () => {
    const encoder = new PatchEncoder();
    const message = { id: 'nac.1', from: 'EST', body: 'Plenary statement 1.', mentions: [], rfi: null };
    const first = { n: 7, ops: [{ p: ['channels', 'channels', 2, 'messages'], a: [message] }] };
    const second = {
      n: 7,
      ops: [...first.ops, { p: ['channels', 'channels', 2, 'unread'], v: 4 }],
    };
    expect(decoded(encoder, first)).toEqual(first);
    expect(decoded(encoder, second)).toEqual(second);
    // The second patch is the first with one more op: its bytes contain the first's message whole.
    const a = Buffer.from(encoder.encode(first));
    const b = Buffer.from(encoder.encode(second));
    expect(b.includes(a.subarray(a.indexOf('nac.1') - 4))).toBe(true);
  });
});
