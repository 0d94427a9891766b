import { describe, expect, it } from 'vitest';
import { projectAt, readinessAt, remainingPath, scheduleOf, spotAt } from './schedule';
import { advanceTo, balticExercise, order, viewOf, type ExerciseState } from './testExercise';

const forcesOf = (s: ExerciseState) => viewOf(s, 'saceur').forces!;
const staged = () => order(balticExercise('saceur'), 'saceur', { type: 'stageUnit', unitId: 'vjtf-lead' });

describe('the timeline, drawn from the server’s plan', () => {
  it('leaves units without orders where they are', () => {
    const view = forcesOf(balticExercise('saceur'));
    const s = scheduleOf(
      view,
      view.units.find((u) => u.id === 'est-1-bde')!,
    );
    expect(s.segments).toEqual([]);
    expect(spotAt(s, 500)).toEqual({ kind: 'at', placeId: 'tapa' });
  });

  it('follows the server’s route and hours to the ETA the server gives', () => {
    const view = forcesOf(staged());
    const unit = view.units.find((u) => u.id === 'vjtf-lead')!;
    const s = scheduleOf(view, unit);
    expect(s.segments).toEqual(unit.plan);
    expect(s.segments.map((x) => x.legId)).toEqual(['munster-ramstein-road']);
    expect(s.arrivesAt).toBe(unit.eta);
    expect(spotAt(s, s.waitUntil - 1)).toEqual({ kind: 'at', placeId: 'munster' });
    const mid = spotAt(s, (s.segments[0]!.depart + s.segments[0]!.arrive) / 2);
    expect(mid).toMatchObject({ kind: 'leg', from: 'munster', to: 'ramstein' });
    expect(spotAt(s, s.arrivesAt!)).toEqual({ kind: 'at', placeId: 'ramstein' });
    expect(remainingPath(s, view.hour)).toEqual(['munster', 'ramstein']);
  });

  it('puts a unit on the road where the view says it is, turn after turn', () => {
    let s = staged();
    for (let turn = 0; turn < 8; turn++) {
      s = advanceTo(advanceTo(s, 'adjudication'), 'decision');
      const view = forcesOf(s);
      const unit = view.units.find((u) => u.id === 'vjtf-lead')!;
      const spot = spotAt(scheduleOf(view, unit), view.hour);
      const loc = unit.location;
      if (loc.kind === 'at') expect(spot).toEqual({ kind: 'at', placeId: loc.placeId });
      else expect(spot).toMatchObject({ kind: 'leg', from: loc.from, to: loc.to });
    }
  });

  it('projects every unit at a chosen hour, never before the present', () => {
    const view = forcesOf(staged());
    const far = view.hour + 24 * 20;
    expect(projectAt(view, far).get('vjtf-lead')).toEqual({ kind: 'at', placeId: 'ramstein' });
    expect(projectAt(view, -5).get('vjtf-lead')).toEqual({ kind: 'at', placeId: 'munster' });
    expect(projectAt(view, far).size).toBe(view.units.length);
  });
});

describe('readiness on the timeline', () => {
  it('is moving on the road, in place after arriving, unchanged otherwise', () => {
    const view = forcesOf(staged());
    const s = scheduleOf(
      view,
      view.units.find((u) => u.id === 'vjtf-lead')!,
    );
    const mid = (s.segments[0]!.depart + s.segments[0]!.arrive) / 2;
    expect(readinessAt('alerted', s, spotAt(s, mid), mid)).toBe('moving');
    expect(readinessAt('moving', s, spotAt(s, s.arrivesAt!), s.arrivesAt!)).toBe('inPlace');
    expect(readinessAt('garrison', undefined, undefined, 50)).toBe('garrison');
    expect(readinessAt('unknown', s, spotAt(s, view.hour), view.hour)).toBe('unknown');
  });
});
