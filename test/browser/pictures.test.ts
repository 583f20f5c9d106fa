// Picture tests: the map of a few canonical states, saved as standalone SVG files in test/output/
// (open them to look). Numbers are already rounded to a tenth of a pixel, so the files are stable;
// CI never writes them (Vitest does not write snapshots when CI is set), it only compares.
import { afterEach, describe, expect, it } from 'vitest';
import { styles } from '../../src/elements/styles.js';
import '../../src/jurisdiction-map.js';
import type { JurisdictionMap } from '../../src/jurisdiction-map.js';

let box: HTMLElement | undefined;
afterEach(() => box?.remove());

/** The map of one state as a self-contained SVG document. */
async function picture(attributes: Record<string, string>): Promise<string> {
  box = document.createElement('div');
  box.style.width = '960px';
  box.style.height = '500px';
  const el = document.createElement('jurisdiction-map') as JurisdictionMap;
  el.style.height = '100%';
  for (const [k, v] of Object.entries({ controls: 'none', panel: 'none', ...attributes }))
    el.setAttribute(k, v);
  const ready = new Promise((r) => el.addEventListener('jm-ready', r, { once: true }));
  box.append(el);
  document.body.append(box);
  await ready;
  await el.updateComplete;
  const svg = el.shadowRoot!.querySelector('svg.map')!.cloneNode(true) as SVGSVGElement;
  // The zoom behaviour's touch-action is wired after the first paint; it is no part of the picture.
  svg.style.removeProperty('touch-action');
  if (!svg.getAttribute('style')) svg.removeAttribute('style');
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('width', '960');
  svg.setAttribute('height', svg.getAttribute('viewBox')!.split(' ')[3]!);
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = styles.cssText.replace(/:host\b/g, 'svg');
  svg.prepend(style);
  return new XMLSerializer()
    .serializeToString(svg)
    .replace(/<!--[^>]*-->/g, '')
    .replace(/>\s+</g, '>\n<');
}

describe('pictures of canonical states', () => {
  it.each([
    ['microsoft-ireland-2014', { 'as-of': '2014-06-01' }],
    ['microsoft-ireland-2017', { 'as-of': '2017-06-01' }],
    ['microsoft-ireland-2019', { 'as-of': '2019-06-01' }],
    ['mlat-us-ireland-2014', { 'request-type': 'mlat', 'as-of': '2014-06-01' }],
    [
      'e-evidence-germany-2026',
      {
        'request-type': 'eu-production-order',
        requester: 'DE',
        datacenter: 'aws-us-east-1',
        'as-of': '2026-09-01',
      },
    ],
  ])('%s', async (name, attributes) => {
    await expect(await picture(attributes)).toMatchFileSnapshot(`../output/${name}.svg`);
  });
});
