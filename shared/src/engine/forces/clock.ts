// Forces count game hours from the scenario's start; the exercise clock counts ISO instants.
import type { Scenario } from '../../scenario/schema';
import { addHours, hoursBetween, normaliseInstant } from '../../time/gameTime';

/** Whole game hours from the scenario's start to `gameTime`. */
export const forcesHourOf = (scenario: Scenario, gameTime: string): number =>
  Math.round(hoursBetween(normaliseInstant(scenario.startsAt), gameTime));

/** The game time (ISO) of a forces hour. */
export const gameTimeOfHour = (scenario: Scenario, hour: number): string =>
  addHours(normaliseInstant(scenario.startsAt), hour);
