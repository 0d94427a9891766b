import { describe, expect, it } from 'vitest';
import { decide } from './decide';
import { initialState } from './evolve';
import { created } from './fixtures';
import { advanceTo, ctxFor, run, seat, WALL_START } from './harness';
import { waitingOn } from './rules/session/moves';
import { tick } from './tick';
import { evolve } from './evolve';
import { addSeconds } from '../time/gameTime';

const lobby = initialState(created);
const started = run(lobby, 'control', { type: 'startExercise' });
const later = (seconds: number) => addSeconds(WALL_START, seconds);

describe('the turn machine', () => {
  it('starts at turn 1 in the situation phase at the scenario start, with a timer and the turn-1 injects', () => {
    expect(started.session).toMatchObject({ status: 'running', phase: 'situation', phaseEndsAt: later(60) });
    expect(started.clock).toEqual({ turn: 1, time: '2027-03-01T06:00:00.000Z', stepHours: 12 });
    expect(started.injects.map((i) => i.injectId)).toEqual(['drones']);
  });

  it('runs situation → consultation → decision → adjudication → next turn, moving game time by the step', () => {
    const phases: (string | null)[] = [];
    let s = started;
    for (let i = 0; i < 5; i++) {
      s = run(s, 'control', { type: 'advancePhase' });
      phases.push(`${s.clock.turn}:${s.session.phase}:${s.clock.time.slice(8, 16)}`);
    }
    expect(phases).toEqual([
      '1:consultation:01T06:00',
      '1:decision:01T06:00',
      '1:adjudication:01T18:00',
      '2:situation:01T18:00',
      '2:consultation:01T18:00',
    ]);
    // Turn 2's inject went out when turn 2 started.
    expect(s.injects.map((i) => i.injectId)).toEqual(['drones', 'est-intel']);
  });

  it('adds a hot wash after adjudication when Control enables it', () => {
    let s = run(started, 'control', { type: 'setHotwash', enabled: true });
    s = advanceTo(s, 'adjudication');
    s = run(s, 'control', { type: 'advancePhase' });
    expect(s.session.phase).toBe('hotwash');
    expect(run(s, 'control', { type: 'advancePhase' }).clock.turn).toBe(2);
  });

  it('lets Control change the game-time step mid-game', () => {
    let s = run(started, 'control', { type: 'setTurnStep', hours: 6 });
    s = advanceTo(s, 'adjudication');
    expect(s.clock.time).toBe('2027-03-01T12:00:00.000Z');
  });

  it('freezes the phase timer while paused and restarts it on resume', () => {
    const paused = run(started, 'control', { type: 'pauseExercise' }, later(20));
    expect(paused.session).toMatchObject({ status: 'paused', phaseEndsAt: null, remainingSeconds: 40 });
    expect(tick(paused, { now: later(600) })).toEqual([]);
    const resumed = run(paused, 'control', { type: 'resumeExercise' }, later(100));
    expect(resumed.session).toMatchObject({
      status: 'running',
      phaseEndsAt: later(140),
      remainingSeconds: null,
    });
  });

  it('extends, shortens and sets the phase timer', () => {
    const extended = run(started, 'control', { type: 'extendPhase', seconds: 120 }, later(10));
    expect(extended.session.phaseEndsAt).toBe(later(180));
    const shortened = run(extended, 'control', { type: 'extendPhase', seconds: -1000 }, later(10));
    expect(shortened.session.phaseEndsAt).toBe(later(10));
    const set = run(started, 'control', { type: 'setPhaseTimer', seconds: 30 }, later(5));
    expect(set.session.phaseEndsAt).toBe(later(35));
  });

  it('closes a phase whose timer ran out when the server ticks, and nothing before', () => {
    expect(tick(started, { now: later(59) })).toEqual([]);
    const events = tick(started, { now: later(60) });
    expect(events.map((e) => e.type)).toEqual(['phaseStarted']);
    const s = events.reduce(evolve, started);
    expect(s.session).toMatchObject({ phase: 'consultation', phaseEndsAt: later(60 + 300) });
  });

  it('waits on the seats people hold and closes the decision phase early when all have submitted', () => {
    let s = seat(started, 'usa', 'secgen', 'observer');
    s = advanceTo(s, 'decision');
    expect(waitingOn(s)).toEqual(['secgen', 'usa']);
    s = run(s, 'usa', { type: 'submitMoves' });
    expect(waitingOn(s)).toEqual(['secgen']);
    const repeat = decide(s, { type: 'submitMoves' }, ctxFor(s, 'usa'));
    expect(repeat.ok ? 'ok' : repeat.error.code).toBe('NOTHING_OWED');
    s = run(s, 'secgen', { type: 'submitMoves' });
    expect(s.session.phase).toBe('adjudication');
    expect(s.clock.time).toBe('2027-03-01T18:00:00.000Z');
  });

  it('lets Control release an inject early, once', () => {
    const s = run(started, 'control', { type: 'fireInject', injectId: 'late' });
    expect(s.injects.map((i) => i.injectId)).toContain('late');
    const again = decide(s, { type: 'fireInject', injectId: 'late' }, ctxFor(s, 'control'));
    expect(again.ok ? 'ok' : again.error.code).toBe('INJECT_ALREADY_FIRED');
  });

  it.each([
    ['a player', 'usa', { type: 'advancePhase' }, 'NOT_CONTROL'],
    ['a player', 'secgen', { type: 'pauseExercise' }, 'NOT_CONTROL'],
    ['Control', 'control', { type: 'startExercise' }, 'WRONG_PHASE'],
    ['Control', 'control', { type: 'resumeExercise' }, 'WRONG_PHASE'],
    ['Control', 'control', { type: 'fireInject', injectId: 'nope' }, 'NO_SUCH_INJECT'],
    ['an observer', 'observer', { type: 'submitMoves' }, 'WRONG_PHASE'],
  ] as const)('refuses %s sending %j with %s', (_who, seatId, command, code) => {
    const s = seat(started, 'usa', 'secgen', 'observer');
    const result = decide(s, command, ctxFor(s, seatId));
    expect(result.ok ? 'accepted' : result.error.code).toBe(code);
  });

  it('refuses to extend an untimed phase and anything but starting in the lobby', () => {
    const untimed = run(started, 'control', { type: 'advancePhase' });
    const noTimer = { ...untimed, session: { ...untimed.session, phaseEndsAt: null } };
    const r = decide(noTimer, { type: 'extendPhase', seconds: 60 }, ctxFor(noTimer, 'control'));
    expect(r.ok ? 'ok' : r.error.code).toBe('NO_PHASE_TIMER');
    const early = decide(lobby, { type: 'advancePhase' }, ctxFor(lobby, 'control'));
    expect(early.ok ? 'ok' : early.error.code).toBe('WRONG_PHASE');
  });

  it('stops everything once Control ends the exercise', () => {
    const ended = run(started, 'control', { type: 'endExercise' });
    expect(ended.session.status).toBe('ended');
    expect(tick(ended, { now: later(10_000) })).toEqual([]);
    const r = decide(ended, { type: 'advancePhase' }, ctxFor(ended, 'control'));
    expect(r.ok ? 'ok' : r.error.code).toBe('WRONG_PHASE');
  });
});
