import { describe, expect, it } from 'vitest';
import type { AllyProfile } from '../engine/state';
import { roller, seedRng } from '../rng/sfc32';
import type { CatalogueItem } from '../scenario/catalogue';
import { chanceOfSupport, choosePosition, supportScore } from './disposition';
import { instructionHours, reviewHours } from './instructions';
import { verbatim } from '../scenario/text';

const ally: AllyProfile = {
  id: 'x',
  name: verbatim('X'),
  nation: 'XXX',
  domesticProcess: 'executive',
  coalitionFragility: 0,
  electionSoon: false,
  kremlinInfluence: 0,
  publicOpinion: 0,
  usStance: 0,
  defaultDisposition: 0.5,
  dispositions: {},
};
const item = (id: string, provocation = 0.5, instructionWeight = 1): CatalogueItem => ({
  id,
  title: verbatim(id),
  text: verbatim(id),
  provocation,
  instructionWeight,
  public: true,
  effects: [],
  source: ['s'],
});
const score = (
  patch: Partial<AllyProfile>,
  extra: { items?: CatalogueItem[]; weeksWaiting?: number; accommodated?: boolean } = {},
) =>
  supportScore({
    ally: { ...ally, ...patch },
    items: extra.items ?? [item('a')],
    weeksWaiting: extra.weeksWaiting ?? 0,
    accommodated: extra.accommodated ?? false,
  });

describe('the support score', () => {
  it.each([
    ['a neutral ally', {}, {}, 0.5],
    ['a champion', { defaultDisposition: 1 }, {}, 1],
    ['a red line', { dispositions: { a: -1 } }, {}, -1],
    ['public opinion for action', { publicOpinion: 1 }, {}, 0.7],
    ['… doubled before an election', { publicOpinion: 1, electionSoon: true }, {}, 0.9],
    ['alignment with Washington', { usStance: 1 }, {}, 0.65],
    ['Kremlin influence on a provocative item', { kremlinInfluence: 1 }, { items: [item('a', 1)] }, 0],
    ['two weeks of pressure', {}, { weeksWaiting: 2 }, 0.9],
    ['a revision that answers its concern', {}, { accommodated: true }, 0.75],
    [
      'a package of three items: the mean leaning plus 0.1 per extra item',
      { dispositions: { b: -0.5 } },
      { items: [item('a'), item('b'), item('c')] },
      0.5 / 3 + 0.2,
    ],
  ] as const)('%s', (_what, patch, extra, expected) => {
    expect(score(patch as Partial<AllyProfile>, extra as never)).toBeCloseTo(expected, 6);
  });
});

describe('choosing a position', () => {
  it.each([
    [0.9, 0.5, 'support'],
    [0.1, 0.5, 'supportWithReservation'],
    [0.0, 0.7, 'requestAmendment'],
    [-0.5, 0.5, 'object'],
  ] as const)('score %d with draw %d gives %s', (s, draw, position) => {
    expect(choosePosition(s, draw).position).toBe(position);
  });

  it('is a logistic in the score: near-certain for champions, near-impossible for red lines', () => {
    expect(chanceOfSupport(0)).toBe(0.5);
    expect(chanceOfSupport(0.8)).toBeGreaterThan(0.999);
    expect(chanceOfSupport(-0.8)).toBeLessThan(0.001);
  });
});

describe('capital timings', () => {
  const draws = (f: (r: ReturnType<typeof roller>) => number) => {
    const r = roller(seedRng(5));
    return Array.from({ length: 500 }, () => f(r));
  };
  it.each([
    ['executive', {}, [2, 8]],
    ['coalition', { domesticProcess: 'coalition' }, [4, 12]],
    ['parliamentary mandate', { domesticProcess: 'parliamentaryMandate' }, [6, 16]],
    ['a fragile coalition', { domesticProcess: 'coalition', coalitionFragility: 1 }, [6, 18]],
    ['an executive before an election', { electionSoon: true }, [3, 12]],
  ] as const)('instructions of %s take %j hours', (_what, patch, [lo, hi]) => {
    const hours = draws((r) =>
      instructionHours({ ...ally, ...(patch as Partial<AllyProfile>) }, [item('a')], 1, r),
    );
    expect(Math.min(...hours)).toBeGreaterThanOrEqual(lo);
    expect(Math.max(...hours)).toBeLessThan(hi);
    expect(Math.max(...hours) - Math.min(...hours)).toBeGreaterThan((hi - lo) * 0.9);
  });

  it('weighs grave items, and halves a revision', () => {
    const [grave] = draws((r) => instructionHours(ally, [item('a', 0.5, 2)], 1, r));
    const [revised] = draws((r) => instructionHours(ally, [item('a', 0.5, 2)], 2, r));
    expect(revised).toBeCloseTo((grave ?? 0) / 2, 6);
  });

  it('reviews a blocking stand after one to three days for an executive', () => {
    const hours = draws((r) => reviewHours(ally, r));
    expect(Math.min(...hours)).toBeGreaterThanOrEqual(24);
    expect(Math.max(...hours)).toBeLessThan(72);
  });
});
