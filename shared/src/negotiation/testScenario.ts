// Test fixture: the Ukraine ceasefire scenario (scenarios/ukraine-ceasefire.json), as its file has
// it for tests that break a copy to try the scenario check, and parsed. For tests only: the
// package index does not export it.
import ukraine from '../../../scenarios/ukraine-ceasefire.json';
import { parseScenario } from '../scenario/load';
import type { Scenario } from '../scenario/schema';

/** The file's content as JSON.parse gives it, a fresh copy on each call: edit it freely. */
export const ukraineFile = (): unknown => structuredClone(ukraine);

/** The scenario parsed; throws with the problems if the file does not load. */
export function ukraineScenario(): Scenario {
  const parsed = parseScenario(ukraineFile());
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.scenario;
}
