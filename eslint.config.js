import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-single/',
      'reports/',
      'coverage/',
      'test-results/',
      'playwright-report/',
      '.vitest-attachments/',
      '__screenshots__/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    // The model is pure: no DOM, no clock, no unseeded randomness.
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded generator in rng.ts.' },
        { object: 'Date', property: 'now', message: 'Pass dates in as arguments.' },
      ],
      'no-restricted-imports': ['error', { patterns: ['svelte', 'svelte/*', 'd3-selection'] }],
    },
  },
  ...[
    // The model has one surface, src/model/index.ts: nothing outside the model reaches past it.
    { files: ['src/**/*.ts', 'src/**/*.svelte'], regex: '(^|/)model/(?!index$)[^/]+$' },
    {
      files: ['test/**/*.ts', 'test/**/*.svelte', 'scripts/**/*'],
      regex: '(^|/)src/model/(?!index$)[^/]+$',
    },
  ].map(({ files, regex }) => ({
    files,
    ignores: ['src/model/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex, message: 'Import the model from its one surface, src/model (index.ts).' },
          ],
        },
      ],
    },
  })),
);
