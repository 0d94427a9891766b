import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { liveStates, setAside } from './replayLog';
import { stateAt, timeline, measuresSeries } from '../review/index';
import { addSeconds } from '../time/gameTime';
import type { Command } from './commands';
import { decide } from './decide';
import type { ExerciseCreated, GameEvent, RolledBack } from './events';
import { evolve, initialState, replay } from './evolve';
import { effectiveEvents, forkLog } from './fork';
import { created } from './fixtures';
import { ctxFor, WALL_START } from './harness';
import { actorFor, legalCommands } from './legal';
import { afterRollBack } from './rules/rollback';
import type { ExerciseState } from './state';

/**
 * A run as the server keeps it: the log, and the live state it holds. The live state is kept the
 * server's way (evolve, and for a rollback the replayed prefix), independently of `replay`'s fold.
 */
class Run {
  readonly log: GameEvent[];
  state: ExerciseState;
  now = WALL_START;

  constructor(first: ExerciseCreated = created) {
    this.log = [first];
    this.state = initialState(first);
  }

  apply(events: readonly GameEvent[]): void {
    for (const event of events) {
      this.log.push(event);
      this.state =
        event.type === 'rolledBack'
          ? afterRollBack(this.state, replay(this.log.slice(0, event.toSeq)), event)
          : evolve(this.state, event);
    }
  }

  try(seatId: string, command: Command) {
    return decide(this.state, command, ctxFor(this.state, seatId, this.now));
  }

  do(seatId: string, command: Command): GameEvent[] {
    const result = this.try(seatId, command);
    if (!result.ok) throw new Error(`${command.type}: ${result.error.code} ${result.error.message}`);
    this.apply(result.value);
    return result.value;
  }

  wait(seconds: number): void {
    this.now = addSeconds(this.now, seconds);
  }

  claim(...seatIds: string[]): void {
    for (const seatId of seatIds) {
      const result = decide(
        this.state,
        { type: 'claimSeat', seatId, displayName: seatId },
        { actor: { seatId: null, isControl: false }, now: this.now, newSeatTokenHash: `hash-${seatId}` },
      );
      if (!result.ok) throw new Error(result.error.code);
      this.apply(result.value);
    }
  }

  /** Control closes phases until `turn` has begun. */
  playTo(turn: number): void {
    while (this.state.clock.turn < turn) this.do('control', { type: 'advancePhase' });
  }
}

/** Two turns played with Council business in both: the scripted run most tests start from. */
function twoTurns(): Run {
  const run = new Run();
  run.claim('usa', 'secgen');
  run.do('control', { type: 'startExercise' });
  run.do('usa', { type: 'requestItem', itemId: 'article-4' });
  run.do('control', { type: 'advancePhase' });
  run.do('secgen', { type: 'tableDraft', itemIds: ['article-4'] });
  run.playTo(2);
  run.do('control', { type: 'advancePhase' });
  run.do('usa', { type: 'requestItem', itemId: 'activate-grp' });
  return run;
}

const turnOneStart = (run: Run): ExerciseState => {
  const start = run.state.turnStarts.find((t) => t.turn === 1)!;
  return replay(run.log.slice(0, start.seq));
};

