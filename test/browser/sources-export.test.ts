// An exported image carries its sources: exporting loads them if no reader has opened them yet.
// (A file of its own: each test file starts with a fresh page, so no other test loaded them.)
import { describe, expect, it } from 'vitest';
import type { JurisdictionMap } from '../../src/jurisdiction-map.js';
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

  it('an export asked of an element not yet on a page settles once it is attached and drawn', async () => {
    const el = document.createElement('jurisdiction-map') as JurisdictionMap;
    el.setAttribute('as-of', '2019-06-01');
    let settled = false;
    const image = el.exportImage('svg').finally(() => (settled = true));
    await new Promise((r) => setTimeout(r, 300));
    expect(settled).toBe(false);
    const box = document.createElement('div');
    box.style.cssText = 'width: 800px; height: 500px';
    box.append(el);
    document.body.append(box);
    try {
      const svg = await (await image).text();
      expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svg).toContain('x-sources');
    } finally {
      box.remove();
    }
  });
});
