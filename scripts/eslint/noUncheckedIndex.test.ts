// The lint rule council/no-unchecked-index (ADR 0015) run on small programs with full type
// information: indexing a string-keyed record with a string of unknown value is reported; own(),
// a Map, a closed vocabulary of keys, arrays and tuples are not.
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, it } from 'vitest';
import noUncheckedIndex from './noUncheckedIndex.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
RuleTester.afterAll = afterAll;

const tester = new RuleTester({
  languageOptions: {
    parser: tseslint.parser,
    parserOptions: {
      projectService: { allowDefaultProject: ['scripts/eslint/*.ts'] },
      tsconfigRootDir: `${import.meta.dirname}/../..`,
    },
  },
});

/** A file the default project takes in; the rule reads the checker of its program. */
const filename = `${import.meta.dirname}/uncheckedIndexCase.ts`;
const records = `
declare const units: Record<string, { strength: number }>;
declare const id: string;
declare function own<T>(record: Readonly<Record<string, T>>, id: string): T | undefined;
`;

tester.run('council/no-unchecked-index', noUncheckedIndex, {
  valid: [
    { name: 'read through own()', filename, code: `${records} own(units, id);` },
    {
      name: 'a Map',
      filename,
      code: `declare const units: Map<string, number>; declare const id: string; units.get(id);`,
    },
    {
      name: 'a key from a closed vocabulary',
      filename,
      code: `declare const measures: Record<'cohesion' | 'resolve', number>; declare const m: 'cohesion' | 'resolve'; measures[m];`,
    },
    {
      name: 'a literal key',
      filename,
      code: `declare const byKind: Record<string, number>; byKind['ally'];`,
    },
    {
      name: 'an array indexed by a number',
      filename,
      code: `declare const list: string[]; declare const i: number; list[i];`,
    },
    { name: 'a dotted member', filename, code: `${records} units.usa;` },
    {
      name: 'an object type without a string index',
      filename,
      code: `declare const seat: { id: string; label: string }; declare const k: 'id' | 'label'; seat[k];`,
    },
  ],
  invalid: [
    {
      name: 'a record indexed with a string id',
      filename,
      code: `${records} units[id];`,
      errors: [{ messageId: 'unchecked' }],
    },
    {
      name: 'a write through an unchecked id',
      filename,
      code: `${records} units[id] = { strength: 1 };`,
      errors: [{ messageId: 'unchecked' }],
    },
    {
      name: 'an id from a command object',
      filename,
      code: `${records} declare const command: { unitId: string }; units[command.unitId]?.strength;`,
      errors: [{ messageId: 'unchecked' }],
    },
    {
      name: 'a template-literal key',
      filename,
      code: `${records} units[\`unit-\${id}\`];`,
      errors: [{ messageId: 'unchecked' }],
    },
    {
      name: 'a key that may be a vocabulary word or any string',
      filename,
      code: `${records} declare const key: 'usa' | string; units[key];`,
      errors: [{ messageId: 'unchecked' }],
    },
  ],
});
