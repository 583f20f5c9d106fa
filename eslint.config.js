// Lint: the recommended JS and TypeScript rules; formatting is Prettier's job.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['scripts/**/*.js', '.ci/**/*.js', '*.config.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // The demo page's classic script, copied as it is into the built site.
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { document: 'readonly' } },
  },
  {
    // Functions passed to page.evaluate / waitForFunction run in the browser.
    files: [
      'scripts/screenshot.js',
      'scripts/bench-browser.js',
      'scripts/bench-ab.js',
      'test/**/*.js',
    ],
    languageOptions: { globals: { document: 'readonly', window: 'readonly' } },
  },
  {
    rules: {
      // A leading underscore marks a parameter that a signature requires but the body ignores.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Data and markup come from data/: never parse strings as HTML or code.
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text through Lit templates.' },
        { property: 'outerHTML', message: 'Render text through Lit templates.' },
      ],
    },
  },
);
