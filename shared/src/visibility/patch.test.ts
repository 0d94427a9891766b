// Patches against memoised views: a client that starts from one whole view and applies every patch
// holds exactly what a fresh viewFor gives, whatever sequence of commands and presence changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide } from '../engine/decide';
import type { ExerciseCreated } from '../engine/events';
import { evolve, initialState } from '../engine/evolve';
import { created, testScenario } from '../engine/fixtures';
import { withMiniForces } from '../engine/forces/fixtures';
import { WALL_START } from '../engine/harness';
import { actorFor, legalCommands } from '../engine/legal';
import type { Actor, ExerciseState } from '../engine/state';
import { tick } from '../engine/tick';
import { addSeconds } from '../time/gameTime';
import { applyViewPatch, diffView, ViewFollower, type ViewPatchOp } from './patch';
import { viewFor, type ExerciseView, type Presence } from './view';
import { ViewMemo } from './cache/viewMemo';
import { cachedViewFor } from './cache/cachedView';

const SEATS = testScenario.seats.map((s) => s.id);
const VIEWERS: Actor[] = [
  { seatId: null, isControl: true },
  ...SEATS.filter((id) => id !== 'control').map((seatId) => ({ seatId, isControl: false })),
  { seatId: null, isControl: false },
];

/** What the wire does to a value: patches and views travel as data, never as shared objects. */
const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

interface Step {
  readonly seat: number;
  readonly choice: number;
  readonly waitSeconds: number;
  readonly connected: number;
}

function roundtrip(base: ExerciseCreated, seed: number, steps: readonly Step[]): number {
  let state: ExerciseState = initialState({ ...base, seed });
  let now = WALL_START;
  const memo = new ViewMemo();
  const presenceAt = (mask: number): Presence => ({
    connectedSeats: new Set(SEATS.filter((_, i) => (mask >> i) & 1)),
    controlConnections: mask & 1,
  });
  let presence = presenceAt(0);
  // What the server last sent each viewer, and what each client rebuilt from it.
  const sent = VIEWERS.map((v) => cachedViewFor(state, v, presence, memo));
  const held = sent.map((v) => wire(v));
  let patchedOps = 0;
  const check = () => {
    VIEWERS.forEach((viewer, i) => {
      const next = cachedViewFor(state, viewer, presence, memo);
      const ops = wire(diffView(sent[i], next)) as ViewPatchOp[];
      patchedOps += ops.length;
      held[i] = applyViewPatch(held[i]!, ops);
      sent[i] = next;
      expect(held[i]).toEqual(wire(viewFor(state, viewer, presence)));
    });
  };
  const claim = decide(
    state,
    { type: 'startExercise' },
    { actor: actorFor(state, 'control'), now, newSeatTokenHash: '' },
  );
  if (claim.ok) for (const e of claim.value) state = evolve(state, e);
  check();
  for (const step of steps) {
    now = addSeconds(now, step.waitSeconds);
    presence = presenceAt(step.connected);
    if (step.waitSeconds > 200) {
      for (const e of tick(state, { now })) state = evolve(state, e);
    } else {
      const options = SEATS.map((seatId) => ({ seatId, legal: legalCommands(state, seatId, now) })).filter(
        (o) => o.legal.length > 0,
      );
      const pick = options[step.seat % Math.max(1, options.length)];
      if (pick) {
        const command = pick.legal[step.choice % pick.legal.length]!;
        const ctx = { actor: actorFor(state, pick.seatId), now, newSeatTokenHash: `h-${step.choice}` };
        const result = decide(state, command, ctx);
        if (result.ok) for (const e of result.value) state = evolve(state, e);
      }
    }
    check();
  }
  return patchedOps;
}

const steps = fc.array(
  fc.record({
    seat: fc.nat(),
    choice: fc.nat(),
    waitSeconds: fc.oneof(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 201, max: 4000 })),
    connected: fc.nat({ max: 2 ** SEATS.length - 1 }),
  }),
  { minLength: 5, maxLength: 40 },
);

describe('view patches', () => {
  it('rebuild exactly the fresh view for every seat, after any commands (Council and channels)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), steps, (seed, script) => {
        roundtrip(created, seed, script);
      }),
      { numRuns: 25 },
    );
  });

  it('rebuild exactly the fresh view with forces on the map', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), steps, (seed, script) => {
        roundtrip(withMiniForces, seed, script);
      }),
      { numRuns: 10 },
    );
  });

  it('send only what changed: a message posted adds one item to one channel', () => {
    let state = initialState(created);
    const memo = new ViewMemo();
    const presence: Presence = { connectedSeats: new Set(), controlConnections: 1 };
    const control = actorFor(state, 'control');
    const start = decide(
      state,
      { type: 'startExercise' },
      { actor: control, now: WALL_START, newSeatTokenHash: '' },
    );
    if (start.ok) for (const e of start.value) state = evolve(state, e);
    const before = cachedViewFor(state, control, presence, memo);
    const channel = before.channels.channels.find((c) => c.kind === 'public')!;
    const post = decide(
      state,
      { type: 'postMessage', channelId: channel.id, template: 'statement', body: 'A word to the press.' },
      { actor: control, now: WALL_START, newSeatTokenHash: '' },
    );
    expect(post.ok).toBe(true);
    if (post.ok) for (const e of post.value) state = evolve(state, e);
    const after = cachedViewFor(state, control, presence, memo);
    // The untouched sections are the very same objects: nothing of them goes on the wire.
    expect(after.council).toBe(before.council);
    expect(after.seats).toBe(before.seats);
    const ops = diffView(before, after);
    const index = before.channels.channels.indexOf(channel);
    expect(ops).toContainEqual({
      p: ['channels', 'channels', index, 'messages'],
      a: [expect.objectContaining({ body: 'A word to the press.' })],
    });
    expect(ops.every((op) => op.p[0] === 'seq' || op.p[0] === 'channels' || op.p[0] === 'measures')).toBe(
      true,
    );
  });

  it('a follower applies patches in order, holds early ones, and asks again after a gap', () => {
    const view = { seats: [], you: { seatId: null, isControl: false }, seq: 1 } as unknown as ExerciseView;
    const follower = new ViewFollower();
    expect(follower.onPatch({ n: 3, ops: [{ p: ['seq'], v: 3 }] })).toBe('held');
    expect(follower.onSync({ n: 2, view }).seq).toBe(3);
    expect(follower.onPatch({ n: 3, ops: [{ p: ['seq'], v: 9 }] })).toBe('stale');
    expect(follower.onPatch({ n: 5, ops: [{ p: ['seq'], v: 5 }] })).toBe('resync');
    expect(follower.view).toBeNull();
    expect(view.seq).toBe(1);
  });
});
