/// <reference types="node" />
// Node is allowed in tests: they read the scenario files from disk.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FLAGS } from '../model/effects';
import { scenarioJsonSchema } from './jsonSchema';
import { parseScenario } from './load';

const dir = new URL('../../../scenarios/', import.meta.url);
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
/** Same rule as the server's loader: `<id>.json` files other than schema.json are scenarios. */
const scenarioFiles = readdirSync(dir).filter((f) => /^[a-z0-9-]+\.json$/.test(f) && f !== 'schema.json');

describe('the scenarios folder', () => {
  it('has scenarios', () => expect(scenarioFiles).toContain('baltic-tripwire.json'));

  it.each(scenarioFiles)('%s parses without a problem', (file) => {
    const result = parseScenario(read(file));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('schema.json is what `npx tsx scripts/export-schema.ts` writes from the zod schema', () => {
    expect(read('schema.json')).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())));
  });
});

describe('the Baltic trip-wire scenario', () => {
  const result = parseScenario(read('baltic-tripwire.json'));
  if (!result.ok) throw new Error('baltic-tripwire.json does not parse');
  const { scenario } = result;
  const seatsOf = (kind: string) => scenario.seats.filter((s) => s.kind === kind).map((s) => s.id);

  it('seats the twelve playable allies, the chair, SACEUR, Control, an observer and Red', () => {
    expect(seatsOf('ally').sort()).toEqual(
      ['usa', 'gbr', 'fra', 'deu', 'pol', 'est', 'lva', 'ltu', 'tur', 'hun', 'ita', 'can'].sort(),
    );
    for (const kind of ['control', 'secretaryGeneral', 'saceur', 'observer', 'red'])
      expect(seatsOf(kind)).toHaveLength(1);
  });

  it('has all 32 allies, each playable one with its secrets', () => {
    expect(scenario.allies).toHaveLength(32);
    expect(new Set(scenario.allies.map((a) => a.nation)).size).toBe(32);
    for (const id of seatsOf('ally')) {
      const ally = scenario.allies.find((a) => a.id === id);
      expect(ally?.secret.redLines.length, id).toBeGreaterThan(0);
      expect(ally?.secret.intelligence, id).not.toBe('');
      expect(ally?.secret.domesticState, id).not.toBe('');
    }
  });

  it('offers the decisions the design names, each with an effect and a source', () => {
    const ids = scenario.catalogue.map((c) => c.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'article-4',
        'raise-readiness',
        'activate-grp',
        'deploy-vjtf',
        'reinforce-efp',
        'article-5',
        'public-statement',
        'npg-signal',
      ]),
    );
    for (const item of scenario.catalogue) expect(item.effects.length, item.id).toBeGreaterThan(0);
    const grp = scenario.catalogue.find((c) => c.id === 'activate-grp');
    expect(grp?.effects).toContainEqual({ kind: 'flag', flag: 'saceurMayDeploy', value: true });
    const flagsSet = new Set(
      scenario.catalogue.flatMap((c) => c.effects.flatMap((e) => (e.kind === 'flag' ? [e.flag] : []))),
    );
    expect([...flagsSet].sort()).toEqual([...FLAGS].sort());
  });

  it('cites a source for every ally, item, inject and starting measure', () => {
    const cited = [
      ...scenario.allies,
      ...scenario.catalogue,
      ...scenario.injects,
      ...Object.values(scenario.measures),
    ];
    for (const entry of cited) expect(entry?.source?.length ?? 0).toBeGreaterThan(0);
    expect(scenario.situation?.en).toContain('[rand-rr1253]');
    expect(scenario.situation?.fr).toContain('[rand-rr1253]');
  });
});

describe('a bad scenario', () => {
  it('is refused with every dangling reference listed by JSON path', () => {
    const data = read('baltic-tripwire.json') as Record<string, unknown> & {
      allies: { source: string[]; dispositions: Record<string, number> }[];
      injects: { audience: unknown }[];
    };
    data.allies[0]!.source = ['no-such-source'];
    data.allies[1]!.dispositions = { 'no-such-item': 0.5 };
    data.injects[0]!.audience = ['nobody'];
    const result = parseScenario(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { path: '$.allies[0].source[0]', message: 'no source "no-such-source" in sources' },
        { path: '$.allies[1].dispositions.no-such-item', message: 'no catalogue item "no-such-item"' },
        { path: '$.injects[0].audience[0]', message: 'no seat "nobody"' },
      ]),
    );
  });
});
