// How long a capital takes to instruct its delegation, and to review a stand that blocks a draft.
import type { CatalogueItem } from '../scenario/catalogue';
import type { AllyProfile } from '../engine/state';
import type { Roller } from '../rng/sfc32';
import {
  ELECTION_DELAY,
  FRAGILITY_DELAY,
  INSTRUCTION_HOURS,
  REVIEW_HOURS,
  REVISION_DELAY,
} from './calibration';

const politicsFactor = (ally: AllyProfile): number =>
  (1 + FRAGILITY_DELAY * ally.coalitionFragility) * (ally.electionSoon ? ELECTION_DELAY : 1);

/** Game hours from tabling to instructions; one draw. */
export function instructionHours(
  ally: AllyProfile,
  items: readonly CatalogueItem[],
  revision: number,
  rng: Roller,
): number {
  const [lo, hi] = INSTRUCTION_HOURS[ally.domesticProcess];
  const weight = Math.max(...items.map((item) => item.instructionWeight));
  return rng.between(lo, hi) * weight * politicsFactor(ally) * (revision > 1 ? REVISION_DELAY : 1);
}

/** Game hours until a capital that blocks reconsiders; one draw. */
export function reviewHours(ally: AllyProfile, rng: Roller): number {
  const [lo, hi] = REVIEW_HOURS[ally.domesticProcess];
  return rng.between(lo, hi) * politicsFactor(ally);
}
