import { describe, expect, it } from 'vitest';
import { advanceWithState } from './advance';
import { NO_AUTHORITY } from './authority';
import { balticForces, ctxOf, order, RED } from './fixtures';
import { initialForces } from './init';
import { computeMeasures, groundHeld } from './measures';

describe('measures', () => {
  const start = initialForces(balticForces(), '2016', 1);

  it('starts with all ground held and the scenario baselines', () => {
    expect(groundHeld(start)).toBe(1);
    const { measures } = computeMeasures(start, 0);
    expect(measures.escalation).toBe('peacetime');
    expect(measures.publicSupport.EST).toBe(80);
  });

  it('records ground lost, fallen capitals and lost credibility as the war goes on', () => {
    const { state, events } = advanceWithState(start, 96 + 72, NO_AUTHORITY);
    const recorded = events.filter((e) => e.type === 'measuresRecorded');
    expect(recorded).toHaveLength(1);
    expect(state.measures.groundHeld).toBeLessThan(1);
    expect(state.measures.escalation).toBe('largeConventionalWar');
    expect(state.measures.deterrenceCredibility).toBeLessThan(
      computeMeasures(start, 0).measures.deterrenceCredibility,
    );
    expect(state.measures.publicSupport.EST).toBeLessThan(80 + 10);
  });

  it('lets a Red nuclear ultimatum cost cohesion and public support', () => {
    const threatened = order(start, { type: 'signalNuclear', signal: 'explicitThreat' }, ctxOf(RED));
    const { measures } = computeMeasures(threatened, 0);
    const base = computeMeasures(start, 0).measures;
    expect(measures.cohesion).toBeLessThan(base.cohesion);
    expect(measures.publicSupport.DEU).toBeLessThan(base.publicSupport.DEU!);
  });
});
