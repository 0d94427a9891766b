// The forces part of a new exercise: which variant, which seed, and the state at hour 0.
import { defaultVariantOf, initialForces, type ForcesState } from '../../forces/index';
import { reject, type Rejection } from '../../protocol/errors';
import { hashSeed } from '../../rng/sfc32';
import type { Scenario } from '../../scenario/schema';
import { applyAssumptions, NEUTRAL_ASSUMPTIONS, type AssumptionValue } from '../../analysis/assumptions';
import type { LocalisedText } from '../../scenario/text';

/**
 * The forces PRNG is its own stream, seeded from the exercise seed (not the same number, so the
 * Council's dice and the battlefield's never march in step).
 */
export const forcesSeedOf = (exerciseSeed: number): number => hashSeed(`forces:${exerciseSeed >>> 0}`);

/** The variants an exercise of this scenario may be created with, default first; [] without forces. */
export function variantsOf(
  scenario: Scenario,
): readonly { readonly id: string; readonly label: LocalisedText; readonly description: LocalisedText }[] {
  const forces = scenario.forces;
  if (!forces) return [];
  const first = defaultVariantOf(forces);
  const all = forces.variants.map(({ id, label, description }) => ({ id, label, description }));
  return [...all.filter((v) => v.id === first), ...all.filter((v) => v.id !== first)];
}

/** For the server before it writes `exerciseCreated`: a variant the scenario does not define is refused. */
export function checkVariant(scenario: Scenario, variant: string | undefined): Rejection | null {
  if (variant === undefined) return null;
  const ids = variantsOf(scenario).map((v) => v.id);
  if (ids.includes(variant)) return null;
  return reject(
    'NO_SUCH_VARIANT',
    ids.length
      ? `"${variant}" is not a variant of this scenario; choose one of ${ids.join(', ')}.`
      : 'This scenario has no forces, so it has no variants.',
    ids.length
      ? { reason: 'unknown', variant, choices: variantsOf(scenario).map((v) => v.label) }
      : { reason: 'none' },
  );
}

/** The forces at hour 0, or null for a scenario without forces. An unknown variant plays the default. */
export function forcesAtStart(
  scenario: Scenario,
  variant: string | undefined,
  exerciseSeed: number,
  /** The assumptions Control set at creation (ADR 0027): they change the forces data, never the rules. */
  assumptions?: Readonly<Record<string, AssumptionValue>>,
): ForcesState | null {
  const written = scenario.forces;
  if (!written) return null;
  const forces = assumptions
    ? applyAssumptions(written, { ...NEUTRAL_ASSUMPTIONS, ...assumptions })
    : written;
  const chosen = forces.variants.some((v) => v.id === variant) ? variant! : defaultVariantOf(forces);
  return initialForces(forces, chosen, forcesSeedOf(exerciseSeed));
}
