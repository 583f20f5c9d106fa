// Scale: a generated bundle of 5,000 data centers and 500 instruments (scripts/scale-bundle.js)
// loads through `src`, and the element draws every marker (dense: one path per look, see
// src/map/marker-layer.ts), answers a change of request and of date, finds a marker under the
// pointer, moves the keyboard's tab stop, keeps the markers' size under zoom, exports them and
// shows the whole table. Behaviour only; the timings are in `npm run bench`
// (scripts/bench-scale.js → bench/scale.json).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { builtInBundle, createWorld, reachAll, type Reach } from '../../src/engine/index.js';
import type { JurisdictionMap } from '../../src/jurisdiction-map.js';
import { DENSE_ABOVE } from '../../src/map/marker-layer.js';
import { scaleBundle } from '../../scripts/scale-bundle.js';
import { mount } from './mount.js';

const bundle = scaleBundle(builtInBundle, { datacenters: 5000, instruments: 500 }) as {
  datacenters: { id: string; country: string }[];
  instruments: unknown[];
};
const ids = bundle.datacenters.map((d) => d.id);
const world = createWorld(bundle as Parameters<typeof createWorld>[0]);
let url = '';
beforeAll(() => {
  url = URL.createObjectURL(new Blob([JSON.stringify(bundle)], { type: 'application/json' }));
});
afterAll(() => URL.revokeObjectURL(url));

