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
    // And the page imports nothing of d3: its arithmetic is ported where a chart needs it
    // (src/charts/ticks.ts, ...), and d3 is the tests' reference (a devDependency).
    {
      files: ['src/**/*.ts', 'src/**/*.svelte'],
      regex: '(^|/)model/(?!index$)[^/]+$',
      more: [
        {
          regex: '^d3(-[a-z]+)?$',
          message:
            'The page carries no d3: port what it needs, tested against d3 (src/charts/ticks.ts).',
        },
      ],
    },
    {
      files: ['test/**/*.ts', 'test/**/*.svelte', 'scripts/**/*'],
      regex: '(^|/)src/model/(?!index$)[^/]+$',
      more: [],
    },
  ].map(({ files, regex, more }) => ({
    files,
    ignores: ['src/model/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex, message: 'Import the model from its one surface, src/model (index.ts).' },
            ...more,
          ],
        },
      ],
    },
  })),
);
