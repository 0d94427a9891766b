// Events of the two clocks and the turn: who started, paused, timed and advanced what.
import type { Phase } from '../../model/vocabulary';

/** `at` is always wall time (ISO 8601); `gameTime` is scenario time. */
export interface ExerciseStarted {
  readonly type: 'exerciseStarted';
  readonly at: string;
  readonly gameTime: string;
}

export interface TurnStarted {
  readonly type: 'turnStarted';
  readonly turn: number;
  readonly gameTime: string;
  readonly at: string;
}

export interface PhaseStarted {
  readonly type: 'phaseStarted';
  readonly phase: Phase;
  readonly turn: number;
  readonly at: string;
  /** Length of the phase timer; null for an untimed phase Control closes. */
  readonly seconds: number | null;
}

export interface ExercisePaused {
  readonly type: 'exercisePaused';
  readonly at: string;
}

export interface ExerciseResumed {
  readonly type: 'exerciseResumed';
  readonly at: string;
}

/** The current phase's timer now has `seconds` left (set, extended or shortened by Control). */
export interface PhaseTimerSet {
  readonly type: 'phaseTimerSet';
  readonly at: string;
  readonly seconds: number;
}

export interface TurnStepChanged {
  readonly type: 'turnStepChanged';
  readonly at: string;
  readonly hours: number;
}

export interface HotwashSet {
  readonly type: 'hotwashSet';
  readonly at: string;
  readonly enabled: boolean;
}

/** Adjudication: the turn's window of game time has been played out. */
export interface GameClockAdvanced {
  readonly type: 'gameClockAdvanced';
  readonly turn: number;
  readonly from: string;
  readonly to: string;
  readonly at: string;
}

export interface MovesSubmitted {
  readonly type: 'movesSubmitted';
  readonly seatId: string;
  readonly turn: number;
  readonly at: string;
}

export interface ExerciseEnded {
  readonly type: 'exerciseEnded';
  readonly at: string;
}

export interface InjectFired {
  readonly type: 'injectFired';
  readonly injectId: string;
  readonly turn: number;
  readonly gameTime: string;
  readonly at: string;
  /** True when Control released it by hand rather than by the master events list's turn. */
  readonly byControl: boolean;
}

export type SessionEvent =
  | ExerciseStarted
  | TurnStarted
  | PhaseStarted
  | ExercisePaused
  | ExerciseResumed
  | PhaseTimerSet
  | TurnStepChanged
  | HotwashSet
  | GameClockAdvanced
  | MovesSubmitted
  | ExerciseEnded
  | InjectFired;
