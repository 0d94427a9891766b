import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelMessages, everyMessage } from '../channels/state';
import { blockersOf, consensusAt, isLive } from '../council/consensus';
import { isSupportive } from '../model/council';
import { MEASURE_RANGES, type Measure } from '../model/effects';
import { addSeconds, isAtOrBefore } from '../time/gameTime';
import { viewFor } from '../visibility/view';
import { decide } from './decide';
import type { ExerciseCreated, GameEvent } from './events';
import { evolve, initialState, replay } from './evolve';
import { created, testScenario } from './fixtures';
import { WALL_START } from './harness';
import { actorFor, legalCommands } from './legal';
import { waitingOn } from './rules/session/moves';
import type { ExerciseState } from './state';
import { tick } from './tick';
import { invariantViolations } from '../forces/invariants';
import { withMiniForces } from './forces/fixtures';

const SEATS = testScenario.seats.map((s) => s.id);

interface Step {
  readonly seat: number;
  readonly choice: number;
  readonly waitSeconds: number;
}

/** Plays a script of steps: each either a legal command of some seat, or time passing and a tick. */
function play(
  seed: number,
  claimed: readonly boolean[],
  steps: readonly Step[],
  base: ExerciseCreated = created,
): { log: GameEvent[]; state: ExerciseState } {
  const first = { ...base, seed };
  let state = initialState(first);
  const log: GameEvent[] = [first];
  const apply = (events: readonly GameEvent[]) => {
    for (const e of events) {
      log.push(e);
      state = evolve(state, e);
    }
  };
  apply(
    SEATS.filter((id, i) => claimed[i] && testScenario.seats[i]?.kind !== 'control').map(
      (seatId): GameEvent => ({
        type: 'seatClaimed',
        seatId,
        displayName: seatId,
        tokenHash: `h-${seatId}`,
        at: WALL_START,
      }),
    ),
  );
  let now = WALL_START;
  const start = decide(
    state,
    { type: 'startExercise' },
    { actor: actorFor(state, 'control'), now, newSeatTokenHash: '' },
  );
  if (start.ok) apply(start.value);
  for (const step of steps) {
    now = addSeconds(now, step.waitSeconds);
    if (step.waitSeconds > 200) {
      apply(tick(state, { now }));
      continue;
    }
    // Ending the game stops the fuzzing short; it has its own tests.
    const options = SEATS.map((seatId) => ({
      seatId,
      legal: legalCommands(state, seatId, now).filter((c) => c.type !== 'endExercise'),
    })).filter((o) => o.legal.length > 0);
    const pick = options[step.seat % Math.max(1, options.length)];
    if (!pick) continue;
    const { seatId, legal } = pick;
    const command = legal[step.choice % legal.length]!;
    const result = decide(state, command, { actor: actorFor(state, seatId), now, newSeatTokenHash: 'x' });
    if (!result.ok)
      throw new Error(`legal command refused: ${JSON.stringify(command)} → ${result.error.code}`);
    apply(result.value);
    checkInvariants(state);
    if (state.forces) expect(invariantViolations(state.forces)).toEqual([]);
  }
  return { log, state };
}

function checkInvariants(s: ExerciseState): void {
  const live = s.council.draftOrder.map((id) => s.council.drafts[id]!).filter(isLive);
  const items = live.flatMap((d) => d.itemIds);
  expect(new Set(items).size, 'an item sits on one live draft at a time').toBe(items.length);
  for (const d of Object.values(s.council.drafts)) {
    if (d.status === 'silence') expect(d.silenceDeadline, 'silence has a deadline').not.toBeNull();
    if (d.status === 'open') expect(d.silenceDeadline, 'an open draft has no deadline').toBeNull();
    if (d.status === 'silence') expect(blockersOf(s, d), 'nobody blocks a draft under silence').toEqual([]);
    if (d.adoptedVia === 'consensus') expect(consensusAt(s, d)).not.toBeNull();
    for (const [ally, p] of Object.entries(d.positions)) {
      expect(s.council.allyOrder).toContain(ally);
      expect(isAtOrBefore(d.tabledAt, p.at), 'no position before tabling').toBe(true);
      if (p.source === 'capital' && isSupportive(p.position)) expect(p.reviewAt).toBeNull();
    }
  }
  for (const item of Object.values(s.council.agenda)) {
    if (item.adoptedAt) expect(item.latencyHours).toBeGreaterThanOrEqual(0);
  }
  for (const [m, [lo, hi]] of Object.entries(MEASURE_RANGES)) {
    expect(s.measures[m as Measure]).toBeGreaterThanOrEqual(lo);
    expect(s.measures[m as Measure]).toBeLessThanOrEqual(hi);
  }
  if (s.session.status === 'paused') expect(s.session.phaseEndsAt).toBeNull();
  if (s.session.status === 'running') expect(s.session.remainingSeconds).toBeNull();
  if (s.session.phase !== 'decision') expect(waitingOn(s)).toEqual([]);
}

