import { describe, expect, it } from 'vitest';
import { findRoute, legHours, mayUse } from './routing';
import { baltic, viewOf } from './testFixture';

const view = viewOf(baltic());
const unit = (id: string) => view.units.find((u) => u.id === id)!;

describe('routes over the view', () => {
  it('finds the quickest way and its hours', () => {
    const r = findRoute(view, unit('gbr-efp-bg'), 'tapa', 'tallinn', 0)!;
    expect(r.places[0]).toBe('tapa');
    expect(r.places.at(-1)).toBe('tallinn');
    expect(r.hours).toBe(r.steps.reduce((s, x) => s + x.hours, 0));
  });

  it('keeps heavy kit off aircraft and aircraft in the air', () => {
    expect(mayUse({ side: 'blue', type: 'armour' }, { mode: 'air' })).toBe(false);
    expect(
      mayUse({ side: 'blue', type: 'armour', prepositionedAt: 'powidz' }, { mode: 'air' }, 'powidz'),
    ).toBe(true);
    expect(mayUse({ side: 'blue', type: 'airborne' }, { mode: 'air' })).toBe(true);
    expect(mayUse({ side: 'blue', type: 'air' }, { mode: 'road' })).toBe(false);
    expect(mayUse({ side: 'red', type: 'infantry' }, { mode: 'sea' })).toBe(false);
  });

  it('does not route Blue through ground Red holds, except to attack it', () => {
    const u = unit('ltu-iron-wolf');
    expect(findRoute(view, u, 'rukla', 'kaliningrad', 0)).toBeNull();
    expect(findRoute(view, u, 'rukla', 'chernyakhovsk', 0)).toBeNull();
    expect(findRoute(view, u, 'rukla', 'chernyakhovsk', 0, true)?.places.at(-1)).toBe('chernyakhovsk');
  });

  it('triples an interdicted leg while the interdiction lasts', () => {
    const leg = { ...view.legs[0]!, hours: 4, interdictedUntil: 10 };
    expect(legHours(leg, 5)).toBe(12);
    expect(legHours(leg, 10)).toBe(4);
  });
});
