// Small, valid scenario and exercise states for unit tests of the rules.
import type { ExerciseCreated } from './events';
import type { Scenario } from '../scenario/schema';

export const testScenario: Scenario = {
  schemaVersion: 1,
  id: 'test',
  title: 'Test scenario',
  summary: 'Three seats and Control.',
  startsAt: '2027-03-01T06:00:00Z',
  turnStepHours: 12,
  seats: [
    { id: 'control', kind: 'control', label: 'Control' },
    { id: 'secgen', kind: 'secretaryGeneral', label: 'Secretary General' },
    { id: 'usa', kind: 'ally', label: 'United States', nation: 'USA' },
    { id: 'est', kind: 'ally', label: 'Estonia', nation: 'EST' },
  ],
  sources: [],
};

export const created: ExerciseCreated = {
  type: 'exerciseCreated',
  exerciseId: 'ex-1',
  code: 'ABC234',
  title: 'Test exercise',
  createdAt: '2026-11-23T09:00:00.000Z',
  scenario: testScenario,
};