describe('rolling back', () => {
  it('is refused to a seat, an assistant Control, in the lobby and to a turn never played, changing nothing', () => {
    const lobby = new Run();
    const before = JSON.stringify(lobby.state);
    expect(lobby.try('control', { type: 'rollBack', toTurn: 1 })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PHASE' },
    });
    const run = twoTurns();
    const played = JSON.stringify(run.state);
    expect(run.try('usa', { type: 'rollBack', toTurn: 1 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_CONTROL' },
    });
    const assistant = decide(
      run.state,
      { type: 'rollBack', toTurn: 1 },
      {
        actor: { seatId: null, isControl: true, controlRole: 'assistant' },
        now: run.now,
        newSeatTokenHash: '',
      },
    );
    expect(assistant).toMatchObject({ ok: false, error: { code: 'NOT_LEAD_CONTROL' } });
    expect(run.try('control', { type: 'rollBack', toTurn: 3 })).toMatchObject({
      ok: false,
      error: { code: 'NO_SUCH_TURN' },
    });
    expect(JSON.stringify(lobby.state)).toBe(before);
    expect(JSON.stringify(run.state)).toBe(played);
  });

  it('records where each turn began: after its turnStarted, situation phase and due injects', () => {
    const run = twoTurns();
    const [one, two] = run.state.turnStarts;
    expect(run.state.turnStarts).toHaveLength(2);
    // Turn 1 opens with turnStarted, the situation phase and the 'drones' inject.
    expect(run.log.slice(one!.seq - 3, one!.seq).map((e) => e.type)).toEqual([
      'turnStarted',
      'phaseStarted',
      'injectFired',
    ]);
    expect(run.log[one!.seq]?.type).not.toBe('injectFired');
    expect(run.log[two!.seq - 3]).toMatchObject({ type: 'turnStarted', turn: 2 });
  });

  it('brings back the state at the start of the turn; the log keeps the rest, set aside', () => {
    const run = twoTurns();
    const length = run.log.length;
    run.wait(30);
    const [event] = run.do('control', { type: 'rollBack', toTurn: 1 }) as [RolledBack];
    const start = turnOneStart(run);
    expect(event).toEqual({ type: 'rolledBack', toSeq: start.seq, fromSeq: length, turn: 1, at: run.now });
    expect(run.log).toHaveLength(length + 1);
    expect(run.state.seq).toBe(run.log.length);
    expect(run.state.clock).toEqual(start.clock);
    expect(run.state.session.phase).toBe('situation');
    expect(run.state.council).toEqual(start.council);
    expect(run.state.council.agenda['article-4']).toBeUndefined();
    expect(run.state.injects).toEqual(start.injects);
    expect(run.state.turnStarts).toEqual(start.turnStarts);
    // The seats stay with today's players; the situation phase runs afresh from the rollback.
    expect(Object.keys(run.state.seats).sort()).toEqual(['secgen', 'usa']);
    expect(run.state.session.phaseEndsAt).toBe(addSeconds(run.now, 60));
    // Everything else is exactly as it was then.
    const { seq: _a, session: _b, ...rest } = run.state;
    const { seq: _c, session: _d, ...then } = start;
    expect(rest).toEqual(then);
    expect(setAside(run.log).slice(start.seq, length).every(Boolean)).toBe(true);
    expect(setAside(run.log).slice(0, start.seq).some(Boolean)).toBe(false);
  });

  it('keeps a paused exercise paused, its phase timer full', () => {
    const run = twoTurns();
    run.do('control', { type: 'pauseExercise' });
    run.do('control', { type: 'rollBack', toTurn: 2 });
    expect(run.state.session).toMatchObject({
      status: 'paused',
      phase: 'situation',
      phaseEndsAt: null,
      remainingSeconds: 60,
    });
    expect(run.state.clock.turn).toBe(2);
  });

  it('can go back to a turn of the run that a rollback itself set aside no more', () => {
    const run = twoTurns();
    run.do('control', { type: 'rollBack', toTurn: 1 });
    // Turn 2 was set aside, so it cannot be gone back to until it is played again.
    expect(run.try('control', { type: 'rollBack', toTurn: 2 })).toMatchObject({
      ok: false,
      error: { code: 'NO_SUCH_TURN' },
    });
    run.do('usa', { type: 'requestItem', itemId: 'deploy-vjtf' });
    run.playTo(3);
    run.do('control', { type: 'rollBack', toTurn: 2 });
    expect(run.state.council.agenda['deploy-vjtf']).toBeDefined();
    expect(run.state.council.agenda['activate-grp']).toBeUndefined();
    expect(replay(run.log)).toEqual(run.state);
  });

  it('replays: the whole log folds to the live state, and so does every prefix', () => {
    const run = twoTurns();
    run.do('control', { type: 'rollBack', toTurn: 1 });
    run.do('usa', { type: 'requestItem', itemId: 'deploy-vjtf' });
    run.playTo(2);
    run.do('control', { type: 'rollBack', toTurn: 2 });
    run.do('control', { type: 'rollBack', toTurn: 1 });
    expect(replay(run.log)).toEqual(run.state);
    const states = liveStates(run.log);
    expect(states[states.length - 1]).toEqual(run.state);
    for (const seq of [5, 20, run.log.length - 3]) expect(states[seq]).toEqual(stateAt(run.log, seq));
    // The next event is stored at the log's length, as ever.
    expect(run.state.seq).toBe(run.log.length);
  });

  it('shows the set-aside stretch in the review timeline, and the measures only as they count', () => {
    const run = twoTurns();
    run.playTo(3);
    const length = run.log.length;
    run.do('control', { type: 'rollBack', toTurn: 2 });
    const entries = timeline(run.log);
    const toSeq = (run.log[length] as RolledBack).toSeq;
    expect(entries.filter((e) => e.setAside).map((e) => e.seq)).toEqual(
      Array.from({ length: length - toSeq }, (_, i) => toSeq + i),
    );
    expect(entries[length]?.label).toMatch(/Rolled back to the start of turn 2/);
    // Turn 2 was adjudicated, then set aside: its point is gone from the series.
    expect(measuresSeries(run.log).map((p) => p.turn)).toEqual([0, 1]);
  });
});

