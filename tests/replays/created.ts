// The first event of the golden exercise: fixed ids, seed and variant so every run is the same.
import type { ExerciseCreated } from '@council/shared';
import { loadBaltic } from './script';

export const goldenCreated = (): ExerciseCreated => ({
  type: 'exerciseCreated',
  exerciseId: 'ex_golden',
  code: 'GOLDEN',
  title: 'Golden replay',
  createdAt: '2026-11-23T09:00:00.000Z',
  scenario: loadBaltic(),
  seed: 20_261_123,
  variant: '2016',
});
