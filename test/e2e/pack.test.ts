// The package as a site installs it: `npm pack`, install the tarball into an empty project, import
// both entries in Node; and publint finds nothing wrong with package.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

it('installs from its tarball and both entries import in Node', () => {
  const work = mkdtempSync(join(tmpdir(), 'jm-pack-'));
  execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { stdio: 'pipe' });
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
  const project = join(work, 'site');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'site', private: true, type: 'module' }),
  );
  execFileSync(
    'npm',
    ['install', resolve(work, tarball), '--no-audit', '--no-fund', '--prefer-offline', '--silent'],
    {
      cwd: project,
      stdio: 'pipe',
    },
  );
  const script = `
    const engine = await import('jurisdiction-map/engine');
    const element = await import('jurisdiction-map');
    const r = engine.resolve(engine.createWorld(), { requestType: 'mlat', requester: 'US', datacenter: 'azure-northeurope', asOf: '2014-06-01' });
    console.log(r.reach, typeof element.JurisdictionMap);
  `;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: project,
    encoding: 'utf8',
  });
  expect(out.trim()).toBe('assisted function');
}, 180_000);

it('passes publint', () => {
  const out = execFileSync('node_modules/.bin/publint', ['--level', 'warning'], {
    encoding: 'utf8',
  });
  expect(out).not.toMatch(/Errors?:|Warnings?:/);
}, 60_000);
