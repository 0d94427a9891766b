// Issue 13 item 2: hostile forces that meet within an adjudicated interval fight within it, at the
// hour they meet, and the escalation ladder moves when they do.
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../events';
import { advanceTo, run, runLogged } from '../harness';
import { balticExercise } from './balticExercise';

const NARVA_AXIS = ['rus-138-mrb', 'rus-25-mrb', 'rus-tank-narva', 'rus-9-arty'];

describe('Red attacks Narva in turn 2 (Baltic, 2016 posture)', () => {
  it('is fought the hour the brigades reach the border guard, within the turn', () => {
    let s = run(balticExercise(), 'control', { type: 'startExercise' });
    s = advanceTo(s, 'decision');
    s = run(s, 'saceur', { type: 'stageUnit', unitId: 'vjtf-lead' });
    s = advanceTo(s, 'adjudication');
    // Shooting is expected: Control shortens the turns to six hours, so turn 2 ends at D+1 00:00.
    s = run(s, 'control', { type: 'setTurnStep', hours: 6 });
    s = advanceTo(s, 'decision');
    expect(s.forces!.hour).toBe(12);
    for (const unitId of NARVA_AXIS) s = run(s, 'red', { type: 'moveUnit', unitId, destination: 'narva' });
    const events: GameEvent[] = [];
    for (let i = 0; i < 10 && s.session.phase !== 'adjudication'; i++) {
      const step = runLogged(s, 'control', { type: 'advancePhase' });
      events.push(...step.events);
      s = step.state;
    }
    expect(s.forces!.hour).toBe(18);
    const reached = events.find((e) => e.type === 'unitReachedPlace' && e.placeId === 'narva');
    expect(reached).toMatchObject({ atHour: 17 }); // D+0 23:00, as in the walkthrough
    const combat = events.filter((e) => e.type === 'combatResolved' && e.placeId === 'narva');
    expect(combat.map((e) => (e as { atHour: number }).atHour)[0]).toBe(17);
    expect(s.forces!.escalation).toBe('largeConventionalWar');
    const guard = s.forces!.units['est-border-narva']!;
    const stillThere = guard.location.kind === 'at' && guard.location.placeId === 'narva';
    expect(stillThere && guard.strength === 100).toBe(false);
  });

  it('does not let the scripted hybrid phase lower the ladder once combat has raised it', () => {
    let s = run(balticExercise(), 'control', { type: 'startExercise' });
    s = advanceTo(s, 'decision');
    for (const unitId of NARVA_AXIS) s = run(s, 'red', { type: 'moveUnit', unitId, destination: 'narva' });
    s = advanceTo(s, 'adjudication');
    expect(s.forces!.escalation).toBe('largeConventionalWar');
    // Hour 24's scripted step ("political gestures") comes after the fight: the ladder stays up.
    s = advanceTo(s, 'decision');
    s = advanceTo(s, 'adjudication');
    expect(s.forces!.hour).toBe(24);
    expect(s.forces!.escalation).toBe('largeConventionalWar');
  });
});
