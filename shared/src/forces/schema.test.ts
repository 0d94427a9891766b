import { describe, expect, it } from 'vitest';
import baltic from '../../../scenarios/baltic-tripwire.json';
import { balticForces } from './fixtures';
import { haversineKm, networkOf } from './network';
import { defaultVariantOf, ForcesScenarioSchema } from './schema';

const raw = baltic.forces;
const clone = () => JSON.parse(JSON.stringify(raw)) as typeof raw;

describe('the forces section of a scenario', () => {
  it('accepts the Baltic trip-wire forces section', () => {
    expect(ForcesScenarioSchema.safeParse(raw).success).toBe(true);
  });

  it('refuses dangling references, unconnected axes and uncited rules, by path', () => {
    const bad = clone();
    bad.legs[0]!.to = 'atlantis';
    bad.units[0]!.location = 'nowhere';
    bad.redPlan.axes[0]!.path = ['kingisepp', 'tallinn'];
    delete (bad.rules.sources as Record<string, string>).gaugeChangeHours;
    const result = ForcesScenarioSchema.safeParse(bad);
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'legs.0.to: no place "atlantis"',
        'units.0.location: no place "nowhere"',
        'redPlan.axes.0.path.1: no leg joins "kingisepp" and "tallinn"',
        'rules.sources.gaugeChangeHours: cite a source for rules.gaugeChangeHours',
      ]),
    );
  });

  it('cites a source for every unit, leg and rule', () => {
    const s = balticForces();
    for (const u of s.units) expect(u.source.length, u.id).toBeGreaterThan(10);
    for (const l of s.legs) expect(l.source.length, l.id).toBeGreaterThan(10);
    for (const key of Object.keys(s.rules))
      if (key !== 'sources') expect(s.rules.sources[key], key).toBeTruthy();
  });

  it('keeps authored road lengths close to the map (1–2 × great-circle distance)', () => {
    const s = balticForces();
    const net = networkOf(s);
    for (const l of s.legs.filter((x) => x.mode === 'road')) {
      const d = haversineKm(net.places.get(l.from)!, net.places.get(l.to)!);
      expect(l.km / d, l.id).toBeGreaterThan(0.95);
      expect(l.km / d, l.id).toBeLessThan(2);
    }
  });

  it('has the friction the facts call for: Šeštokai gauge break, the Suwałki corridor, four NFIUs', () => {
    const s = balticForces();
    expect(s.places.find((p) => p.id === 'sestokai')?.gaugeBreak).toBe(true);
    expect(s.legs.filter((l) => l.corridor === 'suwalki').length).toBeGreaterThanOrEqual(2);
    expect(
      s.places
        .filter((p) => p.nfiu)
        .map((p) => p.id)
        .sort(),
    ).toEqual(['bydgoszcz', 'riga', 'tallinn', 'vilnius']);
    expect(s.rules.permitDays).toEqual({ mean: 10, max: 45 });
  });
});

describe('variants', () => {
  it('are the scenario author’s ids, with a default that must be one of them', () => {
    const s = balticForces();
    expect(s.variants.map((v) => v.id)).toEqual(['2016', 'current', 'rand-7-brigades']);
    expect(defaultVariantOf(s)).toBe('2016');
    expect(defaultVariantOf({ ...s, defaultVariant: undefined })).toBe('2016');
    const bad = clone() as ReturnType<typeof clone> & { defaultVariant: string };
    bad.defaultVariant = 'nope';
    bad.units[0]!.variants = ['2016', 'nope'];
    const result = ForcesScenarioSchema.safeParse(bad);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'defaultVariant: variant "nope" is not described',
      'units.0.variants.1: variant "nope" is not described',
    ]);
  });
});
