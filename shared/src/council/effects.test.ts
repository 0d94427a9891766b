import { describe, expect, it } from 'vitest';
import { initialState } from '../engine/evolve';
import { created } from '../engine/fixtures';
import { applyEffects } from './effects';

const start = initialState(created);

describe('applyEffects', () => {
  it('sets flags and shifts measures within their ranges', () => {
    const s = applyEffects(start, [
      { kind: 'flag', flag: 'vjtfAuthorised', value: true },
      { kind: 'measure', measure: 'cohesion', delta: 100 },
      { kind: 'measure', measure: 'escalationRung', delta: -10 },
    ]);
    expect(s.flags.vjtfAuthorised).toBe(true);
    expect(s.measures).toMatchObject({ cohesion: 100, escalationRung: 0 });
  });

  it('shifts one ally or all allies, clamped to the attribute’s range', () => {
    const s = applyEffects(start, [
      { kind: 'allyAttribute', ally: 'hun', attribute: 'kremlinInfluence', delta: 0.7 },
      { kind: 'allyAttribute', ally: '*', attribute: 'usStance', delta: -0.1 },
      { kind: 'allyElection', ally: 'deu', electionSoon: true },
      { kind: 'allyDisposition', ally: '*', item: 'deploy-vjtf', delta: 0.5 },
    ]);
    const { allies } = s.council;
    expect(allies.hun?.kremlinInfluence).toBe(1);
    expect(allies.usa?.usStance).toBe(-0.1);
    expect(allies.deu?.electionSoon).toBe(true);
    expect(allies.hun?.dispositions['deploy-vjtf']).toBeCloseTo(-0.3, 6);
    expect(allies.usa?.dispositions['deploy-vjtf']).toBe(1);
  });

  it('never mutates the state it is given', () => {
    const before = JSON.stringify(start);
    applyEffects(start, [{ kind: 'flag', flag: 'article5Invoked', value: true }]);
    expect(JSON.stringify(start)).toBe(before);
  });
});
