// A tiny hand-checkable scenario for unit tests of movement and combat rules.
import { balticForces } from './fixtures';
import { ForcesScenarioSchema, type ForcesScenario, type ForcesScenarioInput } from './schema';
import { verbatim } from '../scenario/text';

type Input = ForcesScenarioInput;

const unit = (id: string, o: Partial<Input['units'][number]>): Input['units'][number] => ({
  id,
  name: verbatim(id),
  type: 'mechanised',
  sidc: 'SFGPUCIZ---H---',
  side: 'blue',
  owner: 'POL',
  authority: 'nato',
  group: 'nrf',
  battalions: 2,
  readiness: 'alerted',
  location: 'a',
  variants: ['2016'],
  source: 'test unit',
  ...o,
});

/**
 * a (POL) ─rail/road─ s (LTU, gauge break) ─rail/road─ k (LTU, NFIU) ─road─ r (RUS)
 * Rail a–s and s–k take 13 h each; roads take 4 h each.
 */
export function miniScenario(edit: (s: Input) => void = () => {}): ForcesScenario {
  const base = balticForces();
  const s: Input = {
    schemaVersion: 1,
    id: 'mini',
    variants: [{ id: '2016', label: verbatim('t'), description: verbatim('t'), source: 'test' }],
    places: [
      { id: 'a', name: verbatim('A'), kind: 'base', country: 'POL', lon: 22, lat: 54, terrain: 'open' },
      {
        id: 's',
        name: verbatim('S'),
        kind: 'border',
        country: 'LTU',
        lon: 23,
        lat: 54.5,
        terrain: 'open',
        gaugeBreak: true,
      },
      {
        id: 'k',
        name: verbatim('K'),
        kind: 'capital',
        country: 'LTU',
        lon: 24,
        lat: 55,
        terrain: 'urban',
        nfiu: { receptionPerDay: 3, source: 'test' },
      },
      { id: 'r', name: verbatim('R'), kind: 'base', country: 'RUS', lon: 25, lat: 55, terrain: 'open' },
    ],
    legs: [
      {
        id: 'as-rail',
        from: 'a',
        to: 's',
        mode: 'rail',
        km: 40,
        hours: 13,
        capacityPerDay: 4,
        source: 'test',
      },
      {
        id: 'sk-rail',
        from: 's',
        to: 'k',
        mode: 'rail',
        km: 40,
        hours: 13,
        capacityPerDay: 4,
        source: 'test',
      },
      {
        id: 'as-road',
        from: 'a',
        to: 's',
        mode: 'road',
        km: 100,
        hours: 40,
        capacityPerDay: 12,
        corridor: 'test',
        source: 'test',
      },
      {
        id: 'sk-road',
        from: 's',
        to: 'k',
        mode: 'road',
        km: 100,
        hours: 40,
        capacityPerDay: 12,
        source: 'test',
      },
      {
        id: 'kr-road',
        from: 'k',
        to: 'r',
        mode: 'road',
        km: 100,
        hours: 4,
        capacityPerDay: 12,
        source: 'test',
      },
    ],
    units: [
      unit('b1', {}),
      unit('b2', {}),
      unit('b3', {}),
      unit('defender', {
        location: 'k',
        type: 'infantry',
        readiness: 'inPlace',
        owner: 'LTU',
        group: 'host',
      }),
      unit('red1', {
        side: 'red',
        owner: 'RUS',
        location: 'r',
        readiness: 'inPlace',
        sidc: 'SHGPUCIZ---H---',
        group: 'red',
        authority: 'national',
      }),
    ],
    redPlan: {
      incursionHour: 1000,
      escalation: [],
      axes: [
        {
          id: 'x',
          name: verbatim('x'),
          units: ['red1'],
          path: ['r', 'k'],
          startOffsetHours: 0,
          objective: 'k',
        },
      ],
      interdictions: [],
      source: 'test',
    },
    rules: { ...base.rules },
    objectives: { redArrivalTargets: ['k'], capitals: ['k'], theatre: ['LTU'], redCountries: ['RUS'] },
    measures: {
      cohesion: 70,
      deterrenceCredibility: 50,
      publicSupport: { POL: 70, LTU: 70 },
      source: 'test',
    },
  };
  edit(s);
  return ForcesScenarioSchema.parse(s);
}
