// The decision times of facts §2 as scenario settings: each case is a small council and one item,
// played by the capital model alone. calibration.test.ts asserts their latencies land in bands.
import type { DomesticProcess } from '../model/council';
import { ScenarioSchema, type Scenario, type ScenarioInput } from '../scenario/schema';
import { verbatim } from '../scenario/text';

type AllyInput = NonNullable<ScenarioInput['allies']>[number];

const COALITIONS = new Set([
  'bel',
  'nld',
  'deu',
  'ita',
  'dnk',
  'nor',
  'isl',
  'lux',
  'cze',
  'svk',
  'svn',
  'est',
  'lva',
  'ltu',
  'hrv',
  'bgr',
  'rou',
]);
const MEMBERS_1999 = [
  'usa',
  'gbr',
  'fra',
  'deu',
  'ita',
  'can',
  'bel',
  'nld',
  'lux',
  'dnk',
  'nor',
  'isl',
  'prt',
  'esp',
  'grc',
  'tur',
  'pol',
  'cze',
  'hun',
];
const MEMBERS_2009 = [...MEMBERS_1999, 'svn', 'svk', 'rou', 'bgr', 'est', 'lva', 'ltu', 'alb', 'hrv'];

export interface HistoricalCase {
  readonly id: string;
  readonly label: string;
  /** The band facts §2 supports, in game hours, and the historical figure. */
  readonly band: readonly [number, number];
  readonly historicalHours: number;
  readonly scenario: Scenario;
}

function build(
  id: string,
  startsAt: string,
  members: string[],
  item: { title: string; instructionWeight: number; provocation: number },
  shape: (allyId: string) => Partial<AllyInput>,
): Scenario {
  const input: ScenarioInput = {
    schemaVersion: 1,
    id,
    title: verbatim(id),
    summary: verbatim('Calibration case of the capital model (facts §2).'),
    startsAt,
    turnStepHours: 12,
    seats: [
      { id: 'control', kind: 'control', label: verbatim('Control') },
      { id: 'secgen', kind: 'secretaryGeneral', label: verbatim('Secretary General') },
    ],
    allies: members.map((ally) => ({
      id: ally,
      name: verbatim(ally.toUpperCase()),
      nation: ally.toUpperCase(),
      domesticProcess: (COALITIONS.has(ally) ? 'coalition' : 'executive') as DomesticProcess,
      coalitionFragility: COALITIONS.has(ally) ? 0.2 : 0,
      source: ['facts-2'],
      ...shape(ally),
    })),
    catalogue: [
      {
        ...item,
        id: 'decision',
        title: verbatim(item.title),
        text: verbatim(item.title),
        source: ['facts-2'],
      },
    ],
    sources: [
      { id: 'facts-2', citation: 'Designer’s fact sheet §2, NATO decision procedures: past decision times.' },
    ],
  };
  return ScenarioSchema.parse(input);
}

/** 12 Sep 2001: Article 5 invoked within 24 h, every ally in solidarity. */
export const ARTICLE_5_2001: HistoricalCase = {
  id: 'article5-2001',
  label: 'Article 5 after 9/11',
  band: [2, 24],
  historicalHours: 24,
  scenario: build(
    'article5-2001',
    '2001-09-11T18:00:00Z',
    MEMBERS_1999,
    { title: 'Invoke Article 5', instructionWeight: 1.5, provocation: 0 },
    () => ({ defaultDisposition: 0.9, publicOpinion: 0.8, usStance: 0.8 }),
  ),
};

/** 17 → 31 Mar 2011: NATO command over Libya, slowed by Turkish and French objections. */
export const LIBYA_2011: HistoricalCase = {
  id: 'libya-2011',
  label: 'Libya 2011',
  band: [7 * 24, 21 * 24],
  historicalHours: 14 * 24,
  scenario: build(
    'libya-2011',
    '2011-03-17T12:00:00Z',
    MEMBERS_2009,
    { title: 'NATO takes command of operations over Libya', instructionWeight: 1, provocation: 0.2 },
    (ally) =>
      ally === 'tur'
        ? { defaultDisposition: -0.4, publicOpinion: -0.4 }
        : ally === 'fra'
          ? { defaultDisposition: -0.35, publicOpinion: 0.2 }
          : ally === 'deu'
            ? { defaultDisposition: 0.35, publicOpinion: -0.3 }
            : { defaultDisposition: 0.6, publicOpinion: 0.2 },
  ),
};

/** 15 Jan → 16 Feb 2003: planning to defend Turkey, blocked by France, Germany and Belgium. */
export const TURKEY_2003: HistoricalCase = {
  id: 'turkey-2003',
  label: 'Turkey 2003',
  band: [21 * 24, 45 * 24],
  historicalHours: 32 * 24,
  scenario: build(
    'turkey-2003',
    '2003-01-15T12:00:00Z',
    MEMBERS_1999,
    { title: 'Defensive planning for Turkey', instructionWeight: 1, provocation: 0 },
    (ally) =>
      ['fra', 'deu', 'bel'].includes(ally)
        ? { defaultDisposition: -0.7, publicOpinion: -0.7, usStance: -0.5 }
        : { defaultDisposition: 0.6, publicOpinion: 0, usStance: 0.5 },
  ),
};

export const HISTORICAL_CASES = [ARTICLE_5_2001, LIBYA_2011, TURKEY_2003] as const;
