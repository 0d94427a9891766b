/// <reference types="node" />
// Every nation a player may read of is named in both languages: by its seat, its ally, or `nations`.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from './load';
import { nationName, unnamedNations } from './nations';

const dir = new URL('../../../scenarios/', import.meta.url);
const read = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
const scenarioFiles = readdirSync(dir).filter((f) => /^[a-z0-9-]+\.json$/.test(f) && f !== 'schema.json');

function load(data: unknown) {
  const parsed = parseScenario(data);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.scenario;
}

describe('nation names', () => {
  it('names a nation no seat plays and no ally is from the scenario’s `nations`', () => {
    const baltic = load(read('baltic-tripwire.json'));
    expect(nationName(baltic, 'RUS')).toEqual({ en: 'Russia', fr: 'Russie' });
    expect(nationName(baltic, 'BLR')).toEqual({ en: 'Belarus', fr: 'Biélorussie' });
    expect(nationName(baltic, 'EST')).toEqual({ en: 'Estonia', fr: 'Estonie' });
    expect(nationName(baltic, 'NLD')).toEqual({ en: 'Netherlands', fr: 'Pays-Bas' });
  });

  it.each(scenarioFiles)('%s names every nation a player may read of', (file) => {
    expect(unnamedNations(load(read(file)))).toEqual([]);
  });

  it('finds the nations a scenario leaves unnamed (an older one still loads, by code)', () => {
    const { nations, ...older } = read('baltic-tripwire.json');
    expect(nations).toBeDefined();
    expect(unnamedNations(load(older))).toEqual(['BLR', 'RUS']);
    expect(nationName(load(older), 'RUS')).toBe('RUS');
  });
});