const REACHES: Reach[] = ['direct', 'assisted', 'contested', 'none'];
const $ = <T extends Element>(el: JurisdictionMap, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;

/** How many markers each reach's dense paths draw (one subpath, one M, per marker). */
const drawnByReach = (el: JurisdictionMap) =>
  Object.fromEntries(
    REACHES.map((r) => [
      r,
      [...el.shadowRoot!.querySelectorAll(`.dense-shape.${r}`)]
        .map((p) => p.getAttribute('d')!)
        .join('')
        .split('M').length - 1,
    ]),
  );

/** What the engine says, counted the same way. */
const expectedByReach = (request: Parameters<typeof reachAll>[1]) => {
  const counts = Object.fromEntries(REACHES.map((r) => [r, 0]));
  for (const { reach } of reachAll(world, request).values()) counts[reach]!++;
  return counts;
};

/** The next jm-change, as a promise. */
const nextChange = (el: JurisdictionMap) =>
  new Promise<CustomEvent>((resolve) =>
    el.addEventListener('jm-change', (e) => resolve(e as CustomEvent), { once: true }),
  );

/** The client point at the centre of the first diamond (an assisted marker) of the dense path. */
function firstDiamond(el: JurisdictionMap): { x: number; y: number } {
  const d = $(el, '.dense-shape.assisted').getAttribute('d')!;
  const [top, right, bottom, left] = [...d.split('Z')[0]!.matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map(
    (m) => [Number(m[1]), Number(m[2])],
  );
  const centre = new DOMPoint((left![0]! + right![0]!) / 2, (top![1]! + bottom![1]!) / 2);
  const p = centre.matrixTransform($<SVGGElement>(el, 'g.markers').getScreenCTM()!);
  return { x: p.x, y: p.y };
}

describe('<jurisdiction-map> with 5,000 data centers and 500 instruments', () => {
  it('generates a bundle of that size', () => {
    expect(ids).toHaveLength(5000);
    expect(new Set(ids).size).toBe(5000);
    expect(bundle.instruments).toHaveLength(500);
    expect(ids.length).toBeGreaterThan(DENSE_ABOVE);
  });

  it('draws them all, answers changes, finds markers by position, and shows the table', async () => {
    const mlat = { requestType: 'mlat', requester: 'US', asOf: '2019-06-01' };
    const el = await mount({
      'bundle-mode': 'replace',
      src: url,
      'request-type': 'mlat',
      requester: 'US',
      datacenter: 'azure-northeurope',
      'as-of': '2019-06-01',
    });
    await vi.waitFor(() => expect($<SVGGElement>(el, 'g.markers').dataset.markers).toBe('5000'), {
      timeout: 60_000,
    });
    await el.updateComplete;
    // Every marker is drawn with the reach the engine gives it, and few elements carry them.
    expect(drawnByReach(el)).toEqual(expectedByReach(mlat));
    expect(drawnByReach(el).assisted).toBeGreaterThan(100);
    // Cut by an 8 × 8 grid: at most 5 looks (4 reaches and the bar) per cell, and the leaders.
    expect(el.shadowRoot!.querySelectorAll('g.markers *').length).toBeLessThan(400);

    // A change of request type re-answers every marker.
    let change = nextChange(el);
    el.setAttribute('request-type', 'us-warrant');
    expect((await change).detail.request.requestType).toBe('us-warrant');
    await el.updateComplete;
    expect(drawnByReach(el)).toEqual(expectedByReach({ ...mlat, requestType: 'us-warrant' }));
    expect(drawnByReach(el).direct).toBeGreaterThan(100);

    // A change of data center to a generated one moves the path and the selection there.
    const far = ids[4321]!;
    change = nextChange(el);
    el.setAttribute('datacenter', far);
    expect((await change).detail.request.datacenter).toBe(far);
    await el.updateComplete;
    expect($(el, `.marker[data-id="${far}"]`).getAttribute('aria-pressed')).toBe('true');

    // The pointer over a dense marker shows its label; a click there selects that marker, which
    // then is an element drawn where the reader clicked. (This first diamond sits in Dublin's
    // spiral: the click's whole pixels are nearer a neighbour than the hover's fractions were.)
    el.setAttribute('request-type', 'mlat');
    await el.updateComplete;
    const at = firstDiamond(el);
    const target = $(el, '.dense-shape.assisted');
    target.dispatchEvent(
      new PointerEvent('pointermove', { bubbles: true, clientX: at.x, clientY: at.y }),
    );
    await el.updateComplete;
    const tip = $(el, '.tooltip').textContent!.trim();
    expect(tip).toMatch(/through another state/);
    const selected = new Promise<CustomEvent>((r) =>
      el.addEventListener('jm-select', (e) => r(e as CustomEvent), { once: true }),
    );
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: at.x, clientY: at.y }));
    const { id } = (await selected).detail as { id: string };
    await el.updateComplete;
    expect(el.resolution!.request.datacenter).toBe(id);
    const marker = $(el, `.marker[data-id="${id}"]`);
    expect(marker.getAttribute('aria-label')).toBe(tip);
    const box = marker.querySelector('.shape')!.getBoundingClientRect();
    expect(Math.abs(box.x + box.width / 2 - at.x)).toBeLessThan(1.5);
    expect(Math.abs(box.y + box.height / 2 - at.y)).toBeLessThan(1.5);
    // Its reach for the pointer is as wide as any marker's: 9 px off its shape is still it.
    const off = el.shadowRoot!.elementFromPoint(box.x + box.width / 2 + 9, box.y + box.height / 2);
    expect(off?.closest('.marker')).toBe(marker);
    // A click on the sea between markers selects nothing.
    const before = el.resolution!.request.datacenter;
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 1, clientY: 1 }));
    await el.updateComplete;
    expect(el.resolution!.request.datacenter).toBe(before);

    // The keyboard's one tab stop is an element too, and the arrow keys move it.
    const stop = $<SVGGElement>(el, '.marker[tabindex="0"]');
    stop.focus();
    stop.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await vi.waitFor(() => {
      const now = el.shadowRoot!.activeElement as SVGGElement | null;
      expect(now?.dataset.id).toBeTruthy();
      expect(now!.dataset.id).not.toBe(stop.dataset.id);
      expect(now!.getAttribute('tabindex')).toBe('0');
    });
    // Enter selects it; selected, it moves on top of the others and keeps the focus.
    const moved = el.shadowRoot!.activeElement as SVGGElement;
    moved.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await el.updateComplete;
    expect(el.resolution!.request.datacenter).toBe(moved.dataset.id);
    expect(el.shadowRoot!.activeElement).toBe(moved);

    // Under zoom the dense markers keep their size on screen, as the elements do.
    const radius = () =>
      Number(/A([\d.]+),/.exec($(el, '.dense-shape.direct').getAttribute('d') ?? '')?.[1]);
    el.setAttribute('request-type', 'us-warrant');
    await el.updateComplete;
    const r1 = radius();
    $<HTMLButtonElement>(el, '.zoom-buttons button').click();
    await vi.waitFor(() => expect(radius()).toBeCloseTo(r1 / 1.6, 1), { timeout: 5000 });

    // The exported image carries them.
    const svg = await (await el.exportImage('svg')).text();
    expect(svg).toContain('class="dense-shape direct"');

    // The date moves too.
    change = nextChange(el);
    el.setAttribute('as-of', '2010-01-01');
    expect((await change).detail.request.asOf).toBe('2010-01-01');
    await el.updateComplete;
    expect(drawnByReach(el)).toEqual(
      expectedByReach({ requestType: 'us-warrant', requester: 'US', asOf: '2010-01-01' }),
    );

    // The table view lists every data center.
    $<HTMLButtonElement>(el, '.controls button[aria-pressed]').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).toBe(5000);
  }, 120_000);
});
