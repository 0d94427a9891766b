import { describe, expect, it } from 'vitest';
import baltic from '../../../scenarios/baltic-tripwire.json';
import { parseScenario } from '../scenario/load';
import { replay } from '../engine/evolve';
import {
  applyAssumptions,
  checkAssumption,
  defaultAssumptions,
  exerciseAssumptions,
  resolveAssumptions,
} from './assumptions';
import { balticScenario } from './fixtures';

const register = () => balticScenario().assumptions!;

describe('the assumption register', () => {
  it('holds the assumptions of the issue, each with a default inside its range and a source', () => {
    const keys = register().map((a) => a.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'red-competence',
        'red-objective',
        'us-participation',
        'host-mobilisation-hour',
        'council-latency-hours',
        'reinforcement-speed',
      ]),
    );
    for (const a of register()) {
      expect(a.source.length).toBeGreaterThan(0);
      if (a.kind === 'number') expect(a.default).toBeGreaterThanOrEqual(a.min);
      if (a.kind === 'number') expect(a.default).toBeLessThanOrEqual(a.max);
    }
  });

  it('accepts a value at either bound and refuses one just outside, naming the key and the range', () => {
    expect(checkAssumption(register(), 'red-competence', '0.5')).toMatchObject({ ok: true, value: 0.5 });
    expect(checkAssumption(register(), 'red-competence', '1.2')).toMatchObject({ ok: true, value: 1.2 });
    for (const bad of ['0.49', '1.21', 'abc', '', 'NaN', 'Infinity']) {
      const r = checkAssumption(register(), 'red-competence', bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problem.message).toContain('red-competence must be a number from 0.5 to 1.2');
    }
    expect(checkAssumption(register(), 'red-objective', 'suwalki')).toMatchObject({ ok: true });
    expect(checkAssumption(register(), 'red-objective', 'moscow')).toMatchObject({ ok: false });
    expect(checkAssumption(register(), 'no-such-key', '1')).toMatchObject({
      ok: false,
      problem: { key: 'no-such-key' },
    });
  });

  it('resolves the defaults with the overrides, or gives the first bad one', () => {
    const r = resolveAssumptions(register(), { 'us-participation': 'withheld' });
    expect(r).toMatchObject({ ok: true, values: { 'us-participation': 'withheld', 'red-competence': 1 } });
    expect(resolveAssumptions(register(), { 'council-latency-hours': '721' })).toMatchObject({ ok: false });
  });

  it('a scenario whose default lies outside its range does not load', () => {
    const data = structuredClone(baltic) as typeof baltic;
    const a = data.assumptions.find((x) => x.key === 'red-competence')!;
    a.default = 2;
    const result = parseScenario(data);
    expect(result.ok).toBe(false);
  });

  it('changes the forces data as it says: a limited grab keeps the corridor axes, a reduced US loses a brigade', () => {
    const forces = balticScenario().forces!;
    const values = defaultAssumptions(register());
    expect(applyAssumptions(forces, values).redPlan.axes).toHaveLength(forces.redPlan.axes.length);
    const limited = applyAssumptions(forces, { ...values, 'red-objective': 'suwalki' });
    expect(limited.redPlan.axes.map((a) => a.objective).sort()).toEqual(['marijampole', 'suwalki']);
    const reduced = applyAssumptions(forces, { ...values, 'us-participation': 'reduced' });
    expect(reduced.units.length).toBe(forces.units.length - 1);
    const weak = applyAssumptions(forces, { ...values, 'red-competence': 0.5 });
    const tank = (f: typeof forces) => f.units.find((u) => u.id === 'rus-tank-riga')!.battalions;
    expect(tank(weak)).toBe(tank(forces) / 2);
    expect(weak.rules.hostileAdvanceFactor).toBe(forces.rules.hostileAdvanceFactor * 2);
    const fast = applyAssumptions(forces, { ...values, 'reinforcement-speed': 2 });
    expect(fast.units.find((u) => u.id === 'vjtf-lead')!.noticeToMoveHours).toEqual([24, 36]);
  });
});

describe('the assumptions of an exercise (ADR 0027)', () => {
  it('stores every key of the register, refusing an unknown key or a value out of bounds', () => {
    const ok = exerciseAssumptions(register(), { 'red-competence': '0.7' });
    expect(ok.ok && ok.values).toMatchObject({ 'red-competence': 0.7, 'us-participation': 'full' });
    expect(Object.keys((ok.ok && ok.values) || {}).sort()).toEqual(
      register()
        .map((a) => a.key)
        .sort(),
    );
    const bounds = exerciseAssumptions(register(), { 'reinforcement-speed': 9 });
    expect(!bounds.ok && bounds.rejection.code).toBe('ASSUMPTION_OUT_OF_BOUNDS');
    const unknown = exerciseAssumptions(register(), { luck: 1 });
    expect(!unknown.ok && unknown.rejection.code).toBe('NO_SUCH_ASSUMPTION');
    expect(exerciseAssumptions(undefined, {})).toEqual({ ok: true, values: null });
    const none = exerciseAssumptions([], { 'red-competence': 1 });
    expect(!none.ok && none.rejection.code).toBe('NO_SUCH_ASSUMPTION');
  });

  it('plays the forces data under the stored assumptions', () => {
    const scenario = balticScenario();
    const created = (assumptions?: Record<string, string | number>) =>
      replay([
        {
          type: 'exerciseCreated',
          exerciseId: 'e',
          code: 'ABC234',
          title: 'T',
          createdAt: '2026-01-01T00:00:00.000Z',
          scenario,
          seed: 1,
          ...(assumptions ? { assumptions } : {}),
        },
      ]).forces!;
    const plain = created();
    const defaults = created(defaultAssumptions(register()));
    expect(defaults).toEqual(plain);
    const reduced = created({ ...defaultAssumptions(register()), 'us-participation': 'reduced' });
    expect(plain.units['usa-abct-3']).toBeDefined();
    expect(reduced.units['usa-abct-3']).toBeUndefined();
  });
});
