// ESLint: the recommended TypeScript rules, and the web client's boundaries (docs/web.md): the platform imports no
// observatory, and no observatory imports another. Only main.ts, the composition root, knows them all.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const observatories = readdirSync(new URL('./src/observatories/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Import paths that reach into an observatory's folder (relative or from src). */
const observatoryImport = (slug) => [`**/observatories/${slug}`, `**/observatories/${slug}/**`, `../${slug}`, `../${slug}/**`];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/platform/api/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Node scripts (tools, configs): Node's globals.
    files: ['**/*.mjs', '*.js'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', fetch: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Small modules (docs/web.md): a view or an observatory's module that grows past this is split, not scrolled.
    files: ['src/platform/views/**/*.ts', 'src/observatories/**/*.ts'],
    ignores: ['**/*.test.ts', '**/fixtures.ts'],
    rules: { 'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['src/platform/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/observatories/**', '**/observatories'],
              message: 'The platform names no observatory: take what you need from the registry (docs/web.md).',
            },
          ],
        },
      ],
    },
  },
  ...observatories.map((slug) => ({
    files: [`src/observatories/${slug}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: observatories.filter((other) => other !== slug).flatMap(observatoryImport),
              message: 'An observatory imports no other observatory: move what both need to src/platform/.',
            },
          ],
        },
      ],
    },
  })),
);
