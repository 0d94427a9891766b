// One lint setup for the whole workspace; CI runs it through `npm test`.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import noUncheckedIndex from './scripts/eslint/noUncheckedIndex.js';

/**
 * Where ids from clients meet the state: the rules that decide commands, and the server's room and
 * HTTP handlers. Here a string-keyed record is read through own() or a Map, never `record[id]`
 * (ADR 0015). The rule needs type information, so it runs on these files only.
 */
const ID_BOUNDARY = [
  'shared/src/engine/decide.ts',
  'shared/src/engine/guards.ts',
  'shared/src/engine/rules/**/*.ts',
  'shared/src/forces/decide.ts',
  'shared/src/forces/command.ts',
  'shared/src/forces/rules/**/*.ts',
  'shared/src/negotiation/decide.ts',
  'shared/src/control/decide.ts',
  'shared/src/control/guards.ts',
  'shared/src/control/forcesOverride.ts',
  'shared/src/review/rules.ts',
  'server/src/rooms/**/*.ts',
  'server/src/http/*.ts',
];

/** The rules package stays pure: no clocks, no hidden randomness. */
const PURE_SYNTAX = [
  {
    selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
    message: 'Pass a seeded PRNG instead.',
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'Pass the time in as an argument.',
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'Pass the time in as an argument.',
  },
];

/** A store kept at module level: in visibility/, only the cache may hold one (ADR 0025). */
const KEPT = 'NewExpression[callee.name=/^(WeakMap|WeakSet|WeakRef|Map)$/]';
const NO_CACHE_IN_RULES = [
  `Program > VariableDeclaration > VariableDeclarator > ${KEPT}`,
  `Program > ExportNamedDeclaration > VariableDeclaration > VariableDeclarator > ${KEPT}`,
].map((selector) => ({
  selector,
  message: 'What a seat sees is decided without memory: keep values in visibility/cache/ (pass a Keep).',
}));

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      'test-results/**',
      'playwright-report/**',
      'release/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ID_BOUNDARY,
    ignores: ['**/*.test.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { council: { rules: { 'no-unchecked-index': noUncheckedIndex } } },
    rules: { 'council/no-unchecked-index': 'error' },
  },
  {
    // The rules package stays pure: no clocks, no hidden randomness, no platform imports.
    files: ['shared/src/**/*.ts'],
    ignores: ['shared/src/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...PURE_SYNTAX],
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'react', 'react-dom', '@colyseus/*', 'fs', 'path', 'crypto'] },
      ],
    },
  },
  {
    // Secrecy has one home: the rules in visibility/ decide, the cache beside them remembers.
    files: ['shared/src/visibility/**/*.ts'],
    ignores: ['shared/src/visibility/cache/**', 'shared/src/**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', ...PURE_SYNTAX, ...NO_CACHE_IN_RULES] },
  },
);
