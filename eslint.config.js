// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.fairscan/**', 'test-artifacts/**', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      // castore's limits: a file you can read whole, a function you can follow.
      'max-lines': ['error', { max: 220, skipBlankLines: true, skipComments: true }],
      complexity: ['error', 9],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // The dashboard: plain browser modules served as they are (no bundler).
    files: ['packages/reporting/public/**/*.js'],
    languageOptions: {
      sourceType: 'module',
      globals: Object.fromEntries(['window', 'document', 'location', 'fetch', 'FormData', 'EventSource', 'Node'].map((name) => [name, 'readonly'])),
    },
  },
  {
    // Node scripts the npm scripts run as they are.
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: Object.fromEntries(['process', 'Buffer'].map((name) => [name, 'readonly'])) },
  },
  {
    files: ['**/*.spec.ts', 'packages/*/src/conformance/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
