// Issue 13 item 6 (invariant d): every override and inject names Control as its author in the
// record the review reads. Found by the long-game property test (tests/integration/longGame*):
// the timeline labelled them "Inject hybrid-opening", "resultOverridden", "adHocInjectFired" and
// "escalationChanged", naming nobody.
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../engine/events';
import { balticExercise } from '../engine/forces/balticExercise';
import { runLogged } from '../engine/harness';
import type { Command } from '../engine/commands';
import type { ExerciseState } from '../engine/state';
import { eventNames } from './eventNames';
import { eventLabel } from './timeline';

function byControl(state: ExerciseState, commands: readonly Command[]) {
  const events: GameEvent[] = [];
  let s = state;
  for (const command of commands) {
    const step = runLogged(s, 'control', command);
    events.push(...step.events);
    s = step.state;
  }
  return events;
}

describe('the review names Control as the author of every override and inject', () => {
  const events = byControl(balticExercise(), [
    { type: 'startExercise' },
    { type: 'fireInject', injectId: 'berlin-crisis' },
    { type: 'injectAdHoc', title: 'Flash report', body: 'Jamming near Narva.', audience: 'all' },
    {
      type: 'overrideResult',
      target: { kind: 'measure', measure: 'cohesion', value: 40 },
      rationale: 'Control judges the allies more divided.',
    },
    {
      type: 'overrideResult',
      target: { kind: 'unitStrength', unitId: 'est-border-narva', strength: 60 },
      rationale: 'Control rules heavier losses.',
    },
    { type: 'setEscalation', rung: 'harassment', rationale: 'Shots at the border.' },
  ]);
  const names = eventNames(balticExercise().scenario);
  const labelled = (type: GameEvent['type']) =>
    events.filter((e) => e.type === type).map((e) => eventLabel(e, names));

  it('injects of the master events list and those Control fires by hand', () => {
    const injects = labelled('injectFired');
    expect(injects.length).toBeGreaterThan(1);
    for (const label of injects) expect(label).toMatch(/Control/);
    expect(injects.some((l) => l.startsWith('Control fired inject: '))).toBe(true);
  });

  it('ad-hoc injects, overrides of measures and units, and moves of the ladder', () => {
    expect(labelled('adHocInjectFired')).toEqual(["Control's ad-hoc inject: Flash report"]);
    expect(labelled('resultOverridden')).toEqual([
      'Control overrode cohesion: 65 → 40',
      `Control overrode ${names.of('est-border-narva')} strength: 100 → 60`,
    ]);
    expect(labelled('escalationChanged')).toEqual([
      'Escalation to Harassment and acts of violence: Control: Shots at the border.',
    ]);
  });
});
