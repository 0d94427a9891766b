/// <reference types="node" />
// The translation audit of the scenarios (ADR 0029): every text a player reads is written in English
// and in French, and none is left as a bare string where the schema expects both.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../model/vocabulary';
import { LOCALISED_PATHS, upgradeLegacyTexts } from './legacy';
import { isLocalisedText } from './text';

const dir = new URL('../../../scenarios/', import.meta.url);
const scenarioFiles = readdirSync(dir).filter((f) => /^[a-z0-9-]+\.json$/.test(f) && f !== 'schema.json');

interface Found {
  readonly path: string;
  readonly value: unknown;
}

/** Every localised text of a scenario file, found by its shape wherever it sits. */
function localisedTexts(value: unknown, path = '$'): Found[] {
  if (isLocalisedText(value)) return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => localisedTexts(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => localisedTexts(v, `${path}.${k}`));
  return [];
}

/** Where the schema asks for English and French, as found in the JSON Schema it exports. */
function localisedPaths(schema: unknown, path = '$'): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const node = schema as Record<string, unknown>;
  const props = node.properties as Record<string, unknown> | undefined;
  if (props && Object.keys(props).sort().join() === [...LOCALES].sort().join()) return [path];
  const out: string[] = [];
  for (const [k, v] of Object.entries(props ?? {})) out.push(...localisedPaths(v, `${path}.${k}`));
  if (node.items) out.push(...localisedPaths(node.items, `${path}[]`));
  for (const key of ['anyOf', 'oneOf', 'allOf'])
    for (const v of (node[key] as unknown[] | undefined) ?? []) out.push(...localisedPaths(v, path));
  if (node.additionalProperties) out.push(...localisedPaths(node.additionalProperties, `${path}.*`));
  return out;
}

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));

describe.each(scenarioFiles)('the translations of %s', (file) => {
  const texts = localisedTexts(read(file));

  it('has player-visible texts to check', () => expect(texts.length).toBeGreaterThan(20));

  it.each(LOCALES)('gives every text its %s', (locale) => {
    const missing = texts
      .filter(({ value }) => {
        const text = (value as Record<string, unknown>)[locale];
        return typeof text !== 'string' || text.trim() === '';
      })
      .map(({ path }) => path);
    expect(missing).toEqual([]);
  });

  it('leaves no text a player reads as a bare string where the schema asks for both languages', () => {
    const generic = new Set(localisedPaths(read('schema.json')));
    const bare: string[] = [];
    const walk = (value: unknown, path: string, generalised: string): void => {
      if (typeof value === 'string') {
        if (generic.has(generalised)) bare.push(path);
        return;
      }
      if (isLocalisedText(value)) return;
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, `${generalised}[]`));
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`, `${generalised}.${k}`);
    };
    walk(read(file), '$', '$');
    expect(generic.size).toBeGreaterThan(20);
    expect(bare).toEqual([]);
  });
});

describe('texts of scenarios stored by an older release', () => {
  it('knows every place the schema asks for English and French', () => {
    const fromSchema = localisedPaths(read('schema.json')).map((p) => p.replace(/^\$\.?/, ''));
    expect([...new Set(fromSchema)].sort()).toEqual([...LOCALISED_PATHS].sort());
  });

  it('reads an English-only text as that text in every language, and drops an empty one', () => {
    const upgraded = upgradeLegacyTexts({
      title: 'Old',
      seats: [{ id: 'usa', label: 'United States' }],
      allies: [{ id: 'usa', name: 'United States', secret: { redLines: ['None'], intelligence: '' } }],
      sources: [{ id: 's', citation: 'Not a player-visible text' }],
    });
    expect(upgraded).toEqual({
      title: { en: 'Old', fr: 'Old' },
      seats: [{ id: 'usa', label: { en: 'United States', fr: 'United States' } }],
      allies: [
        {
          id: 'usa',
          name: { en: 'United States', fr: 'United States' },
          secret: { redLines: [{ en: 'None', fr: 'None' }] },
        },
      ],
      sources: [{ id: 's', citation: 'Not a player-visible text' }],
    });
  });
});
