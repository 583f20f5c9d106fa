// After `npm run build` (test/e2e/build-once.ts), plain Node imports the engine by its package name, with types.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('jurisdiction-map/engine in plain Node', () => {
  it('imports by package name and resolves the Microsoft Ireland request', () => {
    const script = `
      import { createWorld, resolve } from 'jurisdiction-map/engine';
      const r = resolve(createWorld(), { requestType: 'us-warrant', requester: 'US', datacenter: 'azure-northeurope', asOf: '2019-06-01' });
      console.log(JSON.stringify({ reach: r.reach, instruments: r.instruments, conflicts: r.conflicts }));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual({
      reach: 'direct',
      instruments: expect.arrayContaining(['us-cloud-act']),
      conflicts: ['gdpr-art48'],
    });
  });

  it('imports the element entry in plain Node (server rendering) without throwing', () => {
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const m = await import('jurisdiction-map'); console.log(typeof m.JurisdictionMap, Object.keys(m).join());",
      ],
      { encoding: 'utf8' },
    );
    // The element and nothing else: no code shared with the on-demand file under chunk names.
    expect(out.trim()).toBe('function JurisdictionMap');
  });

  it('ships type declarations next to the module', () => {
    expect(existsSync('dist/types/engine/index.d.ts')).toBe(true);
    expect(existsSync('dist/types/index.d.ts')).toBe(true);
    expect(existsSync('dist/engine/index.js')).toBe(true);
  });
});
