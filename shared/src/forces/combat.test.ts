import { describe, expect, it } from 'vitest';
import { advanceWithState } from './advance';
import { NO_AUTHORITY } from './authority';
import { adjudicate, postureOf } from './combat';
import type { ForcesEvent } from './events';
import { initialForces } from './init';
import { miniScenario } from './mini';
import { seedRng } from '../rng/sfc32';
import { verbatim } from '../scenario/text';

const dice = { rolls: [1], rngAfter: seedRng(1) };
const of = <T extends ForcesEvent['type']>(events: ForcesEvent[], type: T) =>
  events.filter((e): e is Extract<ForcesEvent, { type: T }> => e.type === type);

describe('adjudication', () => {
  const s = initialForces(miniScenario(), '2016', 1);
  const red = s.units.red1!;
  const def = s.units.defender!;

  it('explains a result with its inputs, modifiers, dice and rule (known answer)', () => {
    const r = adjudicate(s, 'k', [red], [def], 100, 1, dice);
    // Red 2 bn mechanised × 3 = 6; Blue 2 bn infantry × 2 = 4, prepared ×1.5, urban ×2 = 12.
    expect(r).toMatchObject({
      rule: 'combatResultsTable',
      attackerPower: 6,
      defenderPower: 12,
      ratio: 0.5,
      column: '<1:1',
    });
    expect(r.result).toEqual({ attackerLoss: 12, defenderLoss: 2, defenderRetreats: false });
    expect(r.modifiers.map((m) => [m.name, m.appliesTo, m.factor])).toEqual([
      ['terrain', 'defender', 2],
      ['posture', 'defender', 1.5],
      ['air', 'attacker', 1],
      ['air', 'defender', 1],
    ]);
    expect(r.losses).toEqual([
      { unitId: 'red1', before: 100, after: 88 },
      { unitId: 'defender', before: 100, after: 98 },
    ]);
    expect(r.explanation).toBe(
      'Red attacks K: 6 against 12 (terrain ×2, posture ×1.5, air ×1/×1), ratio 0.5:1, column <1:1; die 1: attacker −12, defender −2, the defence holds.',
    );
  });

  it('makes the last defenders of a capital fight on instead of falling back, at a higher cost', () => {
    const weak = { ...def, strength: 10 };
    const r = adjudicate(s, 'k', [red], [weak], 100, 6, dice);
    expect(r.column).toBe('4:1');
    expect(r.result).toEqual({
      attackerLoss: 2,
      defenderLoss: 27,
      defenderRetreats: false,
      defendersStand: true,
    });
    expect(r.explanation).toContain('fight on in the city');
  });

  it('rates posture from readiness: surprise in garrison, hasty then prepared defence', () => {
    const rules = s.scenario.rules;
    expect(postureOf(rules, { ...def, readiness: 'garrison' }, 0).factor).toBe(0.8);
    expect(postureOf(rules, { ...def, inPlaceSince: 90 }, 100).name).toBe('hasty defence');
    expect(postureOf(rules, { ...def, inPlaceSince: 60 }, 100).name).toBe('prepared defence');
  });
});

describe('combat rounds in game time', () => {
  const attack = (edit: Parameters<typeof miniScenario>[0]) => {
    const scenario = miniScenario((m) => {
      m.redPlan.incursionHour = 1;
      edit?.(m);
    });
    return advanceWithState(initialForces(scenario, '2016', 7), 200, NO_AUTHORITY);
  };

  it('fights at contact, then every round until the attacker is spent, then the attacker pulls back', () => {
    const { events, state } = attack(() => {});
    const rounds = of(events, 'combatResolved');
    expect(rounds.length).toBeGreaterThan(1);
    const contact = of(events, 'unitReachedPlace').find((e) => e.unitId === 'red1' && e.placeId === 'k')!;
    expect(rounds[0]!.atHour).toBe(contact.atHour);
    expect(rounds.slice(1).map((r, i) => r.atHour - rounds[i]!.atHour)).toEqual(rounds.slice(1).map(() => 4));
    expect(of(events, 'unitHalted')).toEqual([
      expect.objectContaining({ unitId: 'red1', reason: 'culminated' }),
    ]);
    expect(state.units.red1!.location).toEqual({ kind: 'at', placeId: 'r' });
    expect(state.control.k).toBe('blue');
    expect(state.escalation).toBe('largeConventionalWar');
  });

  it('takes a place whose defenders fall back, and records the first Red arrival', () => {
    const { events, state } = attack((m) => {
      m.units.find((u) => u.id === 'red1')!.battalions = 12;
      m.places.find((p) => p.id === 'k')!.kind = 'city';
      m.places.push({
        id: 'cap',
        name: verbatim('Cap'),
        kind: 'capital',
        country: 'LTU',
        lon: 23.5,
        lat: 55.5,
        terrain: 'urban',
      });
      m.legs.push({
        id: 'k-cap',
        from: 'k',
        to: 'cap',
        mode: 'road',
        km: 40,
        hours: 2,
        capacityPerDay: 12,
        source: 'test',
      });
    });
    expect(state.firstRedArrival).toEqual({ placeId: 'k', hour: expect.any(Number) });
    const retreat = of(events, 'movementOrdered').find((e) => e.unitId === 'defender');
    expect(retreat).toMatchObject({ purpose: 'retreat', destination: 'cap', by: 'engine' });
    expect(of(events, 'placeCaptured')).toContainEqual(
      expect.objectContaining({ placeId: 'k', side: 'red' }),
    );
  });

  it('lets aircraft on a base neither hold it nor block it: they fly out when it falls', () => {
    const { events, state } = attack((m) => {
      m.units = m.units.filter((u) => u.id !== 'defender');
      m.units.push({
        ...m.units[0]!,
        id: 'wing',
        type: 'air',
        location: 'k',
        readiness: 'inPlace',
        battalions: 1,
      });
      m.legs.push({
        id: 'ka-air',
        from: 'k',
        to: 'a',
        mode: 'air',
        km: 200,
        hours: 8,
        capacityPerDay: 2,
        source: 'test',
      });
    });
    expect(of(events, 'placeCaptured')).toContainEqual(
      expect.objectContaining({ placeId: 'k', side: 'red' }),
    );
    expect(of(events, 'movementOrdered').find((e) => e.unitId === 'wing')).toMatchObject({
      purpose: 'retreat',
      destination: 'a',
    });
    expect(state.units.wing!.location).toEqual({ kind: 'at', placeId: 'a' });
  });
});
