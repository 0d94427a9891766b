// Events of Control's console (ADR 0009); `at` is wall time, `gameTime` scenario time.
import type { Measure } from '../model/effects';
import type { Phase } from '../model/vocabulary';
import type { OverrideTarget } from './commands';

/** Control restarted the current phase; a `phaseStarted` for the same phase follows it. */
export interface PhaseRepeated {
  readonly type: 'phaseRepeated';
  readonly phase: Phase;
  readonly turn: number;
  readonly at: string;
}

export interface MeasureEffect {
  readonly measure: Measure;
  readonly delta: number;
}

/** An inject Control wrote during play, outside the scenario's master events list. */
export interface AdHocInjectFired {
  readonly type: 'adHocInjectFired';
  /** `adhoc-1`, `adhoc-2`, … in the order fired. */
  readonly injectId: string;
  readonly title: string;
  readonly body: string;
  /** `public` for everyone, or the only seats that receive it. */
  readonly audience: 'public' | readonly string[];
  readonly effects: readonly MeasureEffect[];
  readonly turn: number;
  readonly gameTime: string;
  readonly at: string;
}

/**
 * Control set aside an adjudicated result; for a position a `positionTaken` follows it. A unit's
 * strength or a place's holder is applied to the forces state by this event itself.
 */
export interface ResultOverridden {
  readonly type: 'resultOverridden';
  readonly target: OverrideTarget;
  /**
   * What the override replaced: a measure's value, an ally's position (null when there was none),
   * a unit's strength, or the side that held the place.
   */
  readonly previous: number | string | null;
  readonly rationale: string;
  readonly turn: number;
  readonly gameTime: string;
  readonly at: string;
}

/** Control put a named person in a seat; the token's hash is kept, the token went to Control only. */
export interface SeatAssigned {
  readonly type: 'seatAssigned';
  readonly seatId: string;
  readonly displayName: string;
  readonly tokenHash: string;
  readonly at: string;
}

/** The holders of two seats changed places (a seat may be empty); tokens move with the holders. */
export interface SeatsSwapped {
  readonly type: 'seatsSwapped';
  readonly a: string;
  readonly b: string;
  readonly at: string;
}

export interface SeatHandedToBot {
  readonly type: 'seatHandedToBot';
  readonly seatId: string;
  readonly at: string;
}

export interface SeatTakenFromBot {
  readonly type: 'seatTakenFromBot';
  readonly seatId: string;
  readonly at: string;
}

export interface BroadcastSent {
  readonly type: 'broadcastSent';
  /** `broadcast-1`, `broadcast-2`, … */
  readonly broadcastId: string;
  readonly text: string;
  readonly turn: number;
  readonly gameTime: string;
  readonly at: string;
}

/** The lead issued a key for an assistant; only its hash is kept, the key was shown once. */
export interface AssistantKeyIssued {
  readonly type: 'assistantKeyIssued';
  /** `assistant-1`, `assistant-2`, … */
  readonly keyId: string;
  readonly name: string;
  readonly keyHash: string;
  readonly at: string;
}

export interface AssistantKeyRevoked {
  readonly type: 'assistantKeyRevoked';
  readonly keyId: string;
  readonly at: string;
}

export type ConsoleEvent =
  | PhaseRepeated
  | AdHocInjectFired
  | ResultOverridden
  | SeatAssigned
  | SeatsSwapped
  | SeatHandedToBot
  | SeatTakenFromBot
  | BroadcastSent
  | AssistantKeyIssued
  | AssistantKeyRevoked;

const CONSOLE_EVENT_TYPES: readonly string[] = [
  'phaseRepeated',
  'adHocInjectFired',
  'resultOverridden',
  'seatAssigned',
  'seatsSwapped',
  'seatHandedToBot',
  'seatTakenFromBot',
  'broadcastSent',
  'assistantKeyIssued',
  'assistantKeyRevoked',
];

export const isConsoleEvent = (event: { readonly type: string }): event is ConsoleEvent =>
  CONSOLE_EVENT_TYPES.includes(event.type);
