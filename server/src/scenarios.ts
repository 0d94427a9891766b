// Loads every scenario file in the scenarios folder; a bad file is reported with each problem's path.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario, type Scenario, type ScenarioProblem } from '@council/shared';

export interface ScenarioCatalogue {
  readonly scenarios: ReadonlyMap<string, Scenario>;
  readonly problems: ReadonlyArray<{ file: string; problems: ScenarioProblem[] }>;
}

/** Scenario files are `<id>.json`; companion data (`<id>.<part>.json`) and schema.json are not scenarios. */
const isScenarioFile = (name: string): boolean => /^[a-z0-9-]+\.json$/.test(name) && name !== 'schema.json';

export function loadScenarios(dir: string): ScenarioCatalogue {
  const scenarios = new Map<string, Scenario>();
  const problems: { file: string; problems: ScenarioProblem[] }[] = [];
  for (const file of readdirSync(dir).filter(isScenarioFile).sort()) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (error) {
      problems.push({
        file,
        problems: [{ path: '$', message: `not valid JSON: ${(error as Error).message}` }],
      });
      continue;
    }
    const result = parseScenario(data);
    if (result.ok) scenarios.set(result.scenario.id, result.scenario);
    else problems.push({ file, problems: result.problems });
  }
  return { scenarios, problems };
}