function checkSecrets(s: ExerciseState): void {
  for (const seatId of SEATS) {
    const json = JSON.stringify(
      viewFor(s, actorFor(s, seatId), { connectedSeats: new Set(), controlConnections: 0 }),
    );
    for (const ally of s.council.allyOrder) {
      if (seatId !== 'control' && seatId !== ally) expect(json).not.toContain(`CANARY-${ally}-`);
    }
    // Every placeholder name and body names its channel, so each is a canary of that channel.
    for (const channel of Object.values(s.channels.channels)) {
      const observer = seatId === 'observer' && s.channels.observerAccess === 'all';
      if (channel.kind === 'public' || seatId === 'control' || observer) continue;
      if (channel.members.includes(seatId)) continue;
      const texts = channelMessages(channel).map((m) => m.body);
      for (const text of [channel.name, ...texts]) expect(json).not.toContain(text);
    }
  }
}

const script = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 31 }),
  // Most allies are left to the capital model, so drafts get adopted often enough to exercise effects.
  claimed: fc.array(
    fc.nat({ max: 3 }).map((n) => n === 0),
    { minLength: SEATS.length, maxLength: SEATS.length },
  ),
  steps: fc.array(
    fc.record({
      seat: fc.nat(),
      choice: fc.nat(),
      waitSeconds: fc.oneof(
        { weight: 6, arbitrary: fc.nat({ max: 30 }) },
        { weight: 1, arbitrary: fc.constant(400) },
      ),
    }),
    { minLength: 20, maxLength: 120 },
  ),
});

/** What the runs reached, to check the fuzzing goes deep enough. */
const stats: { events: number; turn: number; drafts: number; adopted: number; talks: number }[] = [];
describe('random sequences of legal commands', () => {
  it('are always accepted, keep the invariants, and replay to the same state', () => {
    fc.assert(
      fc.property(script, ({ seed, claimed, steps }) => {
        const { log, state } = play(seed, claimed, steps);
        expect(replay(log)).toEqual(state);
        expect(state.seq).toBe(log.length);
        checkSecrets(state);
        stats.push({
          events: log.length,
          turn: state.clock.turn,
          drafts: state.council.draftOrder.length,
          adopted: Object.values(state.council.drafts).filter((d) => d.status === 'adopted').length,
          talks: everyMessage(state.channels).filter((m) => m.channelId.startsWith('ch')).length,
        });
      }),
      { numRuns: 40 },
    );
    // The fuzzing reaches the Council's business, not only the clocks.
    expect(stats.some((r) => r.drafts > 0 && r.adopted > 0)).toBe(true);
    // …and private channels opened on the fly, with messages in them.
    expect(stats.some((r) => r.talks > 0)).toBe(true);
  });

  it('are deterministic: the same seed and commands give the same event log', () => {
    fc.assert(
      fc.property(script, ({ seed, claimed, steps }) => {
        expect(play(seed, claimed, steps).log).toEqual(play(seed, claimed, steps).log);
      }),
      { numRuns: 10 },
    );
  });
});

describe('random sequences of legal commands with forces on the map', () => {
  it('are accepted, keep the forces invariants, never show the PRNG, and replay to the same state', () => {
    const forcesStats: { orders: number; moved: number }[] = [];
    fc.assert(
      fc.property(script, ({ seed, claimed, steps }) => {
        const { log, state } = play(seed, claimed, steps, withMiniForces);
        expect(replay(log)).toEqual(state);
        checkSecrets(state);
        for (const seatId of SEATS) {
          const view = viewFor(state, actorFor(state, seatId), {
            connectedSeats: new Set(),
            controlConnections: 0,
          });
          expect(JSON.stringify(view)).not.toContain('rngAfter');
        }
        forcesStats.push({
          orders: log.filter((e) => e.type === 'movementOrdered' || e.type === 'unitAlerted').length,
          moved: log.filter((e) => e.type === 'unitDeparted').length,
        });
      }),
      { numRuns: 25 },
    );
    // The fuzzing gives forces orders and lets time move the units.
    expect(forcesStats.some((r) => r.orders > 0 && r.moved > 0)).toBe(true);
  });
});
