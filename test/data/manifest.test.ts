// custom-elements.json is generated from the element's JSDoc (npm run manifest): it must be
// current, and the README must document every attribute and event it lists.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
}
const declarationOf = (manifest: { modules: { declarations: Declaration[] }[] }) =>
  manifest.modules.flatMap((m) => m.declarations).find((d) => d.tagName === 'jurisdiction-map')!;

describe('custom-elements.json', () => {
  const committed = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

  it('is current (run `npm run manifest`)', () => {
    // The analyzer joins outdir to the working directory, so the check writes inside node_modules.
    const dir = join('node_modules', '.cache', 'cem-check');
    mkdirSync(dir, { recursive: true });
    execFileSync(
      'node_modules/.bin/cem',
      ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', dir],
      { stdio: 'pipe', env: { ...process.env, CEM_CHECK: '1' } },
    );
    expect(JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'))).toEqual(committed);
    // package.json names the committed file (the check above once rewrote it to its own folder).
    expect(JSON.parse(readFileSync('package.json', 'utf8')).customElements).toBe(
      'custom-elements.json',
    );
  }, 30_000);

  it('lists the public API, and the README documents every attribute and event in it', () => {
    const element = declarationOf(committed);
    const readme = readFileSync('README.md', 'utf8');
    for (const { name } of [...(element.attributes ?? []), ...(element.events ?? [])]) {
      expect(readme, name).toContain(`\`${name}\``);
    }
    expect(element.events!.map((e) => e.name).sort()).toEqual([
      'jm-change',
      'jm-error',
      'jm-ready',
      'jm-select',
      'jm-step',
    ]);
  });
});
