// The package as a site installs it: `npm pack`, install the tarball into an empty project, import
// both entries in Node; and publint finds nothing wrong with package.json.
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
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

  // The standalone file names the third-party code it bundles, and the licences ship beside it
  // (a minifier drops the libraries' own licence comments).
  const dist = join(project, 'node_modules', 'jurisdiction-map', 'dist');
  // The engine's folder holds the engine alone: no copy of the demo's public/ (a review found
  // its start.js there).
  expect(readdirSync(join(dist, 'engine'))).toEqual(['index.js']);
  const standalone = readFileSync(join(dist, 'jurisdiction-map.js'), 'utf8');
  // Its first line is V8's compile hint (scripts/build.js), the banner the second.
  expect(standalone.split('\n')[1]).toMatch(
    /^\/\*! Jurisdiction Map \(MIT\)\. Bundles Lit \(BSD-3-Clause\), valibot \(MIT\), d3-geo \(ISC\)/,
  );
  const notices = readFileSync(join(dist, 'THIRD-PARTY-NOTICES.md'), 'utf8');
  for (const text of [
    'Copyright (c) 2017 Google LLC',
    'Copyright (c) Fabian Hiller',
    'Mike Bostock',
    'Michael Bostock',
  ])
    expect(notices).toContain(text);

  // A React 19 site type-checks its JSX against the installed types (jurisdiction-map/react).
  mkdirSync(join(project, 'node_modules', '@types'), { recursive: true });
  symlinkSync(resolve('node_modules/@types/react'), join(project, 'node_modules/@types/react'));
  writeFileSync(
    join(project, 'app.tsx'),
    `import 'jurisdiction-map';
    import type {} from 'jurisdiction-map/react';
    export const ok = <jurisdiction-map request-type="mlat" as-of="2014-06-01"
      onjm-change={(e) => e.detail.resolution.reach} />;
    // @ts-expect-error loading is "eager" or "lazy"
    export const wrong = <jurisdiction-map loading="soon" />;`,
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        jsx: 'react-jsx',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        target: 'ES2022',
        lib: ['ES2022', 'DOM'],
        skipLibCheck: true,
        types: [],
      },
      files: ['app.tsx'],
    }),
  );
  // Throws with tsc's report if the types do not resolve or check.
  execFileSync(resolve('node_modules/.bin/tsc'), ['-p', project], { encoding: 'utf8' });
}, 180_000);

it('passes publint', () => {
  const out = execFileSync('node_modules/.bin/publint', ['--level', 'warning'], {
    encoding: 'utf8',
  });
  expect(out).not.toMatch(/Errors?:|Warnings?:/);
}, 60_000);
