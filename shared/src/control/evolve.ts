// Applies the console's events: seats change hands, injects and broadcasts join the record.
import { MEASURE_RANGES } from '../model/effects';
import type { ExerciseState, SeatHolder } from '../engine/state';
import type { ConsoleEvent, MeasureEffect } from './events';
import { applyForcesOverride, isForcesOverride } from './forcesOverride';
import { BOT_TOKEN_HASH, consoleAtStart, type ConsoleState } from './state';

export function evolveConsole(state: ExerciseState, event: ConsoleEvent): ExerciseState {
  const slice = state.console ?? consoleAtStart();
  const withSlice = (patch: Partial<ConsoleState>): ExerciseState => ({
    ...state,
    console: { ...slice, ...patch },
  });
  switch (event.type) {
    case 'phaseRepeated':
      return state;
    case 'adHocInjectFired': {
      const { type: _type, ...inject } = event;
      const next = withSlice({ adHocInjects: [...slice.adHocInjects, inject] });
      return { ...next, measures: applyMeasureEffects(next.measures, event.effects) };
    }
    case 'resultOverridden': {
      // A position override is applied by the `positionTaken` that follows; the others here.
      const { target } = event;
      if (target.kind === 'measure') {
        return { ...state, measures: { ...state.measures, [target.measure]: target.value } };
      }
      if (isForcesOverride(target) && state.forces) {
        return { ...state, forces: applyForcesOverride(state.forces, target) };
      }
      return state;
    }
    case 'seatAssigned':
      return withHolder(state, event.seatId, {
        displayName: event.displayName,
        tokenHash: event.tokenHash,
        claimedAt: event.at,
      });
    case 'seatsSwapped': {
      const { [event.a]: holderA, [event.b]: holderB, ...rest } = state.seats;
      return {
        ...state,
        seats: {
          ...rest,
          ...(holderB ? { [event.a]: holderB } : {}),
          ...(holderA ? { [event.b]: holderA } : {}),
        },
      };
    }
    case 'seatHandedToBot':
      return withHolder(state, event.seatId, {
        displayName: 'Bot',
        tokenHash: BOT_TOKEN_HASH,
        claimedAt: event.at,
        bot: true,
      });
    case 'seatTakenFromBot': {
      const { [event.seatId]: _bot, ...rest } = state.seats;
      return { ...state, seats: rest };
    }
    case 'broadcastSent': {
      const { type: _type, ...broadcast } = event;
      return withSlice({ broadcasts: [...slice.broadcasts, broadcast] });
    }
    case 'assistantKeyIssued':
      return withSlice({
        assistants: {
          ...slice.assistants,
          [event.keyId]: { name: event.name, keyHash: event.keyHash, issuedAt: event.at, revoked: false },
        },
      });
    case 'assistantKeyRevoked': {
      const key = slice.assistants[event.keyId];
      return key
        ? withSlice({ assistants: { ...slice.assistants, [event.keyId]: { ...key, revoked: true } } })
        : state;
    }
  }
}

function withHolder(state: ExerciseState, seatId: string, holder: SeatHolder): ExerciseState {
  return { ...state, seats: { ...state.seats, [seatId]: holder } };
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

function applyMeasureEffects(
  measures: ExerciseState['measures'],
  effects: readonly MeasureEffect[],
): ExerciseState['measures'] {
  const next = { ...measures };
  for (const { measure, delta } of effects) {
    const [lo, hi] = MEASURE_RANGES[measure];
    next[measure] = round(Math.min(hi, Math.max(lo, next[measure] + delta)));
  }
  return next;
}