describe('rollbacks among random play (property)', () => {
  const seats = ['control', 'secgen', 'usa', 'est'];
  it('the log always replays to the live state', () => {
    const stats = { rollbacks: 0, turns: 0 };
    fc.assert(
      fc.property(
        fc.array(fc.record({ seat: fc.nat(), choice: fc.nat(), back: fc.nat({ max: 19 }) }), {
          minLength: 10,
          maxLength: 60,
        }),
        (steps) => {
          const run = new Run();
          run.claim('secgen', 'usa', 'est');
          run.do('control', { type: 'startExercise' });
          for (const step of steps) {
            run.wait(20);
            if (step.back === 0) {
              const turns = run.state.turnStarts.map((t) => t.turn);
              run.do('control', { type: 'rollBack', toTurn: turns[step.choice % turns.length]! });
              continue;
            }
            if (step.back <= 3) {
              run.do('control', { type: 'advancePhase' });
              continue;
            }
            const seatId = seats[step.seat % seats.length]!;
            const legal = legalCommands(run.state, seatId, run.now).filter((c) => c.type !== 'endExercise');
            if (legal.length === 0) continue;
            const command = legal[step.choice % legal.length]!;
            const result = decide(run.state, command, {
              actor: actorFor(run.state, seatId),
              now: run.now,
              newSeatTokenHash: 'x',
            });
            if (result.ok) run.apply(result.value);
          }
          expect(replay(run.log)).toEqual(run.state);
          expect(run.state.seq).toBe(run.log.length);
          stats.rollbacks += run.log.filter((e) => e.type === 'rolledBack').length;
          stats.turns = Math.max(stats.turns, run.state.clock.turn);
        },
      ),
      { numRuns: 40 },
    );
    // The runs did roll back, and past the first turn.
    expect(stats.rollbacks).toBeGreaterThan(20);
    expect(stats.turns).toBeGreaterThan(1);
  });
});

describe('forking from a turn start', () => {
  const identity = {
    exerciseId: 'ex_fork',
    code: 'FORK22',
    title: 'Branch',
    createdAt: '2026-11-24T09:00:00.000Z',
  };

  it('copies the history that counts up to the turn start, seats empty, paused with the timer full', () => {
    const run = twoTurns();
    run.do('control', { type: 'rollBack', toTurn: 1 });
    run.do('usa', { type: 'requestItem', itemId: 'deploy-vjtf' });
    run.playTo(3);
    const start = run.state.turnStarts.find((t) => t.turn === 2)!;
    const then = replay(run.log.slice(0, start.seq));
    const result = forkLog(run.log, 2, identity);
    if (!result.ok) throw new Error(result.error.code);
    const log = result.value;
    expect(log[0]).toMatchObject({
      type: 'exerciseCreated',
      exerciseId: 'ex_fork',
      code: 'FORK22',
      seed: created.seed,
      forkedFrom: { exerciseId: created.exerciseId, code: created.code, turn: 2, seq: start.seq },
    });
    // Nothing set aside, no rollback marker, no seat claim made it into the branch.
    const types = log.map((e) => e.type);
    expect(types).not.toContain('rolledBack');
    expect(types).not.toContain('seatClaimed');
    expect(log.filter((e) => e.type === 'turnStarted').map((e) => (e as { turn: number }).turn)).toEqual([
      1, 2,
    ]);
    const fork = replay(log);
    expect(fork.seats).toEqual({});
    expect(fork.clock).toEqual(then.clock);
    expect(fork.council).toEqual(then.council);
    expect(fork.council.agenda['deploy-vjtf']).toBeDefined();
    expect(fork.council.agenda['activate-grp']).toBeUndefined();
    expect(fork.rng).toEqual(then.rng);
    expect(fork.measures).toEqual(then.measures);
    expect(fork.injects).toEqual(then.injects);
    expect(fork.session).toMatchObject({ status: 'paused', phase: 'situation', remainingSeconds: 60 });
    expect(fork.turnStarts.map((t) => t.turn)).toEqual([1, 2]);
  });

  it('refuses a turn the run has not reached (or set aside)', () => {
    const run = twoTurns();
    run.do('control', { type: 'rollBack', toTurn: 1 });
    expect(forkLog(run.log, 2, identity)).toMatchObject({ ok: false, error: { code: 'NO_SUCH_TURN' } });
    expect(forkLog(run.log, 1, identity).ok).toBe(true);
  });

  it('effectiveEvents leaves out what rollbacks set aside, nested ones included', () => {
    const run = twoTurns();
    run.do('control', { type: 'rollBack', toTurn: 2 });
    run.do('control', { type: 'advancePhase' });
    run.do('control', { type: 'rollBack', toTurn: 1 });
    const kept = effectiveEvents(run.log);
    const aside = setAside(run.log);
    expect(kept).toEqual(run.log.filter((e, seq) => !aside[seq] && e.type !== 'rolledBack'));
    // Replaying what counts gives the same game as the live state (only positions differ).
    const { seq: _s, turnStarts: _t, session: _a, ...game } = replay(kept);
    const { seq: _s2, turnStarts: _t2, session: _b, ...live } = run.state;
    expect(game).toEqual(live);
  });
});
