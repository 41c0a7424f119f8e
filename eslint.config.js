// ESLint flat config. The import boundaries are docs/ARCHITECTURE.md's: renderer → common;
// main → services → common; preload → common. `common` touches neither Node, Electron nor the DOM.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const restrict = (paths, patterns, extra = []) => [
  'error',
  { paths: [...paths.map((name) => ({ name, message: 'Not allowed in this layer (see docs/ARCHITECTURE.md, "Layout").' })), ...extra], patterns },
];
const layer = (group, message) => ({ group, message: `${message} (see docs/ARCHITECTURE.md, "Layout")` });
// chart.js is loaded in one module, which registers what the app draws; elsewhere only its types.
const chartJsTypesOnly = {
  name: 'chart.js',
  allowTypeImports: true,
  message: 'Load chart.js through renderer/src/charts/chartjs.ts (see docs/ARCHITECTURE.md).',
};
const rendererLayers = [
  layer(
    ['**/electron/services/**', '**/electron/main/**', '**/electron/preload/**', '**/electron/preview/**', '**/electron/cli/**'],
    'the renderer imports only electron/common.',
  ),
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Node and DOM callbacks return void by design; wrapping every one-liner in braces adds noise, not safety.
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
  },
  {
    files: ['electron/common/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        ['electron', ...nodeBuiltins],
        [layer(['**/services/**', '**/main/**', '**/preload/**', '**/preview/**', '**/cli/**', '**/renderer/**'], 'common imports only common.')],
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require'],
    },
  },
  {
    files: ['electron/services/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        ['electron'],
        [layer(['**/main/**', '**/preload/**', '**/preview/**', '**/cli/**', '**/renderer/**'], 'services import only common and Node.')],
      ),
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([], [layer(['**/preload/**', '**/preview/**', '**/cli/**', '**/renderer/**'], 'main imports services and common.')]),
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(nodeBuiltins, [
        layer(['**/services/**', '**/main/**', '**/preview/**', '**/cli/**', '**/renderer/**'], 'preload imports only common and electron.'),
      ]),
    },
  },
  {
    files: ['electron/preview/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        ['electron'],
        [layer(['**/main/**', '**/preload/**', '**/renderer/**'], 'preview and cli use services, never Electron.')],
      ),
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': restrict(['electron', ...nodeBuiltins], rendererLayers, [chartJsTypesOnly]),
    },
  },
  {
    files: ['renderer/src/charts/chartjs.ts'],
    rules: {
      'no-restricted-imports': restrict(['electron', ...nodeBuiltins], rendererLayers),
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
