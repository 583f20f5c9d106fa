// Scale: a generated bundle of 5,000 data centers and 500 instruments (scripts/scale-bundle.js)
// loads through `src` and the element draws every marker, answers a change of request and of
// date, takes a click on a marker and shows the whole table. Behaviour only; the timings are in
// `npm run bench` (scripts/bench-scale.js → bench/scale.json).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { builtInBundle } from '../../src/engine/index.js';
import type { JurisdictionMap } from '../../src/jurisdiction-map.js';
import { scaleBundle } from '../../scripts/scale-bundle.js';
import { mount } from './mount.js';

const bundle = scaleBundle(builtInBundle, { datacenters: 5000, instruments: 500 }) as {
  datacenters: { id: string; country: string }[];
  instruments: unknown[];
};
const ids = bundle.datacenters.map((d) => d.id);
let url = '';
beforeAll(() => {
  url = URL.createObjectURL(new Blob([JSON.stringify(bundle)], { type: 'application/json' }));
});
afterAll(() => URL.revokeObjectURL(url));

const markers = (el: JurisdictionMap) =>
  el.shadowRoot!.querySelectorAll<SVGGElement>('.marker[data-id]');

/** The next jm-change, as a promise. */
const nextChange = (el: JurisdictionMap) =>
  new Promise<CustomEvent>((resolve) =>
    el.addEventListener('jm-change', (e) => resolve(e as CustomEvent), { once: true }),
  );

describe('<jurisdiction-map> with 5,000 data centers and 500 instruments', () => {
  it('generates a bundle of that size', () => {
    expect(ids).toHaveLength(5000);
    expect(new Set(ids).size).toBe(5000);
    expect(bundle.instruments).toHaveLength(500);
  });

  it('draws them all, answers changes, takes a click and shows the table', async () => {
    const el = await mount({
      'bundle-mode': 'replace',
      src: url,
      'request-type': 'mlat',
      requester: 'US',
      datacenter: 'azure-northeurope',
      'as-of': '2019-06-01',
    });
    await vi.waitFor(() => expect(markers(el).length).toBe(5000), { timeout: 60_000 });
    const drawn = new Set([...markers(el)].map((m) => m.dataset.id));
    expect(drawn).toEqual(new Set(ids));
    // Every marker carries a reach: the engine answered for all 5,000.
    const reaches = (el: JurisdictionMap) =>
      [...markers(el)].map((m) => m.getAttribute('class')!.split(' ')[1]);
    expect(reaches(el).every((r) => ['direct', 'assisted', 'contested', 'none'].includes(r!))).toBe(
      true,
    );
    const mlat = reaches(el);
    expect(mlat.filter((r) => r === 'assisted').length).toBeGreaterThan(100);

    // A change of request type re-answers every marker.
    let change = nextChange(el);
    el.setAttribute('request-type', 'us-warrant');
    expect((await change).detail.request.requestType).toBe('us-warrant');
    await el.updateComplete;
    const warrant = reaches(el);
    expect(warrant.filter((r) => r === 'direct').length).toBeGreaterThan(100);
    expect(warrant.filter((r, i) => r !== mlat[i]).length).toBeGreaterThan(100);

    // A change of data center to a generated one moves the path and the selection there.
    const far = ids[4321]!;
    change = nextChange(el);
    el.setAttribute('datacenter', far);
    expect((await change).detail.request.datacenter).toBe(far);
    await el.updateComplete;
    expect(
      el.shadowRoot!.querySelector(`.marker[data-id="${far}"]`)!.getAttribute('aria-pressed'),
    ).toBe('true');

    // A reader's click on another marker selects it.
    const other = ids[1234]!;
    const selected = new Promise<CustomEvent>((r) =>
      el.addEventListener('jm-select', (e) => r(e as CustomEvent), { once: true }),
    );
    el.shadowRoot!.querySelector(`.marker[data-id="${other}"]`)!.dispatchEvent(
      new MouseEvent('click', { bubbles: true }),
    );
    expect((await selected).detail).toEqual({ kind: 'datacenter', id: other });
    await el.updateComplete;
    expect(el.resolution!.request.datacenter).toBe(other);

    // The date moves too.
    change = nextChange(el);
    el.setAttribute('as-of', '2010-01-01');
    expect((await change).detail.request.asOf).toBe('2010-01-01');

    // The table view lists every data center.
    el.shadowRoot!.querySelector<HTMLButtonElement>('.controls button[aria-pressed]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).toBe(5000);
  }, 120_000);
});
