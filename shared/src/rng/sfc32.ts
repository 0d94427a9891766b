// The seeded PRNG of the rules (sfc32): its whole state is four uint32s kept in the game state and
// carried by every event that rolled, so replaying a log never needs to roll again.
export type RngState = readonly [number, number, number, number];

/** Seeds sfc32 from one integer via splitmix32, then discards the first outputs to mix. */
export function seedRng(seed: number): RngState {
  let s = seed >>> 0;
  const split = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let state: RngState = [split(), split(), split(), split()];
  for (let i = 0; i < 12; i++) state = nextUint32(state)[1];
  return state;
}

/** One step of sfc32: returns the output and the next state; never mutates. */
export function nextUint32(state: RngState): [number, RngState] {
  let [a, b, c, d] = state;
  const t = (((a + b) >>> 0) + d) >>> 0;
  d = (d + 1) >>> 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) >>> 0;
  c = ((c << 21) | (c >>> 11)) >>> 0;
  c = (c + t) >>> 0;
  return [t, [a >>> 0, b, c, d]];
}

/** A uniform draw in [0, 1) and the next state. */
export function nextUnit(state: RngState): [number, RngState] {
  const [n, next] = nextUint32(state);
  return [n / 4294967296, next];
}

/** A 32-bit FNV-1a hash: turns an exercise id into a seed when the log gives none. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * A local roller for one decision: draws advance a private copy of the state, and `state()` gives
 * the state to store in the event. Local mutation only; the input state is never changed.
 */
export interface Roller {
  /** Uniform in [0, 1). */
  unit(): number;
  /** Uniform in [lo, hi). */
  between(lo: number, hi: number): number;
  state(): RngState;
}

export function roller(start: RngState): Roller {
  let current = start;
  const unit = (): number => {
    const [u, next] = nextUnit(current);
    current = next;
    return u;
  };
  return { unit, between: (lo, hi) => lo + (hi - lo) * unit(), state: () => current };
}

/**
 * A mutable cursor for one forces rule's rolls: `rolls` lists what it drew, for the event that
 * carries them, and `state` ends as the PRNG state to store. Local mutation only.
 */
export class Dice {
  readonly rolls: number[] = [];
  constructor(public state: RngState) {}
  private raw(): number {
    const [u, next] = nextUnit(this.state);
    this.state = next;
    return u;
  }
  /** A float in [0, 1), recorded to six places. */
  float(): number {
    const u = this.raw();
    this.rolls.push(Math.round(u * 1e6) / 1e6);
    return u;
  }
  /** A fair die with `sides` faces, 1..sides. */
  die(sides = 6): number {
    const face = 1 + Math.floor(this.raw() * sides);
    this.rolls.push(face);
    return face;
  }
  /** An integer uniformly in [min, max]. */
  between(min: number, max: number): number {
    const n = min + Math.floor(this.raw() * (max - min + 1));
    this.rolls.push(n);
    return n;
  }
}
