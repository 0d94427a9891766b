// The Baltic scenario's forces section, parsed, for tests, the analysis script and the benchmark.
import raw from '../../../scenarios/baltic-tripwire.forces.json';
import { ForcesScenarioSchema, type ForcesScenario } from './schema';

let parsed: ForcesScenario | null = null;

export function balticForces(): ForcesScenario {
  if (!parsed) {
    const result = ForcesScenarioSchema.safeParse(raw);
    if (!result.success) throw new Error(`baltic-tripwire.forces.json: ${result.error.message}`);
    parsed = result.data;
  }
  return parsed;
}
