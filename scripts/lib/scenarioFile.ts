// Reads scenarios/<id>.json as the server does (parseScenario); a problem comes back as one sentence.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScenario, type Scenario } from '../../shared/src/index';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function readScenario(id: string): Scenario | string {
  const file = join(root, 'scenarios', `${id}.json`);
  if (!/^[a-z0-9-]+$/.test(id) || !existsSync(file)) return `no scenario "${id}" in scenarios/`;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return `cannot read ${file}: ${(e as Error).message}`;
  }
  const parsed = parseScenario(raw);
  if (!parsed.ok)
    return `${file} is invalid: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`;
  return parsed.scenario;
}
