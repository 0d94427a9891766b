import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { numberHints } from './numberHints';
import { SetPhaseTimerCommand, SILENCE_HOURS } from '../engine/commands';
import { MEASURE_DELTA, UNIT_STRENGTH } from '../control/commands';

describe('a number field’s browser hints come from its schema', () => {
  it('reads the bounds, and steps by one for whole numbers', () => {
    expect(numberHints(SILENCE_HOURS)).toEqual({ min: 1, max: 720, step: 1 });
    expect(numberHints(UNIT_STRENGTH)).toEqual({ min: 0, max: 100, step: 1 });
    expect(numberHints(MEASURE_DELTA)).toEqual({ min: -100, max: 100 });
    expect(numberHints(z.number())).toEqual({});
  });

  it('reads seconds as minutes when asked', () => {
    expect(numberHints(SetPhaseTimerCommand.shape.seconds, 60)).toEqual({ min: 0, max: 1440, step: 1 });
  });
});
