// An exported image carries its sources: exporting loads them if no reader has opened them yet.
// (A file of its own: each test file starts with a fresh page, so no other test loaded them.)
import { describe, expect, it } from 'vitest';
import { mount } from './mount.js';

describe('sources on demand, for an export', () => {
  it('an exported image carries the sources even when nobody opened them', async () => {
    const el = await mount({ 'as-of': '2019-06-01' });
    expect(el.resolution!.sources).toEqual([]);
    const svg = await (await el.exportImage('svg')).text();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const footer = [...doc.querySelectorAll('.x-sources')].map((t) => t.textContent).join(' ');
    expect(footer).toMatch(/^Sources: .*U\.S\.C\./);
  });
});
