// Issue 13 item 3: a peacetime permit is rolled once per unit; a later cross-border order waits for
// the same grant (or none, once granted) and never rolls again. The notice to move is rolled once too.
import { describe, expect, it } from 'vitest';
import { advanceWithState } from './advance';
import type { ForcesEvent } from './events';
import { ctxOf, order, SACEUR, balticForces } from './fixtures';
import { initialForces } from './init';

const authority = { vjtfDeploymentAuthorised: true };
const rolls = (events: ForcesEvent[], type: 'permitRolled' | 'readinessRolled') =>
  events.filter((e) => e.type === type && e.unitId === 'vjtf-lead');

describe('permits and notice to move are rolled once per unit', () => {
  const deploy = (s: ReturnType<typeof initialForces>, destination: string) =>
    order(s, { type: 'deployUnit', unitId: 'vjtf-lead', destination }, ctxOf(SACEUR, authority));
  const ctx = ctxOf(SACEUR, authority).authority;

  it('a second deployment after the permit was granted waits for nothing new', () => {
    let s = deploy(initialForces(balticForces(), '2016', 3), 'tallinn');
    const first = advanceWithState(s, 24 * 50, ctx);
    const [permit] = rolls(first.events, 'permitRolled') as Extract<ForcesEvent, { type: 'permitRolled' }>[];
    expect(permit).toBeDefined();
    s = first.state;
    expect(s.units['vjtf-lead']!.location).toEqual({ kind: 'at', placeId: 'tallinn' });
    s = deploy(s, 'riga');
    expect(s.units['vjtf-lead']!.order).toMatchObject({ permit: 'granted', waitReason: null });
    const second = advanceWithState(s, s.hour + 24 * 5, ctx);
    expect(rolls(second.events, 'permitRolled')).toEqual([]);
    expect(rolls(second.events, 'readinessRolled')).toEqual([]);
    expect(second.state.units['vjtf-lead']!.location).toEqual({ kind: 'at', placeId: 'riga' });
  });

  it('an order given again while the permit is awaited keeps the grant already rolled', () => {
    let s = deploy(initialForces(balticForces(), '2016', 3), 'tallinn');
    const first = advanceWithState(s, 24, ctx);
    const [permit] = rolls(first.events, 'permitRolled') as Extract<ForcesEvent, { type: 'permitRolled' }>[];
    s = deploy(first.state, 'vilnius');
    expect(s.units['vjtf-lead']!.order).toMatchObject({
      permit: 'rolled',
      waitUntil: permit!.grantedAt,
      waitReason: 'permit',
    });
    const later = advanceWithState(s, permit!.grantedAt + 48, ctx);
    expect(rolls(later.events, 'permitRolled')).toEqual([]);
    const left = later.events.find((e) => e.type === 'unitDeparted' && e.unitId === 'vjtf-lead');
    expect(left).toMatchObject({ atHour: permit!.grantedAt });
  });
});
