// A stored log that cannot be replayed opens under repair, and the lead's repair sets its tail aside (ADR 0016).
import { describe, expect, it } from 'vitest';
import type { Command } from './commands';
import { decide } from './decide';
import type { GameEvent } from './events';
import { evolve, initialState, replay } from './evolve';
import { created } from './fixtures';
import { ctxFor, WALL_START } from './harness';
import { legalCommands } from './legal';
import { liveStates, setAside } from './replayLog';
import { tick } from './tick';
import type { ExerciseState } from './state';

/** An event no rule applies: what a damaged log or another release's bug leaves behind. */
const POISON = { type: 'unitTeleported', unitId: 'u1', at: WALL_START } as unknown as GameEvent;

/** A log played by the rules: seats claimed, the exercise started, a phase or two on. */
function playedLog(): GameEvent[] {
  const log: GameEvent[] = [created];
  let state = initialState(created);
  const act = (seatId: string | null, command: Command) => {
    const ctx = seatId ? ctxFor(state, seatId) : { actor: GUEST, now: WALL_START, newSeatTokenHash: 'h' };
    const result = decide(state, command, ctx);
    if (!result.ok) throw new Error(`${command.type}: ${result.error.code}`);
    for (const event of result.value) {
      log.push(event);
      state = evolve(state, event);
    }
  };
  act(null, { type: 'claimSeat', seatId: 'usa', displayName: 'USA' });
  act('control', { type: 'startExercise' });
  act('control', { type: 'advancePhase' });
  return log;
}

const GUEST = { seatId: null, isControl: false };
const sound = playedLog();
// The poison and a tail after it: whatever the older release stored after it.
const tailed = [...sound, POISON, { ...sound[sound.length - 1]! }];

describe('a stored log with an event that cannot be applied', () => {
  it('evolve refuses the event rather than making up a state', () => {
    expect(() => evolve(replay(sound), POISON)).toThrow(/unitTeleported/);
  });

  it('replays to the state before it, under repair, naming it and still counting the log', () => {
    const state = replay(tailed);
    expect(state.underRepair).toEqual({ seq: sound.length, type: 'unitTeleported' });
    expect(state.seq).toBe(tailed.length);
    const { seq: _s, underRepair: _u, ...content } = state;
    const { seq: _s2, ...before } = replay(sound);
    expect(content).toEqual(before);
    expect(liveStates(tailed).at(-1)?.underRepair?.seq).toBe(sound.length);
  });

  it('refuses every command but the repair, and the clock stands still', () => {
    const state = replay(tailed);
    const late = '2030-01-01T00:00:00.000Z';
    expect(tick({ ...state, session: { ...state.session, phaseEndsAt: WALL_START } }, { now: late })).toEqual(
      [],
    );
    const refused = decide(state, { type: 'advancePhase' }, ctxFor(state, 'control'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'EXERCISE_UNDER_REPAIR' } });
    expect(legalCommands(state, 'usa')).toEqual([]);
    expect(legalCommands(state, 'control')).toEqual([{ type: 'repairLog', failedSeq: sound.length }]);
  });

  it('is repaired by the lead only, at the failing event only', () => {
    const state = replay(tailed);
    const usa = decide(state, { type: 'repairLog', failedSeq: sound.length }, ctxFor(state, 'usa'));
    expect(usa).toMatchObject({ ok: false, error: { code: 'NOT_CONTROL' } });
    const assistant = {
      actor: { seatId: null, isControl: true, controlRole: 'assistant' as const },
      now: WALL_START,
      newSeatTokenHash: '',
    };
    expect(decide(state, { type: 'repairLog', failedSeq: sound.length }, assistant)).toMatchObject({
      ok: false,
      error: { code: 'NOT_LEAD_CONTROL' },
    });
    const wrong = decide(state, { type: 'repairLog', failedSeq: 1 }, ctxFor(state, 'control'));
    expect(wrong).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const healthy = replay(sound);
    const nothing = decide(healthy, { type: 'repairLog', failedSeq: 1 }, ctxFor(healthy, 'control'));
    expect(nothing).toMatchObject({ ok: false, error: { code: 'NOTHING_TO_DO' } });
  });

  it('after the repair replays deterministically to the state before the poison, and play goes on', () => {
    const broken = replay(tailed);
    const result = decide(broken, { type: 'repairLog', failedSeq: sound.length }, ctxFor(broken, 'control'));
    if (!result.ok) throw new Error(result.error.code);
    const repaired = [...tailed, ...result.value];
    const state = replay(repaired);
    expect(state.underRepair).toBeUndefined();
    expect(state.seq).toBe(repaired.length);
    expect(state.clock).toEqual(replay(sound).clock);
    expect(state.seats).toEqual(replay(sound).seats);
    expect(setAside(repaired).slice(sound.length, tailed.length)).toEqual([true, true]);
    const next = decide(state, { type: 'advancePhase' }, ctxFor(state, 'control'));
    expect(next.ok).toBe(true);
    // The same log replays to the same state, every time.
    expect(replay(repaired)).toEqual(state);
    expect(liveStates(repaired).at(-1)).toEqual(state);
  });

  it('a log whose poison no longer throws (a later release) still sets the same tail aside', () => {
    const broken = replay(tailed);
    const result = decide(broken, { type: 'repairLog', failedSeq: sound.length }, ctxFor(broken, 'control'));
    if (!result.ok) throw new Error(result.error.code);
    // In place of the poison, an event that applies: the repair still goes back to before it.
    const harmless: GameEvent = { ...sound[sound.length - 1]! };
    const healed = [...sound, harmless, tailed[tailed.length - 1]!, ...result.value];
    const a: ExerciseState = replay(healed);
    const b: ExerciseState = replay([...tailed, ...result.value]);
    expect(a).toEqual(b);
  });
});
