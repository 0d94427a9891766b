// Folding a log into a state, rollbacks included (ADR 0012). `evolve` applies one event to one
// state; a `rolledBack` event needs the state at an earlier place in the log, so the fold keeps the
// states at every turn start it passes, and asks `earlier` for any it did not see. A stored event
// that cannot be applied (an older release's bug) does not stop the fold: the state stays as it was
// before that event, marked `underRepair`, until a rollback to there sets the tail aside (ADR 0016).
import type { ExerciseCreated, GameEvent } from './events';
import { evolve, initialState } from './evolve';
import { afterRollBack } from './rules/rollback';
import type { ExerciseState, RepairNeeded } from './state';

/** The live state at log position `seq` (events 0..seq-1 applied), if the caller has it. */
export type EarlierState = (seq: number) => ExerciseState | undefined;

export class LogFold {
  private readonly turnStartStates = new Map<number, ExerciseState>();
  private current: ExerciseState;

  constructor(
    start: ExerciseState,
    private readonly earlier: EarlierState = () => undefined,
  ) {
    this.current = start;
    this.remember();
  }

  get state(): ExerciseState {
    return this.current;
  }

  push(event: GameEvent): ExerciseState {
    const broken = this.current.underRepair;
    if (broken && !(event.type === 'rolledBack' && event.toSeq <= broken.seq)) {
      // The log goes on counting, but nothing after the failing event is applied.
      this.current = { ...this.current, seq: this.current.seq + 1 };
      return this.current;
    }
    try {
      this.current = this.next(event, broken);
    } catch {
      this.current = {
        ...this.current,
        seq: this.current.seq + 1,
        underRepair: { seq: this.current.seq, type: String((event as { type?: unknown }).type) },
      };
      return this.current;
    }
    this.remember();
    return this.current;
  }

  private next(event: GameEvent, broken: RepairNeeded | undefined): ExerciseState {
    if (event.type !== 'rolledBack') return evolve(this.current, event);
    // Under repair, the state held is the one just before the failing event: the repair goes there.
    const restored =
      broken && event.toSeq === broken.seq
        ? withoutRepair(this.current)
        : (this.turnStartStates.get(event.toSeq) ?? this.earlier(event.toSeq));
    if (!restored) throw new Error(`the state at log position ${event.toSeq} is not at hand`);
    return afterRollBack(this.current, restored, event);
  }

  private remember(): void {
    const last = this.current.turnStarts[this.current.turnStarts.length - 1];
    if (last && last.seq === this.current.seq) this.turnStartStates.set(last.seq, this.current);
  }
}

function withoutRepair(state: ExerciseState): ExerciseState {
  const { underRepair: _repaired, ...rest } = state;
  return rest;
}

function createdOf(events: readonly GameEvent[]): ExerciseCreated {
  const first = events[0];
  if (!first || first.type !== 'exerciseCreated') {
    throw new Error('an exercise log must start with exerciseCreated');
  }
  return first;
}

/** Rebuilds the live state from a whole log; the first event must be `exerciseCreated`. */
export function replay(events: readonly GameEvent[]): ExerciseState {
  // A rollback always names a turn start the fold has passed; rebuilding the prefix covers a
  // hand-made log that names another place.
  const fold = new LogFold(initialState(createdOf(events)), (seq) =>
    seq >= 1 && seq < events.length ? replay(events.slice(0, seq)) : undefined,
  );
  for (let seq = 1; seq < events.length; seq++) fold.push(events[seq]!);
  return fold.state;
}

/** The live state after each event of the log (index = seq), rollbacks included. */
export function liveStates(events: readonly GameEvent[]): ExerciseState[] {
  const states: ExerciseState[] = [];
  const fold = new LogFold(initialState(createdOf(events)), (seq) => states[seq - 1]);
  states.push(fold.state);
  for (let seq = 1; seq < events.length; seq++) states.push(fold.push(events[seq]!));
  return states;
}

/**
 * Which log positions a later rollback set aside (index = seq): they stay in the log, for the
 * review to show, but no longer count.
 */
export function setAside(events: readonly GameEvent[]): boolean[] {
  const aside = events.map(() => false);
  events.forEach((event) => {
    if (event.type !== 'rolledBack') return;
    for (let seq = Math.max(0, event.toSeq); seq < event.fromSeq && seq < aside.length; seq++)
      aside[seq] = true;
  });
  return aside;
}
