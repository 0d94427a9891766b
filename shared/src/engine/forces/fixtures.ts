// An exercise with the Baltic forces and three seated allies who can adopt a decision in a turn or two.
import baltic from '../../../../scenarios/baltic-tripwire.json';
import type { ForcesScenarioInput } from '../../forces/index';
import { ScenarioSchema, type ScenarioInput } from '../../scenario/schema';
import type { ExerciseCreated } from '../events';
import { miniScenario } from '../../forces/mini';
import { created, testScenarioInput } from '../fixtures';
import { verbatim } from '../../scenario/text';

const cite = ['test-source'];

export const forcesScenarioInput: ScenarioInput = {
  ...testScenarioInput,
  id: 'forces-test',
  // Every ally is seated, so nobody's capital model stands in the way of a decision.
  allies: (testScenarioInput.allies ?? []).filter((a) => ['usa', 'est', 'deu'].includes(a.id)),
  catalogue: [
    ...(testScenarioInput.catalogue ?? []),
    {
      id: 'waive-permits',
      title: verbatim('Waive peacetime movement permits'),
      text: verbatim('Allies waive movement permits for reinforcements.'),
      source: cite,
      effects: [{ kind: 'flag', flag: 'movementPermitsWaived' }],
    },
    {
      id: 'reinforce-efp',
      title: verbatim('Reinforce the battlegroups'),
      text: verbatim('The battlegroups are reinforced.'),
      source: cite,
      effects: [{ kind: 'flag', flag: 'forwardPresenceReinforced' }],
    },
  ],
  forces: baltic.forces as ForcesScenarioInput,
};

export const forcesScenario = ScenarioSchema.parse(forcesScenarioInput);

export const forcesCreated: ExerciseCreated = {
  type: 'exerciseCreated',
  exerciseId: 'ex-forces',
  code: 'FRC234',
  title: 'Forces exercise',
  createdAt: '2026-11-23T09:00:00.000Z',
  scenario: forcesScenario,
  seed: 11,
  variant: '2016',
};

/** The unit-test scenario with the tiny hand-checkable forces map (forces/mini.ts), Red moving early. */
export const withMiniForces: ExerciseCreated = {
  ...created,
  exerciseId: 'ex-mini-forces',
  scenario: ScenarioSchema.parse({
    ...testScenarioInput,
    forces: miniScenario((s) => {
      s.redPlan.incursionHour = 12;
    }),
  }),
};
