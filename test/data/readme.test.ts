// The README's examples are the files in examples/ that the tests run (plain HTML under a strict
// CSP, React 19 in Chromium, the CMS iframe across two origins): a change to one must show in both.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const example = (path: string) =>
  readFileSync(new URL(`../../examples/${path}`, import.meta.url), 'utf8').trim();

describe('README examples', () => {
  for (const [path, lang] of [
    ['plain.html', 'html'],
    ['react/App.tsx', 'tsx'],
    ['cms-embed.html', 'html'],
  ] as const) {
    it(`quotes examples/${path} verbatim`, () => {
      expect(readme).toContain(`\`\`\`${lang}\n${example(path)}\n\`\`\``);
    });
  }
});
