// <jurisdiction-map> in a real Chromium: it draws, follows its attributes, reports through its
// events, takes the keyboard, respects reduced motion, survives bad input and passes axe.
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { createWorld } from '../../src/engine/index.js';
import type { JurisdictionMap } from '../../src/jurisdiction-map.js';
import { mount, withReducedMotion } from './mount.js';

const $ = <T extends Element = Element>(el: JurisdictionMap, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = Element>(el: JurisdictionMap, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** Sets attributes (null removes one) and waits until the element has rendered them. */
/** A marker's centre on screen, as a pointer event's coordinates. */
const centreOf = (marker: Element) => {
  const box = marker.querySelector('.shape')!.getBoundingClientRect();
  return { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
};

/** The two markers drawn nearest each other (more than 3 px apart). */
function nearestMarkers(el: JurisdictionMap): [SVGGElement, SVGGElement] {
  const markers = $$<SVGGElement>(el, '.marker[data-id]');
  let pair: [SVGGElement, SVGGElement] | undefined;
  let best = Infinity;
  for (const a of markers)
    for (const b of markers) {
      const [p, q] = [centreOf(a), centreOf(b)];
      const d = Math.hypot(p.clientX - q.clientX, p.clientY - q.clientY);
      if (a !== b && d > 3 && d < best) [best, pair] = [d, [a, b]];
    }
  return pair!;
}

async function set(el: JurisdictionMap, attributes: Record<string, string | null>) {
  for (const [k, v] of Object.entries(attributes))
    if (v === null) el.removeAttribute(k);
    else el.setAttribute(k, v);
  await el.updateComplete;
  await el.updateComplete;
}

/** The on-screen distance between the centres of the two markers drawn closest together. */
function closestMarkers(el: JurisdictionMap): number {
  const centres = markerCentres(el);
  let closest = Infinity;
  for (let i = 0; i < centres.length; i++)
    for (let j = i + 1; j < centres.length; j++)
      closest = Math.min(
        closest,
        Math.hypot(centres[i]![0] - centres[j]![0], centres[i]![1] - centres[j]![1]),
      );
  return closest;
}

/** Each marker's centre on screen. */
function markerCentres(el: JurisdictionMap): (readonly [number, number])[] {
  return $$(el, 'g.markers .marker .shape').map((s) => {
    const box = s.getBoundingClientRect();
    return [box.x + box.width / 2, box.y + box.height / 2] as const;
  });
}

/** Resolves once `read()` gives the same string over two frames. */
/** WCAG's contrast ratio of two computed colours (`rgb(…)`). */
function contrast(a: string, b: string) {
  const luminance = (css: string) => {
    const [r, g, b] = css
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map((v) => Number(v) / 255);
    const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
  };
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

async function steady(read: () => string, timeout = 5000) {
  await vi.waitFor(
    async () => {
      const now = read();
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      expect(read()).toBe(now);
    },
    { timeout },
  );
}

/**
 * Presses + on the map and waits until the zoom has come to rest (the same over two frames), and
 * with `markers`, until the markers have glided to their new places too.
 */
async function zoomIn(el: JurisdictionMap, { markers = true } = {}) {
  const transform = () => $(el, 'g.zoom-layer')!.getAttribute('transform');
  const before = transform();
  $<HTMLElement>(el, '.stage')!.dispatchEvent(
    new KeyboardEvent('keydown', { key: '+', bubbles: true }),
  );
  await vi.waitFor(() => expect(transform()).not.toBe(before), { timeout: 5000 });
  await steady(() => transform() ?? '');
  if (markers) await steady(() => JSON.stringify(markerCentres(el)));
}

/** Drags the map with a mouse from (x, y) in the map by (dx, dy), in two moves. */
function drag(el: JurisdictionMap, [x, y]: [number, number], [dx, dy]: [number, number]) {
  const svg = $<SVGSVGElement>(el, 'svg.map')!;
  const map = svg.getBoundingClientRect();
  const at = (type: string, ax: number, ay: number) =>
    svg.dispatchEvent(
      new PointerEvent(type, {
        pointerId: 1,
        pointerType: 'mouse',
        isPrimary: true,
        clientX: map.left + ax,
        clientY: map.top + ay,
        bubbles: true,
        cancelable: true,
        composed: true,
      }),
    );
  at('pointerdown', x, y);
  at('pointermove', x + dx / 2, y + dy / 2);
  at('pointermove', x + dx, y + dy);
  at('pointerup', x + dx, y + dy);
}

describe('<jurisdiction-map> draws', () => {
  it('at least 170 countries and a marker for every data center', async () => {
    const el = await mount();
    expect($$(el, 'path.country').length).toBeGreaterThanOrEqual(170);
    const markers = $$(el, '.marker[data-id]');
    expect(markers.length).toBeGreaterThanOrEqual(60);
    expect(new Set(markers.map((m) => m.getAttribute('data-id'))).size).toBe(markers.length);
  });

  it('keeps 180 px for the map in an element shorter than its pickers, which then scrolls', async () => {
    // At 320×240 the pickers took all of the height and the map none, out of reach.
    const el = await mount({ 'as-of': '2019-06-01' }, { width: 320, height: 240 });
    const frame = $<HTMLElement>(el, '.frame')!;
    const body = $<HTMLElement>(el, '.body')!;
    expect(body.getBoundingClientRect().height).toBe(180);
    expect(frame.scrollHeight).toBeGreaterThan(frame.clientHeight);
    frame.scrollTop = frame.scrollHeight;
    const host = el.getBoundingClientRect();
    const shown = body.getBoundingClientRect();
    expect(shown.top).toBeGreaterThanOrEqual(host.top);
    expect(shown.bottom).toBeLessThanOrEqual(host.bottom + 0.5);
    expect($$(el, 'path.country').length).toBeGreaterThanOrEqual(170);
    // Where the pickers leave the map room, the frame does not scroll: only the narrow map's
    // own rows do, as before (one scroller, not two).
    const roomy = await mount({ 'as-of': '2019-06-01' }, { width: 480, height: 420 });
    const roomyFrame = $<HTMLElement>(roomy, '.frame')!;
    expect(roomyFrame.scrollHeight).toBe(roomyFrame.clientHeight);
  });

  it('the Microsoft Ireland page of the issue: map, path and explanation for 2017', async () => {
    const el = await mount({
      'request-type': 'us-warrant',
      requester: 'US',
      datacenter: 'azure-northeurope',
      'as-of': '2017-06-01',
    });
    expect(el.resolution?.reach).toBe('contested');
    expect($$(el, '.arcs .arc').length + $$(el, '.arcs .pulse').length).toBe(
      el.resolution!.steps.length,
    );
    expect($(el, '.panel .summary')!.textContent).toMatch(/courts disagree/);
    expect($(el, '.country.requester')).not.toBeNull();
    expect($(el, '.marker[data-id="azure-northeurope"]')!.getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect($(el, '.panel')!.textContent).toMatch(/Not legal advice/);
  });

  it("the steps' numbers ending in one city stand side by side, over the markers, and let clicks through", async () => {
    const el = await mount({
      'request-type': 'mlat',
      requester: 'US',
      datacenter: 'azure-northeurope',
      'as-of': '2014-12-23',
    });
    const badges = $$<SVGCircleElement>(el, '.step-badge').map((b) => b.getBoundingClientRect());
    expect(badges).toHaveLength(3);
    // No badge covers another's centre (they used to sit on top of each other at Dublin).
    for (const [i, a] of badges.entries())
      for (const b of badges.slice(i + 1))
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.width);
    // Drawn after the markers, so no marker covers a number…
    const markers = $(el, 'g.markers')!;
    const marks = $(el, '.step-mark')!;
    expect(markers.compareDocumentPosition(marks) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // …and a click on a badge reaches what is under it, not the badge.
    const first = badges[0]!;
    const hit = el.shadowRoot!.elementFromPoint(
      first.x + first.width / 2,
      first.y + first.height / 2,
    );
    expect(hit?.closest('.step-mark')).toBeNull();
  });

  it('the From picker shows a state set from code before a reader touched the pickers', async () => {
    const el = await mount();
    const select = () => $$<HTMLSelectElement>(el, '.controls select')[1]!;
    el.requester = 'JP';
    await el.updateComplete;
    expect(select().value).toBe('JP');
    expect(select().selectedOptions[0]?.textContent).toMatch(/Japan/);
    el.requester = 'DE';
    await el.updateComplete;
    expect(select().selectedOptions[0]?.textContent).toMatch(/Germany/);
  });

  it("draws no country's name over another's (the United Kingdom and Ireland)", async () => {
    const el = await mount({
      'request-type': 'cloud-act-order',
      requester: 'GB',
      datacenter: 'azure-northeurope',
      'as-of': '2023-06-01',
    });
    const boxes = $$<SVGTextElement>(el, 'text.label')
      .filter((t) => getComputedStyle(t).visibility !== 'hidden')
      .map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }));
    expect(boxes.map((b) => b.text)).toEqual(expect.arrayContaining(['United Kingdom', 'Ireland']));
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) {
        const apart =
          a.box.right <= b.box.left ||
          b.box.right <= a.box.left ||
          a.box.bottom <= b.box.top ||
          b.box.bottom <= a.box.top;
        expect(apart, `${a.text} / ${b.text}`).toBe(true);
      }
  });

  it('gives every control at least 24 px to tap: slider, summaries, buttons, markers', async () => {
    const el = await mount({}, { width: 390, height: 800 });
    for (const selector of ['.slider input', '.legend summary', '.sources summary', 'button']) {
      for (const target of $$(el, selector)) {
        const box = target.getBoundingClientRect();
        if (box.width === 0) continue; // not shown at this size
        expect(box.height, selector).toBeGreaterThanOrEqual(23.5);
      }
    }
    // A marker (São Paulo's, alone in its region) answers the pointer 10 px from its centre, off
    // its shape: a hover shows its name, a click chooses it and gives it the focus.
    const marker = $<SVGGElement>(el, '.marker[data-id="aws-sa-east-1"]')!;
    const shape = marker.querySelector('.shape')!.getBoundingClientRect();
    expect(shape.width).toBeLessThan(10);
    const at = { clientX: shape.x + shape.width / 2 + 10, clientY: shape.y + shape.height / 2 };
    const under = el.shadowRoot!.elementFromPoint(at.clientX, at.clientY)!;
    expect(under.matches('.hit-area')).toBe(true);
    const init = { bubbles: true, composed: true, ...at };
    under.dispatchEvent(new PointerEvent('pointerover', { ...init, pointerType: 'mouse' }));
    await el.updateComplete;
    expect($(el, '.tooltip')!.textContent!.trim()).toBe(marker.getAttribute('aria-label'));
    under.dispatchEvent(new PointerEvent('pointerdown', { ...init, pointerType: 'mouse' }));
    // A real press focuses what is under the pointer: the map around the marker.
    $<HTMLElement>(el, '.stage')!.focus();
    under.dispatchEvent(new MouseEvent('click', { ...init, detail: 1 }));
    await el.updateComplete;
    expect(el.datacenter).toBe('aws-sa-east-1');
    expect(el.shadowRoot!.activeElement).toBe(marker);
    // Farther out, nothing.
    const far = { clientX: at.clientX + 8, clientY: at.clientY };
    expect(el.shadowRoot!.elementFromPoint(far.clientX, far.clientY)!.matches('.hit-area')).toBe(
      false,
    );
  });

  it("gives a marker its focus ring when the keyboard's focus reaches it", async () => {
    const el = await mount();
    // No marker carries one until then (86 circles were a tenth of the first layout's elements).
    expect($$(el, '.marker .focus-ring')).toHaveLength(0);
    const stop = $<SVGGElement>(el, '.marker[tabindex="0"]')!;
    stop.focus();
    stop.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await el.updateComplete;
    await el.updateComplete;
    const next = el.shadowRoot!.activeElement as SVGGElement;
    expect(next).not.toBe(stop);
    for (const marker of [stop, next]) {
      const ring = marker.querySelector('.focus-ring')!.getBoundingClientRect();
      // 24 px across at this size, as the hit area.
      expect(ring.width).toBeGreaterThanOrEqual(20);
    }
  });

  it('lays the pickers out without overlap or overflow, from a phone to a wide page', async () => {
    for (const width of [320, 360, 440, 700, 800, 920, 1000, 1024, 1140, 1440]) {
      const el = await mount({}, { width, height: 700 });
      for (const reached of [false, true]) {
        if (reached) $(el, '.controls')!.dispatchEvent(new Event('focusin'));
        await el.updateComplete;
        const host = el.getBoundingClientRect();
        const boxes = $$(el, '.controls select, .controls input, .controls button').map((e) =>
          e.getBoundingClientRect(),
        );
        for (const [i, a] of boxes.entries()) {
          expect(a.left, `${width} px`).toBeGreaterThanOrEqual(host.left - 0.5);
          expect(a.right, `${width} px`).toBeLessThanOrEqual(host.right + 0.5);
          for (const b of boxes.slice(i + 1)) {
            const overlap =
              Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
              Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
            expect(overlap, `${width} px, reached: ${reached}`).toBe(false);
          }
        }
      }
      el.parentElement!.remove();
    }
  });

  it('packs the pickers into two rows, or three, between a phone and a wide page, in the order of Tab', async () => {
    // Two columns left an empty cell beside the data center and another beside Table, and took
    // four rows at 721-980 px. Now Table sits beside the date and the data center reaches over
    // it; from 421 to 720 px the From picker and the data center take a row each's rest.
    for (const [width, rows] of [
      [440, 3],
      [700, 3],
      [800, 2],
      [960, 2],
      [1440, 1],
    ] as const) {
      const el = await mount({}, { width, height: 700 });
      const controls = $(el, '.controls')!.getBoundingClientRect();
      const cells = [...$(el, '.controls')!.children].map((e) => e.getBoundingClientRect());
      // A row's controls share their bottom edge (align-items: end); Table is shorter.
      const rowOf = (c: DOMRect) => Math.round(c.bottom);
      const bottoms = [...new Set(cells.map(rowOf))];
      expect(bottoms, `${width} px`).toHaveLength(rows);
      // In the order of Tab: each next control to the right on its row, or on a row below.
      for (let i = 1; i < cells.length; i++) {
        const [a, b] = [cells[i - 1]!, cells[i]!];
        expect(
          b.top > a.bottom || (rowOf(a) === rowOf(b) && b.left > a.right),
          `${width} px, ${i}`,
        ).toBe(true);
      }
      // No empty cell: each row's last control ends at the controls' right padding.
      for (const bottom of bottoms) {
        const right = Math.max(...cells.filter((c) => rowOf(c) === bottom).map((c) => c.right));
        expect(controls.right - right, `${width} px, row at ${bottom}`).toBeLessThan(14);
      }
      el.parentElement!.remove();
    }
  });

  it('fills its container and follows a resize without being told', async () => {
    const el = await mount({}, { width: 800, height: 500 });
    const before = $(el, 'svg.map')!.getAttribute('viewBox');
    expect(before).toMatch(/^0 0 \d+ \d+$/);
    (el.parentElement as HTMLElement).style.width = '1200px';
    await vi.waitFor(() => expect($(el, 'svg.map')!.getAttribute('viewBox')).not.toBe(before), {
      timeout: 5000,
    });
    const [, , width] = $(el, 'svg.map')!.getAttribute('viewBox')!.split(' ').map(Number);
    expect(width).toBeGreaterThan(Number(before!.split(' ')[2]));
  });

  it('marks a law in the way with hatching and a bar, not colour alone', async () => {
    const el = await mount({ 'as-of': '2019-06-01' });
    expect(el.resolution!.conflicts).toEqual(['gdpr-art48']);
    expect($$(el, '.hatch').length).toBeGreaterThan(0);
    expect($(el, '.marker[data-id="azure-northeurope"] .barrier')).not.toBeNull();
  });
});

describe('<jurisdiction-map> attributes and events', () => {
  it('re-resolves when an attribute changes and fires jm-change with the request', async () => {
    const el = await mount({ 'as-of': '2014-06-01' });
    const changes: CustomEvent[] = [];
    document.addEventListener('jm-change', (e) => changes.push(e), { once: true });
    await set(el, { 'as-of': '2019-06-01' });
    expect(el.resolution!.reach).toBe('direct');
    expect(changes).toHaveLength(1);
    expect(changes[0]!.detail.request).toEqual({
      requestType: 'us-warrant',
      requester: 'US',
      datacenter: 'azure-northeurope',
      asOf: '2019-06-01',
    });
    expect(changes[0]!.detail.resolution).toBe(el.resolution);
    expect(changes[0]!.bubbles && changes[0]!.composed).toBe(true);
  });

  it('reflects properties to attributes', async () => {
    const el = await mount();
    el.requestType = 'mlat';
    el.asOf = '2015-01-01';
    await el.updateComplete;
    expect(el.getAttribute('request-type')).toBe('mlat');
    expect(el.getAttribute('as-of')).toBe('2015-01-01');
    expect(el.resolution!.reach).toBe('assisted');
  });

  it('fires jm-select and retargets the request when a reader clicks a data center', async () => {
    const el = await mount({ 'as-of': '2019-06-01' });
    const selected = new Promise<CustomEvent>((r) =>
      el.addEventListener('jm-select', (e) => r(e), { once: true }),
    );
    $<SVGGElement>(el, '.marker[data-id="aws-us-east-1"]')!.dispatchEvent(
      new MouseEvent('click', { bubbles: true }),
    );
    expect((await selected).detail).toEqual({ kind: 'datacenter', id: 'aws-us-east-1' });
    await el.updateComplete;
    expect(el.getAttribute('datacenter')).toBe('aws-us-east-1');
    expect(el.resolution!.request.datacenter).toBe('aws-us-east-1');
  });

  it("opens a country's details when a reader selects it", async () => {
    const el = await mount({ 'as-of': '2019-06-01' });
    const selected = new Promise<CustomEvent>((r) =>
      el.addEventListener('jm-select', (e) => r(e), { once: true }),
    );
    $<SVGPathElement>(el, 'path.country[data-jurisdiction="IE"]')!.dispatchEvent(
      new MouseEvent('click', { bubbles: true }),
    );
    expect((await selected).detail).toEqual({ kind: 'country', id: 'IE' });
    await el.updateComplete;
    const details = $(el, '.country-details')!.textContent!;
    expect(details).toMatch(/Ireland/);
    expect(details).toMatch(/US–Ireland MLAT/);
    expect(details).toMatch(/North Europe/);
  });
});

describe('<jurisdiction-map> bad input', () => {
  it.each([
    [{ datacenter: 'azure-mars' }, /azure-mars/],
    [{ 'as-of': '2019-02-30' }, /2019-02-30/],
    [{ requester: 'ZZ' }, /ZZ/],
    // A union is no requesting state; the pickers' list, made before a reader reaches it, once
    // asked whether "EU" can issue and threw past the element (found by the attribute fuzzer).
    [{ requester: 'EU' }, /"EU" is a union of states/],
    [{ 'request-type': 'letter-rogatory' }, /letter-rogatory/],
  ])(
    '%o shows the bad value, fires jm-error and keeps the last good map',
    async (attributes, pattern) => {
      const el = await mount({ 'as-of': '2019-06-01' });
      const good = el.resolution;
      const errors: CustomEvent[] = [];
      el.addEventListener('jm-error', (e) => errors.push(e));
      await set(el, attributes);
      expect(errors).toHaveLength(1);
      expect(errors[0]!.detail.message).toMatch(pattern);
      expect($(el, '.error[role="alert"]')!.textContent).toMatch(pattern);
      expect(el.resolution).toBe(good);
      expect($$(el, 'path.country').length).toBeGreaterThanOrEqual(170);
      expect($$(el, '.arcs .arc').length).toBeGreaterThan(0);
    },
  );

  it('with no answer yet (a wrong attribute from the start), says no reach until there is one', async () => {
    // Every data center was drawn and announced as "no route", and the panel asked the reader
    // to choose a request, a requesting state and a data center, all three chosen.
    const el = await mount({
      'request-type': 'us-warrant',
      requester: 'QQ',
      datacenter: 'azure-northeurope',
      'as-of': '2017-06-01',
    });
    expect(el.resolution).toBeNull();
    expect($(el, '.error[role="alert"]')!.textContent).toMatch(/QQ/);
    const labels = () => $$(el, '.marker[data-id]').map((m) => m.getAttribute('aria-label')!);
    expect(labels().length).toBeGreaterThan(50);
    expect(labels().filter((l) => /no route/.test(l))).toEqual([]);
    expect($(el, 'g.markers')!.classList.contains('unanswered')).toBe(true);
    const plain = getComputedStyle($(el, '.marker[data-id] .shape')!).fill;
    expect($(el, '.panel')!.textContent).not.toMatch(/Choose a request/);
    el.setAttribute('requester', 'US');
    await el.updateComplete;
    await el.updateComplete;
    expect(el.resolution).not.toBeNull();
    expect($(el, 'g.markers')!.classList.contains('unanswered')).toBe(false);
    expect(labels().some((l) => /: direct reach/.test(l))).toBe(true);
    expect(labels().some((l) => /: no route/.test(l))).toBe(true);
    // Drawn plain, not in the hollow look of "no route" (which it fades to once answered).
    const none = $(el, '.marker.none .shape')!;
    none.getAnimations().forEach((a) => a.finish());
    expect(getComputedStyle(none).fill).not.toBe(plain);
  });

  it("a fixed or removed attribute takes its message away, and no problem hides another's", async () => {
    const el = await mount({ 'as-of': '2019-06-01', 'compare-datacenter': 'aws-us-east-1' });
    const shown = () => $(el, '.error')?.textContent ?? '';
    const good = el.comparison;
    expect(good).not.toBeNull();
    const errors: CustomEvent[] = [];
    el.addEventListener('jm-error', (e) => errors.push(e));
    // Every wrong compare-* attribute at once, by its own name; the last good comparison stays.
    await set(el, {
      'compare-datacenter': 'azure-mars',
      'compare-request-type': 'nope',
      'compare-requester': 'ZZ',
    });
    expect(errors.at(-1)!.detail.source).toBe('compare-request-type');
    expect(errors.at(-1)!.detail.problems.map((p: { path: string }) => p.path)).toEqual([
      'compare-request-type',
      'compare-requester',
      'compare-datacenter',
    ]);
    expect(shown()).toMatch(/compare-request-type.*compare-requester.*compare-datacenter/);
    expect(el.comparison).toBe(good);
    // A bad main request and a bad comparison: both are shown.
    await set(el, { 'compare-request-type': '', 'compare-requester': '', requester: 'ZZ' });
    expect(shown()).toMatch(/requester attribute.*"ZZ"/);
    expect(shown()).toMatch(/compare-datacenter/);
    // Fixing the comparison leaves the requester's message, alone.
    await set(el, { 'compare-datacenter': 'gcp-us-central1' });
    expect(shown()).toMatch(/"ZZ"/);
    expect(shown()).not.toMatch(/azure-mars/);
    await set(el, { requester: 'US' });
    expect($(el, '.error')).toBeNull();
    // A scenario or step that does not exist: removed, its message goes with it.
    await set(el, { 'compare-datacenter': null, scenario: 'nope' });
    expect(shown()).toMatch(/unknown scenario "nope"/);
    await set(el, { scenario: null });
    expect($(el, '.error')).toBeNull();
  });

  it("a bundle's many problems: the first ones in the element, every one in the event", async () => {
    const el = await mount();
    const error = new Promise<CustomEvent>((r) =>
      el.addEventListener('jm-error', (e) => r(e), { once: true }),
    );
    el.data = {
      datacenters: Array.from({ length: 40 }, (_, i) => ({ id: `x-${i}`, provider: 'nope' })),
    };
    const { detail } = await error;
    await el.updateComplete;
    expect(detail.problems.length).toBeGreaterThan(40);
    const text = $(el, '.error')!.textContent!;
    expect(text).toMatch(/datacenters\[0\]/);
    expect(text).not.toMatch(/datacenters\[39\]/);
    expect(text).toMatch(new RegExp(`…and ${detail.problems.length - 12} more`));
    // The box scrolls inside the map rather than running off it.
    expect(getComputedStyle($(el, '.error')!).overflowY).toBe('auto');
  });

  it('a broken data bundle at src shows its problems by JSON path and keeps the built-in map', async () => {
    const el = await mount();
    const error = new Promise<CustomEvent>((r) =>
      el.addEventListener('jm-error', (e) => r(e), { once: true }),
    );
    const bundle = {
      jurisdictions: [],
      providers: [],
      datacenters: [{ id: 'x' }],
      instruments: [],
      requestTypes: [],
    };
    el.src = `data:application/json,${encodeURIComponent(JSON.stringify(bundle))}`;
    const { detail } = await error;
    expect(detail.source).toBe('src');
    expect(detail.problems.map((p: { path: string }) => p.path)).toContain(
      'datacenters[0].provider',
    );
    await el.updateComplete;
    expect($(el, '.error')!.textContent).toMatch(/datacenters\[0\]\.provider/);
    expect(el.resolution!.request.datacenter).toBe('azure-northeurope');
  });
});

describe('<jurisdiction-map> keyboard and screen readers', () => {
  it("draws the date slider's focus ring clear of the date label above it", async () => {
    // A hands-on review saw the ring (3 px, 2 px away) cut the label's letters.
    const el = await mount({ 'as-of': '2014-06-01' }, { width: 1400, height: 700 });
    const root = el.shadowRoot!;
    const slider = root.querySelector<HTMLInputElement>('input[type="range"]')!;
    slider.focus();
    const style = getComputedStyle(slider);
    const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    const label = root.querySelector('#jm-date-label')!.getBoundingClientRect();
    expect(slider.getBoundingClientRect().top - ring).toBeGreaterThanOrEqual(label.bottom);
  });

  it('at twice the text size, stacks the panel under the map rather than widen the frame', async () => {
    // A review's finding: the breakpoints were in px, so 200 % text (a reader's font setting)
    // kept the two columns and the frame grew to 1,849 px in 1,280, the panel out of sight.
    const el = await mount({ 'as-of': '2019-06-01' }, { width: 1280, height: 800 });
    el.style.fontSize = '32px';
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    await el.updateComplete;
    const frame = el.shadowRoot!.querySelector<HTMLElement>('.frame')!;
    expect(frame.scrollWidth).toBeLessThanOrEqual(frame.clientWidth + 1);
    const map = el.shadowRoot!.querySelector('.stage')!.getBoundingClientRect();
    const panel = el.shadowRoot!.querySelector('.panel')!.getBoundingClientRect();
    expect(panel.top).toBeGreaterThanOrEqual(map.bottom - 1);
    // At the usual 16 px the same width keeps the two columns.
    el.style.fontSize = '16px';
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const wide = el.shadowRoot!.querySelector('.panel')!.getBoundingClientRect();
    expect(wide.left).toBeGreaterThanOrEqual(
      el.shadowRoot!.querySelector('.stage')!.getBoundingClientRect().right - 1,
    );
  });

  it('keeps an open legend clear of the zoom buttons on the smallest map', async () => {
    // A review's finding: at 320 × 200 (a 1,280 × 800 page at 400 % zoom) the open legend lay
    // over Zoom out and Reset zoom, which could not be clicked.
    // (Its longest line, the providers' filter, as wide as the map allows.)
    const el = await mount(
      { 'as-of': '2019-06-01', controls: 'none', panel: 'none', providers: 'azure,aws,gcp' },
      { width: 320, height: 240 },
    );
    const legend = el.shadowRoot!.querySelector<HTMLDetailsElement>('.legend')!;
    legend.open = true;
    await el.updateComplete;
    const right = legend.getBoundingClientRect().right;
    const buttons = el.shadowRoot!.querySelector('.zoom-buttons')!.getBoundingClientRect();
    expect(right).toBeLessThanOrEqual(buttons.left);
  });

  it("draws the map's focus ring inside the map, over everything drawn in it", async () => {
    // A hands-on review saw no ring at all on the map's tab stop: it was drawn 2 px outside the
    // map, and the frame, which scrolls, clipped it; drawn inside, the map, the caption and the
    // buttons covered it.
    const el = await mount({ scenario: 'microsoft-ireland', controls: 'none', panel: 'none' });
    const stage = el.shadowRoot!.querySelector<HTMLElement>('.stage')!;
    stage.focus({ focusVisible: true } as FocusOptions);
    expect(stage.matches(':focus-visible')).toBe(true);
    const ring = getComputedStyle(stage, '::after');
    expect(ring.borderTopStyle).toBe('solid');
    expect(parseFloat(ring.borderTopWidth)).toBeGreaterThanOrEqual(2);
    // Within the stage's box, on all four sides...
    expect([ring.top, ring.right, ring.bottom, ring.left]).toEqual(['0px', '0px', '0px', '0px']);
    // ...and above every part drawn in it (the map, the caption, the buttons, a message).
    const layers = [...stage.querySelectorAll('*')].map((e) => getComputedStyle(e).zIndex);
    const top = Math.max(...layers.map((z) => (z === 'auto' ? 0 : Number(z))));
    expect(top).toBeGreaterThan(0);
    expect(Number(ring.zIndex)).toBeGreaterThan(top);
  });

  it('puts all markers behind one tab stop and moves between them with arrow keys', async () => {
    const el = await mount({ 'as-of': '2019-06-01' });
    const stops = $$(el, '.marker[tabindex="0"]');
    expect(stops).toHaveLength(1);
    const first = stops[0] as SVGGElement;
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await el.updateComplete;
    await el.updateComplete;
    const now = el.shadowRoot!.activeElement as SVGGElement;
    expect(now.classList.contains('marker')).toBe(true);
    expect(now).not.toBe(first);
    expect($$(el, '.marker[tabindex="0"]')).toEqual([now]);
    now.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await el.updateComplete;
    expect(el.datacenter).toBe(now.dataset.id);
    // Selected, it is drawn on top of its neighbours, and keeps the focus.
    expect(el.shadowRoot!.activeElement).toBe(now);
  });

  it('a tap selects the marker the finger touched, though the browser moves its click onto a neighbour', async () => {
    const el = await mount({ 'as-of': '2019-06-01' }, { width: 390, height: 700 });
    // Two neighbours: the finger on the first, the click (touch adjustment) on the second.
    const [touched, neighbour] = nearestMarkers(el);
    const at = { bubbles: true, composed: true };
    touched.dispatchEvent(
      new PointerEvent('pointerdown', { ...at, ...centreOf(touched), pointerType: 'touch' }),
    );
    neighbour.dispatchEvent(new MouseEvent('click', { ...at, ...centreOf(neighbour), detail: 1 }));
    await el.updateComplete;
    expect(el.datacenter).toBe(touched.dataset.id);
    // A mouse's click is where the mouse is.
    neighbour.dispatchEvent(
      new PointerEvent('pointerdown', { ...at, ...centreOf(neighbour), pointerType: 'mouse' }),
    );
    neighbour.dispatchEvent(new MouseEvent('click', { ...at, ...centreOf(neighbour), detail: 1 }));
    await el.updateComplete;
    expect(el.datacenter).toBe(neighbour.dataset.id);
  });

  it('a click selects the marker whose tooltip the hover showed, while it is within its reach', async () => {
    const el = await mount({ 'as-of': '2019-06-01' }, { width: 390, height: 700 });
    const root = el.shadowRoot!;
    // Two neighbouring markers; the hover a little nearer the first, the click a little nearer
    // the second (as a click's whole pixels can be, after the hover's fractions). Both beside
    // the line between them, off both shapes (which nearly touch) but within the hit area, where
    // no third marker is nearer: the closest such pair of the crowd in Europe.
    const markers = $$<SVGGElement>(el, '.marker[data-id]');
    const distance = (a: SVGGElement, at: { clientX: number; clientY: number }) =>
      Math.hypot(centreOf(a).clientX - at.clientX, centreOf(a).clientY - at.clientY);
    const nearest = (at: { clientX: number; clientY: number }) =>
      markers.reduce((a, b) => (distance(b, at) < distance(a, at) ? b : a));
    type Point = { clientX: number; clientY: number };
    const inReach = (point: Point, marker: SVGGElement) =>
      root.elementFromPoint(point.clientX, point.clientY)?.classList.contains('hit-area') &&
      nearest(point) === marker;
    const pairs = markers
      .flatMap((a) => markers.map((b) => [a, b, distance(a, centreOf(b))] as const))
      .filter(([a, b, d]) => a !== b && d < 12)
      .sort((x, y) => x[2] - y[2]);
    let found: [SVGGElement, SVGGElement, (f: number) => Point] | undefined;
    for (const [a, b] of pairs) {
      const [p, q] = [centreOf(a), centreOf(b)];
      const [ux, uy] = [q.clientX - p.clientX, q.clientY - p.clientY];
      for (const side of [0.6, -0.6, 0.8, -0.8]) {
        const at = (f: number) => ({
          clientX: p.clientX + ux * f - uy * side,
          clientY: p.clientY + uy * f + ux * side,
        });
        if (!found && inReach(at(0.45), a) && inReach(at(0.55), b)) found = [a, b, at];
      }
      if (found) break;
    }
    expect(found, 'two markers with a point beside them in the hit area only').toBeDefined();
    const [first, second, along] = found!;
    const fire = (type: string, at: { clientX: number; clientY: number }) => {
      const under = root.elementFromPoint(at.clientX, at.clientY)!;
      const init = { bubbles: true, composed: true, detail: 1, pointerType: 'mouse', ...at };
      under.dispatchEvent(
        type === 'click' ? new MouseEvent(type, init) : new PointerEvent(type, init),
      );
    };
    // Without a hover, the click is the nearest marker's.
    fire('click', along(0.55));
    await el.updateComplete;
    expect(el.datacenter).toBe(second.dataset.id);
    fire('pointerover', along(0.45));
    await el.updateComplete;
    expect($(el, '.tooltip')!.textContent!.trim()).toBe(first.getAttribute('aria-label'));
    fire('click', along(0.55));
    await el.updateComplete;
    expect(el.datacenter).toBe(first.dataset.id);
  });

  it("a click or hover on a marker's shape is that marker's, where a neighbour's larger hit area lies on top", async () => {
    // On a phone the markers are small and close: each one's invisible hit area (larger than its
    // shape) overlaps its neighbours', and the one drawn later lies on top.
    const el = await mount({ 'as-of': '2019-06-01' }, { width: 390, height: 700 });
    const root = el.shadowRoot!;
    const covered = $$(el, '.marker[data-id]').flatMap((m) => {
      const box = m.querySelector('.shape')!.getBoundingClientRect();
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      const top = root.elementFromPoint(x, y)?.closest<SVGGElement>('.marker[data-id]');
      return top && top !== m ? [{ marker: m as SVGGElement, top, x, y }] : [];
    });
    // The built-in data has such places at this size (the test needs one).
    expect(covered.length).toBeGreaterThan(0);
    const { marker, top, x, y } = covered[0]!;
    top.dispatchEvent(
      new PointerEvent('pointerover', { bubbles: true, composed: true, clientX: x, clientY: y }),
    );
    await el.updateComplete;
    expect($(el, '.tooltip')!.textContent!.trim()).toBe(marker.getAttribute('aria-label'));
    const selected = new Promise<CustomEvent>((r) =>
      el.addEventListener('jm-select', (e) => r(e as CustomEvent), { once: true }),
    );
    // A real press focuses the element under the pointer before the click.
    top.focus();
    top.dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y, detail: 1 }),
    );
    expect((await selected).detail.id).toBe(marker.dataset.id);
    await el.updateComplete;
    // The chosen marker has the focus and the tooltip, not the one whose hit area was on top.
    expect(root.activeElement).toBe(marker);
    expect($(el, '.tooltip')!.textContent!.trim()).toBe(marker.getAttribute('aria-label'));
  });

  it("puts the answer's countries behind one tab stop and moves between them with arrow keys", async () => {
    const el = await mount({ 'as-of': '2019-06-01' });
    const stops = $$(el, '.outline[tabindex="0"]');
    expect(stops).toHaveLength(1);
    const first = stops[0] as SVGPathElement;
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await el.updateComplete;
    await el.updateComplete;
    // The focus moves with the tab stop, to the next country of the answer.
    const now = el.shadowRoot!.activeElement as SVGPathElement;
    expect(now.classList.contains('outline')).toBe(true);
    expect(now.dataset.jurisdiction).not.toBe(first.dataset.jurisdiction);
    expect($$(el, '.outline[tabindex="0"]')).toEqual([now]);
    const selected = new Promise<CustomEvent>((r) =>
      el.addEventListener('jm-select', (e) => r(e as CustomEvent), { once: true }),
    );
    now.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect((await selected).detail).toEqual({ kind: 'country', id: now.dataset.jurisdiction });
  });

  it('takes the keyboard to Singapore and Hong Kong, which have data centers but no shape on the map', async () => {
    // Too small for the 1:110m map: the keyboard's list and typed names skipped them, and
    // their details (their treaties, their five data centers) opened only from a link.
    const el = await mount({ datacenter: 'aws-ap-southeast-1', 'as-of': '2019-06-01' });
    const focused = () => el.shadowRoot!.activeElement as SVGPathElement;
    const outlines = $$<SVGPathElement>(el, '.outline').map((o) => o.dataset.jurisdiction);
    // In the answer's countries, as the data's place.
    expect(outlines).toContain('SG');
    $<SVGPathElement>(el, '.outline[tabindex="0"]')!.focus();
    while (focused().dataset.jurisdiction !== 'SG') {
      const before = focused().dataset.jurisdiction;
      await userEvent.keyboard('{ArrowRight}');
      await vi.waitFor(() => expect(focused().dataset.jurisdiction).not.toBe(before));
      expect(outlines).toContain(focused().dataset.jurisdiction);
    }
    // A ring around its place: focusable, drawn in the focus colour.
    expect(focused().getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+a/);
    expect(getComputedStyle(focused()).stroke).not.toBe('none');
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect($(el, '#country-heading')?.textContent).toMatch(/Singapore/));
    await vi.waitFor(() =>
      expect(
        Number(
          $(el, 'g.zoom-layer')!
            .getAttribute('transform')
            ?.match(/scale\(([\d.]+)\)/)?.[1],
        ),
      ).toBeGreaterThan(4),
    );
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(focused().dataset.jurisdiction).toBe('SG'));
    // And by name, like any country.
    await userEvent.keyboard('{Escape}');
    await userEvent.keyboard('hong');
    await vi.waitFor(() => expect(focused().dataset.jurisdiction).toBe('HK'));
    expect(focused().getAttribute('aria-label')).toMatch(/^Hong Kong/);
    // A pointer opens Singapore's details by its name on the map (it has no shape to click).
    const closed = await mount({ datacenter: 'aws-ap-southeast-1', 'as-of': '2019-06-01' });
    const name = $$(closed, 'g.labels text.label').find((t) => t.textContent === 'Singapore')!;
    await userEvent.click(name);
    await vi.waitFor(() => expect($(closed, '#country-heading')?.textContent).toMatch(/Singapore/));
  });

  it('keeps a name typed on the countries across Shift and a dead key (a capital, an accent)', async () => {
    // The reader review's finding: "côte" typed on a French keyboard, whose ô is a dead key and
    // then o, went to Oman: the dead key ended the name. Shift for a capital did the same.
    const el = await mount({ 'as-of': '2019-06-01' });
    const focused = () => el.shadowRoot!.activeElement as SVGPathElement;
    $<SVGPathElement>(el, '.outline[tabindex="0"]')!.focus();
    await userEvent.keyboard('united {Shift>}K{/Shift}');
    await vi.waitFor(() => expect(focused().dataset.jurisdiction).toBe('GB'));
    await userEvent.keyboard('{ArrowRight}');
    // The keys as that keyboard sends them (a test's keyboard has no dead keys).
    for (const key of ['c', 'Dead', 'ô', 't', 'e']) {
      focused().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      await el.updateComplete;
    }
    await vi.waitFor(() => expect(focused().dataset.jurisdiction).toBe('CI'));
  });

  it('takes the keyboard to any country, as a click on its shape: typing its name, or arrows past the answer', async () => {
    // A pointer opens any country's details; the keyboard reached only the answer's countries.
    const el = await mount({ 'as-of': '2019-06-01' });
    const answer = $$<SVGPathElement>(el, '.outline').map((o) => o.dataset.jurisdiction);
    expect(answer).not.toContain('BR');
    const focused = () => el.shadowRoot!.activeElement as SVGPathElement;
    $<SVGPathElement>(el, '.outline[tabindex="0"]')!.focus();
    await userEvent.keyboard('bra');
    await vi.waitFor(() => expect(focused().dataset.jurisdiction).toBe('BR'));
    expect(focused().getAttribute('aria-label')).toMatch(/^Brazil/);
    expect($$(el, '.outline[tabindex="0"]')).toEqual([focused()]);
    // Its tooltip, not that of the B country the first letter went to.
    await vi.waitFor(() => expect($(el, '.tooltip')?.textContent?.trim()).toMatch(/^Brazil/));
    const selected = new Promise<CustomEvent>((r) =>
      el.addEventListener('jm-select', (e) => r(e as CustomEvent), { once: true }),
    );
    await userEvent.keyboard('{Enter}');
    expect((await selected).detail).toEqual({ kind: 'country', id: 'BR' });
    await vi.waitFor(() => expect($(el, '#country-heading')?.textContent).toMatch(/Brazil/));
    await userEvent.keyboard('{Escape}');
    // Back on Brazil (Enter ended the typed name), one letter steps to the next country with it.
    await vi.waitFor(() => expect(focused().dataset.jurisdiction).toBe('BR'));
    await userEvent.keyboard('b');
    await vi.waitFor(() => expect(focused().dataset.jurisdiction).not.toBe('BR'));
    expect(focused().getAttribute('aria-label')).toMatch(/^B/);
    // Home goes back to the answer's first; arrows leave the answer's last for the others.
    await userEvent.keyboard('{Home}');
    await vi.waitFor(() => expect(focused().dataset.jurisdiction).toBe(answer[0]));
    for (let i = 0; i < answer.length; i++) await userEvent.keyboard('{ArrowRight}');
    await vi.waitFor(() => expect(answer).not.toContain(focused().dataset.jurisdiction));
    // A space or a hyphen within a name is part of it: it neither opens the details of the
    // country reached so far ("united" is the United Arab Emirates) nor zooms out.
    const zoom = () => $(el, 'g.zoom-layer')!.getAttribute('transform') ?? '';
    await userEvent.keyboard('{Escape}');
    await userEvent.keyboard('united k');
    await vi.waitFor(() => expect(focused().dataset.jurisdiction).toBe('GB'));
    expect($(el, '#country-heading')).toBeNull();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Escape}');
    // (Once the zoom is back from the United Kingdom's details.)
    await steady(zoom);
    const before = zoom();
    await userEvent.keyboard('guinea-b');
    await vi.waitFor(() => expect(focused().getAttribute('aria-label')).toMatch(/^Guinea-Bissau/));
    expect(zoom()).toBe(before);
    // A new answer leaves the keyboard where it is, on a country outside it too.
    el.setAttribute('as-of', '2020-06-01');
    await el.updateComplete;
    await el.updateComplete;
    expect(focused().getAttribute('aria-label')).toMatch(/^Guinea-Bissau/);
  });

  it("opens a country's details from its country attribute, and reflects a reader's choice to it", async () => {
    // A link or a page can open them (?country=BR); a reader's choice is written back, so a
    // copied link keeps it.
    const el = await mount({ 'as-of': '2019-06-01', country: 'BR' });
    await vi.waitFor(() => expect($(el, '#country-heading')?.textContent).toMatch(/Brazil/));
    await vi.waitFor(() =>
      expect($(el, 'g.zoom-layer')!.getAttribute('transform')).not.toMatch(/scale\(1\)$/),
    );
    expect(new URL(el.shareLink('https://example.org/')).searchParams.get('country')).toBe('BR');
    expect(el.embedCode()).toContain('country="BR"');
    // A reader's Escape closes them and empties the attribute; a reader's choice sets it.
    $<HTMLElement>(el, '#country-heading')!.focus();
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(el.hasAttribute('country') && el.country).toBeFalsy());
    expect($(el, '#country-heading')).toBeNull();
    const outline = $<SVGPathElement>(el, '.outline[tabindex="0"]')!;
    outline.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.getAttribute('country')).toBe(outline.dataset.jurisdiction);
    // A page that empties it closes them.
    el.setAttribute('country', '');
    await vi.waitFor(() => expect($(el, '#country-heading')).toBeNull());
  });

  it("closes a country's details opened by a click with Escape, the focus still on the map", async () => {
    // The reader review's finding: after a click on a country the focus is on the map, and
    // Escape closed the details only from inside them.
    const el = await mount({ 'as-of': '2019-06-01' });
    await userEvent.click($(el, 'path.country[data-jurisdiction="BR"]')!, { force: true });
    await vi.waitFor(() => expect($(el, '#country-heading')?.textContent).toMatch(/Brazil/));
    expect(el.shadowRoot!.activeElement?.closest('.stage')).not.toBeNull();
    // The pointer leaves the map, onto a spot laid over it: resting over Brazil after the click,
    // its hover showed Brazil's tooltip on a loaded machine, which took the first Escape, as
    // designed (measured: "unhover" moved it over Chile, whose tooltip then did the same).
    const away = document.createElement('div');
    away.style.cssText = 'position: fixed; left: 0; top: 0; width: 8px; height: 8px; z-index: 9';
    document.body.append(away);
    await userEvent.hover(away);
    await vi.waitFor(() => expect($(el, '.tooltip')).toBeNull());
    await userEvent.keyboard('{Escape}');
    // (On a loaded machine the details took over the 1 s a wait gives by default to close.)
    await vi.waitFor(() => expect($(el, '#country-heading')).toBeNull(), { timeout: 5000 });
    expect(el.hasAttribute('country') && el.country).toBeFalsy();
    away.remove();
  });

  it("closes a country's details when the story moves to another step, and keeps them from a link", async () => {
    // A link that sets the step and the country together shows both.
    const el = await mount({ scenario: 'microsoft-ireland', step: '2', country: 'BR' });
    await vi.waitFor(() => expect($(el, '#country-heading')?.textContent).toMatch(/Brazil/));
    // The next step is a new scene: Brazil's details were left above an answer about Ireland.
    el.setAttribute('step', '3');
    await vi.waitFor(() => expect($(el, '#country-heading')).toBeNull());
    expect(el.hasAttribute('country') && el.country).toBeFalsy();
    // The step frames the map as it does without the details: the same zoom as a fresh map's.
    const zoom = () => $(el, 'g.zoom-layer')!.getAttribute('transform') ?? '';
    await steady(zoom);
    const fresh = await mount({ scenario: 'microsoft-ireland', step: '3' });
    await steady(() => $(fresh, 'g.zoom-layer')!.getAttribute('transform') ?? '');
    expect(zoom()).toBe($(fresh, 'g.zoom-layer')!.getAttribute('transform'));
  });

  it('gives the map back the keyboard when a new step closes the details it was in', async () => {
    // In an embed, a clicker's next key found no focus and did nothing.
    const el = await mount({ scenario: 'microsoft-ireland', step: '2', country: 'BR' });
    await vi.waitFor(() => expect($(el, '#country-heading')).not.toBeNull());
    $<HTMLElement>(el, '#country-heading')!.focus();
    el.setAttribute('step', '3');
    await vi.waitFor(() => expect($(el, '#country-heading')).toBeNull());
    await vi.waitFor(() =>
      expect(el.shadowRoot!.activeElement?.matches('.stage, .outline')).toBe(true),
    );
    // The next key works from there.
    await userEvent.keyboard('{ArrowRight}');
    await vi.waitFor(() => expect(el.getAttribute('step')).toBe('4'));
  });

  it("frames a selected country's main part whole, with its data centers, below a step's caption", async () => {
    // A fixed box around its label cut Brazil and left São Paulo's data centers at the edge.
    const builtIn = createWorld();
    const transform = (m: JurisdictionMap) => $(m, 'g.zoom-layer')!.getAttribute('transform') ?? '';
    for (const [attributes, width] of [
      [{ country: 'BR' }, 1000],
      // A wider map zoomed closer into the fixed box: Brazil overflowed it.
      [{ country: 'BR' }, 1440],
      [{ country: 'BR', scenario: 'microsoft-ireland', step: '3' }, 1000],
      [{ country: 'US' }, 1000],
    ] as const) {
      const el = await mount(attributes, { width, height: 600 });
      await vi.waitFor(() => expect($(el, '#country-heading')).not.toBeNull());
      await steady(() => transform(el));
      const area = $(el, '.map-area')!.getBoundingClientRect();
      const top = $(el, '.caption')?.getBoundingClientRect().bottom ?? area.top;
      const id = attributes.country;
      const shape = $<SVGPathElement>(el, `path.country[data-jurisdiction="${id}"]`)!;
      const part = shape.getBoundingClientRect();
      const label = `${JSON.stringify(attributes)} at ${width} px`;
      // Brazil whole, and still a zoom: it fills much of the map. (The United States' path has
      // Alaska, off to the side: the zoom fits the lower 48, where its data centers are.)
      if (id === 'BR') {
        expect(part.left, label).toBeGreaterThanOrEqual(area.left);
        expect(part.right, label).toBeLessThanOrEqual(area.right);
        expect(part.top, label).toBeGreaterThanOrEqual(top);
        expect(part.bottom, label).toBeLessThanOrEqual(area.bottom);
        expect(part.height, label).toBeGreaterThan(area.height * 0.6);
      }
      const own = $$<SVGGElement>(el, '.marker[data-id]').filter(
        (m) => builtIn.datacenters.get(m.dataset.id!)?.country === id,
      );
      expect(own.length, label).toBeGreaterThan(0);
      for (const m of own) {
        const r = m.getBoundingClientRect();
        expect(
          r.left > area.left && r.right < area.right && r.top > top && r.bottom < area.bottom,
          `${label} ${m.dataset.id}`,
        ).toBe(true);
      }
      el.parentElement!.remove();
    }
    // An open legend covers the map's bottom: the country is framed above it (Brazil's south
    // and Australia's south coast lay under it at 1440 px).
    for (const [id, width, height] of [
      ['BR', 1440, 900],
      ['AR', 1440, 900],
      // A phone's open legend covers half of its map (157 of 292 px).
      ['AU', 390, 844],
    ] as const) {
      const el = await mount({}, { width, height });
      const legend = $<HTMLDetailsElement>(el, '.legend')!;
      if (!legend.open) $<HTMLElement>(el, '.legend summary')!.click();
      await vi.waitFor(() => expect($(el, '.legend[open] li')).not.toBeNull());
      el.setAttribute('country', id);
      await vi.waitFor(() => expect($(el, '#country-heading')).not.toBeNull());
      await steady(() => transform(el));
      const part = $(el, `path.country[data-jurisdiction="${id}"]`)!.getBoundingClientRect();
      const area = $(el, '.map-area')!.getBoundingClientRect();
      expect(part.top, id).toBeGreaterThanOrEqual(area.top);
      expect(part.bottom, id).toBeLessThanOrEqual(legend.getBoundingClientRect().top + 0.5);
      el.parentElement!.remove();
    }
    // A country with no place on the map (Malta: no shape, no data center) opened after
    // another leaves that one's zoom: the map goes back to where it was before either.
    const before = await mount({}, { width: 1000, height: 600 });
    before.setAttribute('country', 'FR');
    await vi.waitFor(() => expect($(before, '#country-heading')?.textContent).toMatch(/France/));
    await steady(() => transform(before));
    expect(transform(before)).not.toMatch(/scale\(1\)$/);
    before.setAttribute('country', 'MT');
    await vi.waitFor(() => expect($(before, '#country-heading')?.textContent).toMatch(/Malta/));
    await steady(() => transform(before));
    expect(transform(before)).toMatch(/^translate\(-?0,-?0\) scale\(1\)$/);
    before.parentElement!.remove();
    // A small country zooms as close on a phone as on a desktop (a fixed box in pixels zoomed
    // Luxembourg 6× on a desktop and 2.6× on a phone, where it stayed a speck).
    for (const width of [390, 1440]) {
      const el = await mount({ country: 'LU' }, { width, height: 700 });
      await vi.waitFor(() => expect($(el, '#country-heading')).not.toBeNull());
      await steady(() => transform(el));
      const k = Number(transform(el).match(/scale\(([\d.]+)\)/)?.[1]);
      expect(k, `${width} px`).toBeGreaterThan(5);
      expect(k, `${width} px`).toBeLessThan(8);
      el.parentElement!.remove();
    }
  });

  it('zooms to the country a link names with a step, and closing it comes back to the step', async () => {
    const transform = (m: JurisdictionMap) => $(m, 'g.zoom-layer')!.getAttribute('transform') ?? '';
    const scale = (m: JurisdictionMap) => Number(transform(m).match(/scale\(([\d.]+)\)/)?.[1] ?? 1);
    const step = await mount({ scenario: 'microsoft-ireland', step: '3' });
    await steady(() => transform(step));
    const el = await mount({ scenario: 'microsoft-ireland', step: '3', country: 'ES' });
    await vi.waitFor(() => expect($(el, '#country-heading')?.textContent).toMatch(/Spain/));
    await steady(() => transform(el));
    // Spain is smaller than the step's path from Washington to Dublin: a closer zoom.
    expect(scale(el)).toBeGreaterThan(scale(step) * 1.3);
    $<HTMLElement>(el, '#country-heading')!.focus();
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect($(el, '#country-heading')).toBeNull());
    await steady(() => transform(el));
    expect(transform(el)).toBe(transform(step));
  });

  it("draws the edges of parties, the data's country and the selected one over all the land, and rings the pointer's country above its hatching", async () => {
    // On their own paths, a neighbour drawn later covered them (Croatia's edge against Serbia,
    // France's against Switzerland); moving the paths instead stopped their colour fading.
    const el = await mount({
      'request-type': 'mlat',
      requester: 'DE',
      'as-of': '2019-06-01',
      country: 'FR',
    });
    await vi.waitFor(() => expect($(el, '#country-heading')).not.toBeNull());
    const base = $(el, 'g.base')!;
    const order = [...base.children].map((c) => c.getAttribute('class'));
    // Land, edges, hatching, the selected country's edge (the hatching hid most of it), ring.
    expect(order.indexOf('edges')).toBe(order.indexOf('countries') + 1);
    expect(order.indexOf('hatches')).toBe(order.indexOf('edges') + 1);
    expect(order.indexOf('selected-edge')).toBe(order.indexOf('hatches') + 1);
    expect(order.indexOf('hover-ring')).toBe(order.indexOf('selected-edge') + 1);
    const edges = $$(el, 'g.edges path');
    const looks = edges.map((e) => e.getAttribute('class'));
    expect(looks).toContain('edge party');
    expect(looks).toContain('edge data');
    const rank = (look: string | null) => ['edge party', 'edge data'].indexOf(look!);
    expect(looks.map(rank)).toEqual(looks.map(rank).sort((a, b) => a - b));
    // Only where the parties' own fill shows: not on the requester (Germany), whose strong fill
    // needs none, and where a party edge read as a treaty for its own law.
    expect($(el, 'path.country.requester.party')).not.toBeNull();
    expect($(el, 'g.edges path[data-jurisdiction="DE"]')).toBeNull();
    const france = $<SVGPathElement>(el, 'path.country[data-jurisdiction="FR"]')!;
    expect($(el, 'g.selected-edge path.edge.focused')!.getAttribute('d')).toBe(
      france.getAttribute('d'),
    );
    // On the requester's own blue, the focus blue alone was 1.2:1: a halo carries it.
    el.setAttribute('country', 'DE');
    await vi.waitFor(() => expect($(el, '#country-heading')?.textContent).toMatch(/Germany/));
    const fill = getComputedStyle($(el, 'path.country[data-jurisdiction="DE"]')!).fill;
    const focus = getComputedStyle($(el, 'g.selected-edge path.edge.focused')!).stroke;
    const halo = getComputedStyle($(el, 'g.selected-edge path.edge.focused-halo')!).stroke;
    expect(Math.max(contrast(focus, fill), contrast(halo, fill))).toBeGreaterThanOrEqual(3);
    // The countries stay where they are, and a country that joins the parties fades into their
    // colour (a CSS transition, which a moved path lost).
    const ids = () =>
      $$(el, 'path.country')
        .map((p) => p.getAttribute('data-jurisdiction'))
        .join();
    const before = ids();
    el.setAttribute('as-of', '2001-01-01');
    await el.updateComplete;
    // (A frame with the old colours, so that the new ones are a change to fade from.)
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    el.setAttribute('as-of', '2019-06-01');
    await el.updateComplete;
    await el.updateComplete;
    expect(ids()).toBe(before);
    const faded = $$<SVGPathElement>(el, 'path.country.party').filter(
      (p) => p.getAnimations().length,
    );
    expect(faded.length).toBeGreaterThan(0);
    // The pointer's country: outlined above the land and the hatching, gone when it leaves.
    const ring = $(el, '.hover-ring')!;
    const hatched = $$<SVGPathElement>(el, 'path.country').find((p) => p.matches('.data'))!;
    hatched.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    expect(ring.getAttribute('d')).toBe(hatched.getAttribute('d'));
    expect(getComputedStyle(ring).pointerEvents).toBe('none');
    hatched.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, composed: true }));
    expect(ring.hasAttribute('d')).toBe(false);
  });

  it('draws and lists only the data centers of the providers asked for, and the one a request names', async () => {
    const el = await mount({ 'as-of': '2019-06-01', providers: 'aws, gcp' });
    const ids = (selector: string, read: (e: Element) => string | null) =>
      $$(el, selector).map(read);
    const marked = () => ids('.marker[data-id]', (m) => m.getAttribute('data-id'));
    const providerOf = (id: string | null) => id!.split('-')[0];
    // Azure's Dublin region is the request's: it stays, alone of Azure's.
    await vi.waitFor(() => expect(marked()).toContain('azure-northeurope'));
    expect(new Set(marked().map(providerOf))).toEqual(new Set(['aws', 'gcp', 'azure']));
    expect(marked().filter((id) => providerOf(id) === 'azure')).toEqual(['azure-northeurope']);
    expect(marked().length).toBeLessThan(createWorld().datacenters.size);
    // A reader is told, even with the legend closed, and a screen reader with the markers.
    const note = 'data centers of Amazon Web Services and Google only';
    expect($(el, '.legend summary')!.textContent).toContain(note);
    expect($(el, 'g.markers')!.getAttribute('aria-label')).toContain(note);
    // The picker, the table and the CSV list the same.
    $<HTMLInputElement>(el, 'input[list="jm-datacenters"]')!.focus();
    await vi.waitFor(() => expect($$(el, '#jm-datacenters option').length).toBe(marked().length));
    const csv = (await (await el.exportTable()).text()).trimEnd().split('\r\n').slice(1);
    expect(csv.map((line) => line.split(',')[0]).sort()).toEqual([...marked()].sort());
    const count = marked().length;
    $<HTMLButtonElement>(el, '.controls button[aria-pressed]')!.click();
    await el.updateComplete;
    expect($$(el, 'tbody tr').length).toBe(count);
    expect($(el, 'caption')!.textContent).toContain(note);
    $<HTMLButtonElement>(el, '.controls button[aria-pressed]')!.click();
    await el.updateComplete;
    // A link or an embed keeps the filter.
    expect(new URL(el.shareLink('https://example.org/')).searchParams.get('providers')).toBe(
      'aws, gcp',
    );
    // Another data center chosen: Dublin goes, the new one shows.
    el.setAttribute('datacenter', 'aws-eu-west-1');
    await vi.waitFor(() => expect(marked()).not.toContain('azure-northeurope'));
    expect(new Set(marked().map(providerOf))).toEqual(new Set(['aws', 'gcp']));
    // No filter: every data center again.
    el.removeAttribute('providers');
    await vi.waitFor(() => expect(marked().length).toBe(createWorld().datacenters.size));
    expect($(el, '.legend summary')!.textContent).not.toContain('only');
  });

  it('names a provider the data does not have, and keeps the others it was given', async () => {
    const el = await mount({ 'as-of': '2019-06-01' });
    const errors: CustomEvent[] = [];
    el.addEventListener('jm-error', (e) => errors.push(e as CustomEvent));
    el.setAttribute('providers', 'gcp amazon');
    await el.updateComplete;
    await el.updateComplete;
    expect(errors.map((e) => e.detail.source)).toEqual(['providers']);
    expect($(el, '.error')!.textContent).toContain('"amazon"');
    const marked = $$(el, '.marker[data-id]').map((m) => m.getAttribute('data-id')!);
    expect(marked.filter((id) => !id.startsWith('gcp-'))).toEqual(['azure-northeurope']);
    el.setAttribute('providers', 'gcp aws');
    await vi.waitFor(() => expect($(el, '.error')).toBeNull());
  });

  it('keeps a marker in the keyboard’s reach when the providers change, and the focus on the one it selects', async () => {
    const el = await mount({ 'as-of': '2019-06-01', providers: 'yandex' });
    const tabStops = () => $$<SVGGElement>(el, '.marker[data-id][tabindex="0"]');
    await vi.waitFor(() => expect(tabStops()).toHaveLength(1));
    // Enter on Yandex's marker: the request names it, Azure's Dublin leaves the map and the
    // markers are made anew; the focus stayed on none of them.
    tabStops()[0]!.focus();
    const on = () => el.shadowRoot!.activeElement?.getAttribute('data-id');
    if (on() !== 'yandex-ru-central1') await userEvent.keyboard('{ArrowRight}');
    await vi.waitFor(() => expect(on()).toBe('yandex-ru-central1'));
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(el.datacenter).toBe('yandex-ru-central1'));
    await vi.waitFor(() => expect($(el, '.marker[data-id="azure-northeurope"]')).toBeNull());
    await vi.waitFor(() =>
      expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).toBe('yandex-ru-central1'),
    );
    // Another filter without the keyboard's marker: the tab stop moves to a drawn one.
    el.setAttribute('datacenter', 'gcp-europe-west1');
    el.setAttribute('providers', 'gcp');
    await vi.waitFor(() => expect($(el, '.marker[data-id="yandex-ru-central1"]')).toBeNull());
    await el.updateComplete;
    expect(tabStops().map((m) => m.getAttribute('data-id'))).toEqual(['gcp-europe-west1']);
  });

  it('keeps the providers it showed when none of the new ones is known, names them all, and says it in the reader’s language', async () => {
    const el = await mount({ 'as-of': '2019-06-01', providers: 'aws' });
    const providersOf = () =>
      new Set($$(el, '.marker[data-id]').map((m) => m.getAttribute('data-id')!.split('-')[0]));
    await vi.waitFor(() => expect(providersOf()).toEqual(new Set(['aws', 'azure'])));
    el.setAttribute('providers', 'AWS, amazon');
    await vi.waitFor(() => expect($(el, '.error')?.textContent).toContain('"AWS", "amazon"'));
    expect(providersOf()).toEqual(new Set(['aws', 'azure']));
    // "AWS" is "aws" in another case: the message points at it (ids match exactly, as HTML's do).
    expect($(el, '.error')!.textContent).toContain('(did you mean "aws")');
    el.setAttribute('lang', 'fr');
    await vi.waitFor(() => expect($(el, '.error')?.textContent).toContain('aucun fournisseur'));
    expect($(el, '.error')!.textContent).toContain('(peut-être «\u00a0aws\u00a0»)');
    // Each id in French quotes (the English ones were left between them: « AWS", "amazon »).
    expect($(el, '.error')!.textContent).toContain('«\u00a0AWS\u00a0», «\u00a0amazon\u00a0»');
  });

  it('names a country attribute the data does not have, and keeps the details shown', async () => {
    const el = await mount({ 'as-of': '2019-06-01', country: 'IE' });
    await vi.waitFor(() => expect($(el, '#country-heading')?.textContent).toMatch(/Ireland/));
    const errors: CustomEvent[] = [];
    el.addEventListener('jm-error', (e) => errors.push(e as CustomEvent));
    el.setAttribute('country', 'XX');
    await el.updateComplete;
    await el.updateComplete;
    expect(errors.map((e) => e.detail.source)).toEqual(['country']);
    expect($(el, '.error')!.textContent).toContain('"XX"');
    expect($(el, '.error')!.textContent).not.toContain('did you mean');
    expect($(el, '#country-heading')!.textContent).toMatch(/Ireland/);
    el.setAttribute('country', 'br');
    await vi.waitFor(() =>
      expect($(el, '.error')?.textContent).toContain('"br" (did you mean "BR")'),
    );
    expect(new URL(el.shareLink('https://example.org/')).searchParams.get('country')).toBe('IE');
    // Corrected, the message goes; and so it does when the attribute is removed.
    el.setAttribute('country', 'BR');
    await vi.waitFor(() => expect($(el, '#country-heading')?.textContent).toMatch(/Brazil/));
    expect($(el, '.error')).toBeNull();
    el.setAttribute('country', '');
    await vi.waitFor(() => expect($(el, '#country-heading')).toBeNull());
    el.setAttribute('country', 'ie');
    await vi.waitFor(() => expect($(el, '.error')).not.toBeNull());
    el.removeAttribute('country');
    await vi.waitFor(() => expect($(el, '.error')).toBeNull());
  });

  it('shows the tooltip of a country the keyboard reached out of sight, once the map is there', async () => {
    // The pan to it hid the tooltip, and nothing showed it again: a ring without a name.
    const el = await mount({ 'as-of': '2019-06-01' });
    $<HTMLElement>(el, '.stage')!.focus();
    await userEvent.keyboard('+++');
    await steady(() => $(el, 'g.zoom-layer')!.getAttribute('transform') ?? '');
    $<SVGPathElement>(el, '.outline[tabindex="0"]')!.focus();
    await userEvent.keyboard('fiji');
    await vi.waitFor(() => expect($(el, '.tooltip')?.textContent?.trim()).toMatch(/^Fiji/), {
      timeout: 3000,
    });
  });

  it("goes by Tab from the countries straight to the one marker tab stop (the markers' group is none)", async () => {
    const el = await mount({ 'as-of': '2019-06-01' });
    $<SVGPathElement>(el, '.outline[tabindex="0"]')!.focus();
    await userEvent.keyboard('{Tab}');
    const now = el.shadowRoot!.activeElement as SVGGElement;
    expect(now.getAttribute('class')).toMatch(/\bmarker\b/);
    expect(now.getAttribute('tabindex')).toBe('0');
    // Its tooltip shows while it has the focus, and goes with it.
    expect($(el, '.tooltip')!.textContent).toContain(now.getAttribute('aria-label')!);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await el.updateComplete;
    expect($(el, '.tooltip')?.textContent ?? '').not.toContain(now.getAttribute('aria-label')!);
  });

  it('lets a keyboard skip the map: its first stop goes to its end, and the next Tab leaves it', async () => {
    // The embedding review counted 28 Tabs from a link before the map to the link after it.
    const el = await mount({ 'as-of': '2019-06-01' });
    const before = Object.assign(document.createElement('a'), {
      href: '#before',
      textContent: 'before',
    });
    const after = Object.assign(document.createElement('a'), {
      href: '#after',
      textContent: 'after',
    });
    el.before(before);
    el.after(after);
    before.focus();
    await userEvent.keyboard('{Tab}');
    const skip = el.shadowRoot!.activeElement as HTMLElement;
    expect(skip.textContent).toBe('Skip the map');
    // Seen while it has the focus (hidden otherwise, like a page's skip link).
    expect(skip.getBoundingClientRect().width).toBeGreaterThan(40);
    expect(getComputedStyle(skip).clipPath).toBe('none');
    await userEvent.keyboard('{Enter}');
    const end = el.shadowRoot!.activeElement as HTMLElement;
    expect(end.textContent!.trim()).toBe('End of the map.');
    expect(end.getBoundingClientRect().width).toBeGreaterThan(40);
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(after);
    // Unfocused, both are out of sight, and the end is no tab stop: back from the page, the
    // keyboard comes to the panel's last button.
    expect(getComputedStyle(skip).clipPath).toBe('inset(50%)');
    expect(getComputedStyle(end).clipPath).toBe('inset(50%)');
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).toBe('Copy embed code');
  });

  it("names the map's region briefly, with its keys as its description", async () => {
    // The embedding review's finding: the keys were its name, read in full at each visit.
    const el = await mount({ 'as-of': '2019-06-01' });
    const stage = $<HTMLElement>(el, '.stage')!;
    expect(stage.getAttribute('aria-label')).toBe('Map');
    const keys = el.shadowRoot!.getElementById(stage.getAttribute('aria-describedby')!);
    expect(keys?.textContent).toMatch(/^Keys: \+ and − zoom, 0 resets; Tab reaches/);
    expect(keys?.hidden).toBe(true);
    // The table view has no map keys to describe.
    $<HTMLButtonElement>(el, '.controls button[aria-pressed]')!.click();
    await el.updateComplete;
    expect(stage.getAttribute('aria-label')).toBe('Table');
    expect(stage.hasAttribute('aria-describedby')).toBe(false);
    // In a scenario, its keys too (the keyboard review: only the map's were said).
    const story = await mount({ scenario: 'microsoft-ireland', step: '2' });
    const ids = $<HTMLElement>(story, '.stage')!.getAttribute('aria-describedby')!.split(' ');
    expect(ids).toEqual(['jm-keys', 'jm-step-keys']);
    const stepKeys = story.shadowRoot!.getElementById(ids[1]!)!;
    expect(stepKeys.textContent).toMatch(/^In this scenario: → or Page Down for the next step/);
    expect(stepKeys.hidden).toBe(true);
  });

  it('narrates each resolution in a live region, in words from the resolution', async () => {
    const el = await mount({ 'as-of': '2019-06-01' });
    const live = $(el, '[aria-live="polite"]')!;
    expect(live.textContent).toContain(el.resolution!.summary);
    expect(live.textContent).toMatch(/Step 1: .*Step 2: /);
    expect(live.textContent).toMatch(/In the way: GDPR Art\. 48/);
  });

  it('at phone width in a host of fixed height, shows the whole map and its legend, and scrolls to the panel', async () => {
    // A review's finding: at 390 × 560 (the default height) the map's row shrank to 225 px
    // around a 292 px map, which cut off its bottom and its legend; the panel scrolled inside.
    const el = await mount({}, { width: 390, height: 560 });
    const stage = $(el, '.stage')!.getBoundingClientRect();
    const area = $(el, '.map-area')!.getBoundingClientRect();
    const legend = $(el, '.legend')!.getBoundingClientRect();
    expect(stage.bottom).toBeGreaterThanOrEqual(area.bottom - 0.5);
    expect(stage.bottom).toBeGreaterThanOrEqual(legend.bottom);
    const panel = $(el, '.panel')!;
    expect(panel.scrollHeight).toBeLessThanOrEqual(panel.clientHeight + 1);
    const body = $(el, '.body')!;
    expect(body.scrollHeight).toBeGreaterThan(body.clientHeight);
  });

  it("keeps a tooltip inside a phone's map, whole, and centred over a marker with room", async () => {
    const el = await mount({}, { width: 390, height: 700 });
    const area = $(el, '.map-area')!.getBoundingClientRect();
    const markers = $$<SVGGElement>(el, '.marker[data-id]');
    const x = (m: Element) => m.getBoundingClientRect().left;
    const byX = [...markers].sort((a, b) => x(a) - x(b));
    for (const marker of [byX[0]!, byX.at(-1)!]) {
      marker.focus();
      await el.updateComplete;
      const tip = $(el, '.tooltip')!.getBoundingClientRect();
      expect(tip.left, marker.dataset.id).toBeGreaterThanOrEqual(area.left);
      expect(tip.right, marker.dataset.id).toBeLessThanOrEqual(area.right);
      expect(tip.top, marker.dataset.id).toBeGreaterThanOrEqual(area.top);
      expect(tip.width, marker.dataset.id).toBeGreaterThan(150);
    }
    const middle = byX[Math.floor(byX.length / 2)]!;
    middle.focus();
    await el.updateComplete;
    const tip = $(el, '.tooltip')!.getBoundingClientRect();
    const box = middle.querySelector('.shape')!.getBoundingClientRect();
    if (tip.left > area.left + 8 && tip.right < area.right - 8)
      expect(Math.abs(tip.left + tip.width / 2 - (box.left + box.width / 2))).toBeLessThan(1.5);
    // Above it, or below it near the map's top: never over it.
    expect(tip.bottom <= box.top || tip.top >= box.bottom).toBe(true);
  });

  it("shows the tooltip of a marker near the map's top below it, not over it", async () => {
    // A review's finding: on a phone, zoomed into Europe, a marker 35 px below the map's top had
    // its tooltip pushed down over it and its focus ring.
    const el = await mount({ scenario: 'eu-e-evidence', step: '4' }, { width: 390, height: 700 });
    await zoomIn(el);
    const area = $(el, '.map-area')!.getBoundingClientRect();
    const y = (m: Element) => m.querySelector('.shape')!.getBoundingClientRect().top;
    const top = $$<SVGGElement>(el, '.marker[data-id]')
      .filter((m) => y(m) > area.top)
      .sort((a, b) => y(a) - y(b))[0]!;
    // Dragged up until it is 35 px below the map's top.
    drag(el, [195, 200], [0, -(y(top) - area.top - 35)]);
    expect(y(top) - area.top).toBeLessThan(40);
    top.focus();
    await el.updateComplete;
    const tip = $(el, '.tooltip')!.getBoundingClientRect();
    const box = top.querySelector('.shape')!.getBoundingClientRect();
    expect(tip.top, 'below the marker').toBeGreaterThanOrEqual(box.bottom);
    expect(tip.top).toBeGreaterThanOrEqual(area.top);
  });

  it('country details from the keyboard: the focus goes to them, and Escape brings it back with the zoom', async () => {
    const el = await mount({ 'as-of': '2019-06-01' });
    const active = () => el.shadowRoot!.activeElement;
    $<SVGPathElement>(el, '.outline[tabindex="0"]')!.focus();
    const id = (active() as SVGElement).dataset.jurisdiction!;
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    await vi.waitFor(() => expect(active()?.id).toBe('country-heading'));
    expect($(el, '.country-details')).not.toBeNull();
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect($(el, '.country-details')).toBeNull();
    await vi.waitFor(() => expect((active() as SVGElement | null)?.dataset.jurisdiction).toBe(id));
    const scale = () =>
      Number(
        $(el, 'g.zoom-layer')!
          .getAttribute('transform')
          ?.match(/scale\(([\d.]+)\)/)?.[1] ?? 1,
      );
    await vi.waitFor(() => expect(scale()).toBeCloseTo(1, 2), { timeout: 3000 });
  });

  it("rings a focused country so it shows on the requester's own colour, in both themes", async () => {
    for (const theme of ['light', 'dark']) {
      const el = await mount({ theme });
      const outline = $<SVGPathElement>(el, '.outline[data-jurisdiction="US"]')!;
      outline.setAttribute('tabindex', '0');
      outline.focus({ focusVisible: true } as FocusOptions);
      await userEvent.keyboard('{ArrowRight}{ArrowLeft}');
      await el.updateComplete;
      const focused = el.shadowRoot!.activeElement as SVGPathElement;
      expect(focused.matches(':focus-visible'), theme).toBe(true);
      const fill = getComputedStyle($(el, `path.country.requester`)!).fill;
      const ring = getComputedStyle(focused).stroke;
      const halo = getComputedStyle(focused.previousElementSibling!).stroke;
      expect(Math.max(contrast(ring, fill), contrast(halo, fill)), theme).toBeGreaterThanOrEqual(3);
      el.parentElement!.remove();
    }
  });

  it('sets every coloured country apart from the land by its fill or its edge, in both themes', async () => {
    // WCAG 1.4.11 asks 3:1 of a graphic a reader needs. The parties' light fill is 1.2:1 against
    // the land, and the light theme's data orange 2.5:1: their edges carry it.
    for (const theme of ['light', 'dark']) {
      const el = await mount({ theme, 'request-type': 'mlat', 'as-of': '2019-06-01' });
      const land = getComputedStyle($(el, 'path[class="country"]')!).fill;
      // Every role (requester, data, requested, provider) and every party.
      const coloured = $$<SVGPathElement>(el, 'path.country:not([class="country"])');
      expect(
        coloured.some((c) => c.matches('.data')) &&
          coloured.some((c) => c.matches('.party:not(.data)')),
      ).toBe(true);
      for (const country of coloured) {
        // Its edge is drawn over the land, in the edges' group.
        const id = country.getAttribute('data-jurisdiction');
        const edgePath = $(el, `g.edges path[data-jurisdiction="${id}"]`);
        const edge = edgePath ? contrast(getComputedStyle(edgePath).stroke, land) : 0;
        expect(
          Math.max(contrast(getComputedStyle(country).fill, land), edge),
          `${theme} ${country.getAttribute('class')}`,
        ).toBeGreaterThanOrEqual(3);
      }
      el.parentElement!.remove();
    }
  });

  it('Escape hides the tooltip of a focused marker', async () => {
    const el = await mount();
    $<SVGGElement>(el, '.marker[tabindex="0"]')!.focus();
    await el.updateComplete;
    expect($(el, '.tooltip')).not.toBeNull();
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect($(el, '.tooltip')).toBeNull();
  });

  it('keeps the live region quiet while the years play, and narrates where they stop', async () => {
    const el = await mount({ 'as-of': '2024-01-01' });
    const live = $(el, '[aria-live="polite"]')!;
    const heard: string[] = [];
    const observer = new MutationObserver(() => heard.push(live.textContent!.trim()));
    observer.observe(live, { childList: true, subtree: true, characterData: true });
    const changes: string[] = [];
    el.addEventListener('jm-change', (e) => changes.push(e.detail.request.asOf));
    el.playDates();
    await vi.waitFor(() => expect(changes.length).toBeGreaterThanOrEqual(5), { timeout: 5000 });
    el.playDates(); // pauses
    await el.updateComplete;
    // A new date alone is said once it has stayed a moment (0.7 s).
    await vi.waitFor(() => expect(live.textContent).toContain(el.resolution!.summary));
    observer.disconnect();
    expect(heard.filter((h) => h)).toEqual([live.textContent!.trim()]);
  });

  it('announces nothing with announce="none", for a page whose own text tells the story', async () => {
    // story.html: each section scrolled to made the map say its caption and answer again, about
    // 80 words over the prose (the keyboard review).
    const el = await mount({ 'as-of': '2019-06-01', announce: 'none' });
    expect($(el, '[aria-live]')).toBeNull();
    el.setAttribute('requester', 'GB');
    await el.updateComplete;
    expect($(el, '[aria-live]')).toBeNull();
    el.removeAttribute('announce');
    await el.updateComplete;
    const live = $(el, '[aria-live]')!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toContain(el.resolution!.summary);
    // A value outside its list says so, as the other look attributes do.
    const errors: CustomEvent[] = [];
    el.addEventListener('jm-error', (e) => errors.push(e as CustomEvent));
    el.setAttribute('announce', 'off');
    await el.updateComplete;
    expect(errors[0]!.detail.message).toBe(
      'The announce attribute is wrong: "off" is not "none", the one value it takes (the default is used).',
    );
    expect($(el, '[aria-live]')!.getAttribute('aria-live')).toBe('polite');
  });

  it("names the date slider without its date, which is its value's words alone", async () => {
    // The keyboard review: its name was "As of June 6, 2017" and its value "June 6, 2017", so
    // the date was read twice, and the name changed at each arrow.
    const el = await mount({ 'as-of': '2017-06-06' });
    const slider = $<HTMLInputElement>(el, 'input[type="range"]')!;
    expect(slider.getAttribute('aria-label')).toBe('As-of date');
    expect(slider.hasAttribute('aria-labelledby')).toBe(false);
    expect(slider.getAttribute('aria-valuetext')).toBe('June 6, 2017');
    slider.focus();
    await userEvent.keyboard('{ArrowRight}');
    await vi.waitFor(() => expect(slider.getAttribute('aria-valuetext')).toBe('June 7, 2017'));
    expect(slider.getAttribute('aria-label')).toBe('As-of date');
  });

  it("says the answer once when the slider's arrows move the date day by day", async () => {
    const el = await mount({ 'as-of': '2018-02-20' });
    const live = $(el, '[aria-live="polite"]')!;
    const heard: string[] = [];
    const observer = new MutationObserver(() => heard.push(live.textContent!.trim()));
    observer.observe(live, { childList: true, subtree: true, characterData: true });
    $<HTMLInputElement>(el, 'input[type="range"]')!.focus();
    for (let i = 0; i < 12; i++) await userEvent.keyboard('{ArrowRight}');
    await vi.waitFor(() => expect(el.resolution!.request.asOf).toBe('2018-03-04'));
    await vi.waitFor(() => expect(live.textContent).toContain(el.resolution!.summary));
    observer.disconnect();
    // Twelve days, one announcement: where the arrows stopped (it was one for each day).
    expect(heard.filter((h) => h)).toEqual([live.textContent!.trim()]);
    // Another request is said at once.
    el.setAttribute('requester', 'GB');
    await el.updateComplete;
    expect(live.textContent).toContain(el.resolution!.summary);
  });

  it('shows the same reach as a table, one toggle away', async () => {
    const el = await mount({ 'as-of': '2019-06-01' });
    const toggle = $<HTMLButtonElement>(el, '.controls button[aria-pressed]')!;
    toggle.click();
    await el.updateComplete;
    // One name, pressed or not; the caption reads as English.
    expect(toggle.textContent!.trim()).toBe('Table');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect($(el, 'caption')!.textContent).toMatch(
      /^\s*Reach of a US warrant .* from the United States on June 1, 2019\s*$/,
    );
    expect($(el, '.stage')!.getAttribute('aria-label')).toBe('Table');
    const rows = $$(el, 'tbody tr');
    expect(rows.length).toBe($$(el, '.marker[data-id]').length);
    expect($(el, 'tbody button[aria-current="true"]')!.textContent).toMatch(/North Europe/);
    // Each row headed by its data center, so a screen reader moving along it says of which
    // (the keyboard review); the header stays in its row, not stuck at the table's top.
    for (const row of rows) expect(row.firstElementChild!.matches('th[scope="row"]')).toBe(true);
    expect(getComputedStyle(rows[0]!.firstElementChild!).position).toBe('static');
    expect(getComputedStyle(rows[0]!.firstElementChild!).fontWeight).toBe('400');
    // In the order a reader looks for them: by country name, then by data center.
    const countries = rows.map((r) => r.children[1]!.textContent!.trim());
    expect(countries).toEqual([...countries].sort((a, b) => a.localeCompare(b, 'en')));
    expect(countries[0]).toBe('Australia');
    // Nothing in the way is a dash, as in the comparison, not a blank cell (the keyboard review).
    const inTheWay = rows.map((r) => r.children[3]!.textContent!.trim());
    expect(inTheWay).toContain('—');
    expect(inTheWay).toContain('GDPR Art. 48');
    expect(inTheWay).not.toContain('');
    // The map under the table is out of the way: Tab from the table's toggle reaches no hidden
    // country or marker, and no zoom button covers the table.
    expect(getComputedStyle($(el, 'svg.map')!).visibility).toBe('hidden');
    expect($(el, '.zoom-buttons')!.getBoundingClientRect().width).toBe(0);
    $<HTMLElement>(el, '.stage')!.focus();
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot!.activeElement!.closest('.table-wrap')).not.toBeNull();
  });

  it('is one tab stop in its table view; the arrow keys move between the rows', async () => {
    const el = await mount({ 'as-of': '2019-06-01' });
    $<HTMLButtonElement>(el, '.controls button[aria-pressed]')!.click();
    await el.updateComplete;
    const buttons = () => $$<HTMLButtonElement>(el, 'tbody button');
    const stops = () => buttons().filter((b) => b.tabIndex === 0);
    // The shown data center's row is the way in.
    expect(stops()).toHaveLength(1);
    expect(stops()[0]!.getAttribute('aria-current')).toBe('true');
    const from = buttons().indexOf(stops()[0]!);
    stops()[0]!.focus();
    const focused = () => buttons().indexOf(el.shadowRoot!.activeElement as HTMLButtonElement);
    await userEvent.keyboard('{ArrowDown}');
    expect(focused()).toBe(from + 1);
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(focused()).toBe(from - 1);
    await userEvent.keyboard('{End}');
    expect(focused()).toBe(buttons().length - 1);
    await userEvent.keyboard('{Home}');
    expect(focused()).toBe(0);
    await el.updateComplete;
    // The row the keyboard is on is now the one tab stop, and Tab leaves the table.
    expect(stops()).toEqual([buttons()[0]]);
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot!.activeElement?.closest('tbody')).toBeNull();
    // From the Table toggle, one Tab reaches the row: the hidden map's region is no stop.
    $<HTMLButtonElement>(el, '.controls button[aria-pressed]')!.focus();
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot!.activeElement).toBe(buttons()[0]);
  });

  it("takes a tapped marker's tooltip away once the tap has chosen it", async () => {
    const el = await mount({ 'as-of': '2019-06-01' });
    const tap = async (pointerType: string, id: string) => {
      const m = $<SVGGElement>(el, `.marker[data-id="${id}"]`)!;
      const b = m.querySelector('.shape')!.getBoundingClientRect();
      const p = { clientX: b.x + b.width / 2, clientY: b.y + b.height / 2 };
      const init = { bubbles: true, composed: true, pointerType, ...p };
      m.dispatchEvent(new PointerEvent('pointerover', init));
      await el.updateComplete;
      expect($(el, '.tooltip')).not.toBeNull();
      m.dispatchEvent(new PointerEvent('pointerdown', init));
      // A tap focuses the marker, as a pointer does (no focus ring); choosing it moves it to the
      // top of its group and gives the focus back, which showed the tooltip again.
      m.focus();
      m.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1, ...p }));
      await el.updateComplete;
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
      await el.updateComplete;
      expect(el.datacenter).toBe(id);
    };
    // A real click on a marker first: focus from script then counts as a pointer's, as a tap's
    // does (:focus-visible off).
    await userEvent.click($(el, '.marker[data-id="aws-us-east-1"]')!, { force: true });
    await tap('touch', 'aws-sa-east-1');
    expect($(el, '.tooltip')).toBeNull();
  });

  it("puts a country's tooltip over its place, not the middle of its outline's box", async () => {
    // France's outline reaches French Guiana: the middle of its box is in the Atlantic.
    const el = await mount({
      'request-type': 'mlat',
      requester: 'DE',
      datacenter: 'azure-francecentral',
      'as-of': '2019-06-01',
    });
    $<SVGPathElement>(el, '.outline[data-jurisdiction="FR"]')!.focus();
    await el.updateComplete;
    const tip = $<HTMLElement>(el, '.tooltip')!;
    expect(tip.textContent).toMatch(/France/);
    const area = $(el, '.map-area')!.getBoundingClientRect();
    const x = area.left + parseFloat(tip.style.getPropertyValue('--tip-x'));
    const label = $$(el, 'text.label').find((t) => t.textContent === 'France')!;
    const name = label.getBoundingClientRect();
    expect(x).toBeGreaterThan(name.left - 10);
    expect(x).toBeLessThan(name.right + 10);
  });

  it('pans the map to a marker or country the keyboard reaches out of sight', async () => {
    const el = await mount({ 'as-of': '2019-06-01' });
    $<HTMLElement>(el, '.stage')!.focus();
    await userEvent.keyboard('+++');
    const map = () => $(el, 'svg.map')!.getBoundingClientRect();
    const inView = (r: DOMRect) =>
      r.left >= map().left &&
      r.right <= map().right &&
      r.top >= map().top &&
      r.bottom <= map().bottom;
    // Zoomed 4× on the middle of the world; the last marker, east of it, is out of sight.
    $<SVGGElement>(el, '.marker[tabindex="0"]')!.focus();
    await userEvent.keyboard('{End}');
    const marker = el.shadowRoot!.activeElement!;
    expect(marker.matches('.marker')).toBe(true);
    await vi.waitFor(
      () => expect(inView(marker.querySelector('.shape')!.getBoundingClientRect())).toBe(true),
      {
        timeout: 3000,
      },
    );
    // The countries take Home and End as the markers do, and are brought into view the same way.
    // End goes to the last country of all by name, Zimbabwe, south of the zoomed view.
    const outlines = $$<SVGPathElement>(el, '.outline');
    outlines.find((o) => o.tabIndex === 0)!.focus();
    await userEvent.keyboard('{End}');
    const last = () => $<SVGPathElement>(el, '.outline[data-jurisdiction="ZW"]');
    await vi.waitFor(() => expect(el.shadowRoot!.activeElement).toBe(last()));
    await vi.waitFor(() => expect(inView(last()!.getBoundingClientRect())).toBe(true), {
      timeout: 3000,
    });
    await userEvent.keyboard('{Home}');
    expect(el.shadowRoot!.activeElement).toBe(outlines[0]);
    await vi.waitFor(
      () =>
        expect(
          inView(outlines[0]!.getBoundingClientRect()) ||
            outlines[0]!.getBoundingClientRect().width > map().width / 2,
        ).toBe(true),
      {
        timeout: 3000,
      },
    );
  });

  it('names every wrong attribute at once, in the element and in one jm-error', async () => {
    const el = await mount({ 'as-of': '2019-06-01' });
    const errors: CustomEvent[] = [];
    el.addEventListener('jm-error', (e) => errors.push(e as CustomEvent));
    el.setAttribute('datacenter', 'nope-dc');
    el.setAttribute('as-of', '2025-13-01');
    await el.updateComplete;
    expect(errors).toHaveLength(1);
    const { message, source, problems } = errors[0]!.detail;
    expect(message).toBe(
      'The as-of attribute is wrong: as-of date "2025-13-01" is not a date (YYYY-MM-DD). ' +
        'The datacenter attribute is wrong: unknown data center "nope-dc".',
    );
    expect(source).toBe('as-of');
    expect(problems.map((p: { path: string }) => p.path)).toEqual(['as-of', 'datacenter']);
    expect(el.shadowRoot!.textContent).toContain(message);
    // The last good map stays.
    expect(el.resolution!.request.datacenter).toBe('azure-northeurope');
  });

  it('says that a data attribute is not read (data is a property), and draws the built-in data', async () => {
    // The embedding review: data="bundle.json" in markup was ignored without a word.
    const errors: CustomEvent[] = [];
    document.addEventListener('jm-error', (e) => errors.push(e as CustomEvent), { once: true });
    const el = await mount({ data: 'my-bundle.json', 'as-of': '2019-06-01' });
    expect(errors[0]?.detail.source).toBe('data');
    expect($(el, '.error')!.textContent).toContain(
      "The data attribute is wrong: a bundle is given as the data property, from a script, and a file's address as the src attribute.",
    );
    expect(el.resolution!.request.datacenter).toBe('azure-northeurope');
    // Gone with the attribute.
    el.removeAttribute('data');
    await el.updateComplete;
    expect($(el, '.error')).toBeNull();
  });

  it('says so when a look attribute has a value outside its list, and still draws', async () => {
    const el = await mount({ 'as-of': '2019-06-01' });
    const errors: CustomEvent[] = [];
    el.addEventListener('jm-error', (e) => errors.push(e as CustomEvent));
    el.setAttribute('theme', 'blue');
    el.setAttribute('panel', 'hidden');
    await el.updateComplete;
    expect(errors).toHaveLength(1);
    const { message, source, problems } = errors[0]!.detail;
    expect(message).toBe(
      'The theme attribute is wrong: "blue" is not one of "light", "dark" (the default is used). ' +
        // One value alone is not "one of" a list (the embedding review).
        'The panel attribute is wrong: "hidden" is not "none", the one value it takes (the default is used).',
    );
    expect(source).toBe('theme');
    expect(problems.map((p: { path: string }) => p.path)).toEqual(['theme', 'panel']);
    expect($(el, '.error')!.textContent).toContain(message);
    // The map is drawn as with the attributes left out.
    expect(el.resolution).not.toBeNull();
    expect($(el, '.panel')).not.toBeNull();
    el.setAttribute('theme', 'dark');
    el.removeAttribute('panel');
    await el.updateComplete;
    expect($(el, '.error')).toBeNull();
    expect(errors).toHaveLength(1);
    // In any case, as HTML's own enumerated values.
    const dark = getComputedStyle(el).getPropertyValue('--jm-background');
    el.setAttribute('theme', 'Dark');
    el.setAttribute('panel', 'NONE');
    await el.updateComplete;
    expect($(el, '.error')).toBeNull();
    expect(getComputedStyle(el).getPropertyValue('--jm-background')).toBe(dark);
    expect($(el, '.panel')).toBeNull();
    // autoplay takes seconds above 0; anything else steps every 8 and says so.
    el.setAttribute('autoplay', 'abc');
    await el.updateComplete;
    expect(errors.at(-1)!.detail.source).toBe('autoplay');
    expect($(el, '.error')!.textContent).toMatch(/"abc" is not a number of seconds, 1 or more/);
    for (const pace of ['0.01', 'Infinity', '-3']) {
      el.setAttribute('autoplay', pace);
      await el.updateComplete;
      expect($(el, '.error')!.textContent).toContain(`"${pace}" is not a number of seconds`);
    }
    el.setAttribute('autoplay', '5');
    await el.updateComplete;
    expect($(el, '.error')).toBeNull();
  });

  it('shows an unknown request type in its picker as itself, not as the first in the list', async () => {
    const el = await mount({ 'request-type': 'pen-register' });
    const select = $<HTMLSelectElement>(el, '.controls select')!;
    expect(select.selectedOptions[0]?.textContent?.trim()).toBe('pen-register');
    el.requestType = 'mlat';
    await el.updateComplete;
    expect(select.value).toBe('mlat');
    // Names written for a sentence begin with a capital in the list, like "US warrant…".
    expect(select.selectedOptions[0]?.textContent?.trim()).toBe('Mutual legal assistance request');
    expect(select.querySelector('option[disabled]')).toBeNull();
  });

  it('writes no attribute the page did not set but the view it shows, and none empty', async () => {
    // A review's finding: src="", bundle-mode="merge", scenario="", country="", loading="eager",
    // theme="" and more appeared on the page's element after its first render.
    const el = await mount();
    expect(el.getAttributeNames().sort()).toEqual([
      'datacenter',
      'request-type',
      'requester',
      'style',
    ]);
    el.country = 'IE';
    await el.updateComplete;
    expect(el.getAttribute('country')).toBe('IE');
    el.country = '';
    await el.updateComplete;
    expect(el.hasAttribute('country')).toBe(false);
  });

  it('shows a very long bad value cut short in its message, and whole in the event', async () => {
    // A review's finding: a 200,000-character requester was repeated whole in the message, which
    // grew 475 px tall over the map.
    const el = await mount();
    const event = new Promise<CustomEvent>((r) =>
      el.addEventListener('jm-error', (e) => r(e as CustomEvent), { once: true }),
    );
    el.setAttribute('requester', 'x'.repeat(200_000));
    expect((await event).detail.message.length).toBeGreaterThan(200_000);
    await el.updateComplete;
    const shown = $(el, '.error p')!.textContent!;
    expect(shown.length).toBeLessThan(400);
    expect(shown).toContain(`"${'x'.repeat(99)}…`);
    // An emoji at the cut is kept whole or left out, never halved.
    el.setAttribute('requester', `${'x'.repeat(98)}😀${'y'.repeat(50)}`);
    await el.updateComplete;
    expect($(el, '.error p')!.textContent).toContain(`"${'x'.repeat(98)}…`);
  });

  it('shows an unknown requester in its picker as itself, not a blank picker', async () => {
    const el = await mount({ requester: 'ZZ' });
    const select = $$<HTMLSelectElement>(el, '.controls select')[1]!;
    expect(select.selectedOptions[0]?.textContent?.trim()).toBe('ZZ');
    el.requester = 'GB';
    await el.updateComplete;
    expect(select.value).toBe('GB');
    expect(select.querySelector('option[disabled]')).toBeNull();
  });

  it('shows in its pickers the request the map still answers after a bad attribute, as the link does', async () => {
    // The reader review: after requester="ZZ" the picker showed "ZZ" over the last good map.
    const el = await mount({ 'as-of': '2019-06-01' });
    const [type, from] = $$<HTMLSelectElement>(el, '.controls select');
    const field = $<HTMLInputElement>(el, '.controls input[list]')!;
    const place = field.value;
    el.setAttribute('requester', 'ZZ');
    el.setAttribute('request-type', 'pen-register');
    el.setAttribute('datacenter', 'azure-mars');
    await el.updateComplete;
    expect($(el, '.error')!.textContent).toMatch(/requester attribute is wrong/);
    expect(el.resolution!.request.requester).toBe('US');
    expect(from!.value).toBe('US');
    expect(from!.querySelector('option[disabled]')).toBeNull();
    expect(type!.value).toBe('us-warrant');
    expect(field.value).toBe(place);
    // Put right, they follow the attributes again.
    el.setAttribute('requester', 'GB');
    el.setAttribute('request-type', 'mlat');
    el.setAttribute('datacenter', 'aws-eu-west-1');
    await el.updateComplete;
    expect(from!.value).toBe('GB');
    expect(type!.value).toBe('mlat');
    expect(field.value).toMatch(/aws-eu-west-1/);
  });

  it('dismisses a message with Escape on the map, after a tooltip and a country', async () => {
    // The keyboard review: the message's × came only after the map's own tab stops.
    const el = await mount({ 'as-of': '2019-06-01' });
    el.setAttribute('requester', 'ZZ');
    await el.updateComplete;
    expect($(el, '.error')).not.toBeNull();
    // The pointer leaves the map first: resting where an earlier test left it, over a marker,
    // its hover showed a tooltip on a loaded machine (CI), which took the first Escape, as it
    // should (measured: the key was taken and the message stayed; a tooltip is what comes first).
    await userEvent.unhover(el);
    await vi.waitFor(() => expect($(el, '.tooltip')).toBeNull());
    $<HTMLElement>(el, '.stage')!.focus();
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect($(el, '.error')).toBeNull();
    expect(el.shadowRoot!.activeElement?.closest('.stage')).not.toBeNull();
    // Escape in a picker leaves the message alone.
    el.setAttribute('requester', 'ZY');
    await el.updateComplete;
    $<HTMLElement>(el, '.controls select')!.focus();
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect($(el, '.error')).not.toBeNull();
  });

  it('shows a good as-of date in its field while another attribute is wrong', async () => {
    const el = await mount({ datacenter: 'nope-dc', 'as-of': '2015-03-04' });
    expect(el.resolution).toBeNull();
    expect($<HTMLInputElement>(el, '.date-field')!.value).toBe('2015-03-04');
    expect($(el, '.controls')!.textContent).toContain('March 4, 2015');
  });

  it('finds a data center from words typed in its field, or says how many fit them', async () => {
    const el = await mount({ 'as-of': '2019-06-01' });
    const field = $<HTMLInputElement>(el, '.controls input[list]')!;
    const type = async (text: string) => {
      field.value = text;
      field.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    };
    const errors: string[] = [];
    el.addEventListener('jm-error', (e) => errors.push((e as CustomEvent).detail.message));
    // An id, or the list's own label.
    await type('aws-eu-central-1');
    expect(el.datacenter).toBe('aws-eu-central-1');
    // Words that fit one data center, in any case and order.
    await type('dublin MICROSOFT');
    expect(el.datacenter).toBe('azure-northeurope');
    expect(errors).toEqual([]);
    // Words that fit several: nothing changes, and the message says how many and what to do.
    field.focus();
    await type('Frankfurt');
    expect(el.datacenter).toBe('azure-northeurope');
    expect(errors.at(-1)).toMatch(
      /^\d+ data centers match "Frankfurt": choose one from the list\.$/,
    );
    // The words stay, for the list to show the ones they fit (the keyboard review: the field
    // went back to the old name, and the list showed that one's); leaving the field puts the
    // data center shown back.
    expect(field.value).toBe('Frankfurt');
    field.blur();
    expect(field.value).toMatch(/North Europe/);
    await type('Atlantis');
    expect(errors.at(-1)).toBe('No data center matches "Atlantis".');
    // The attribute never holds the words, and the field shows the data center still shown.
    expect(el.getAttribute('datacenter')).toBe('azure-northeurope');
    expect(field.value).toMatch(/North Europe/);
    // A cleared field says nothing and shows the data center again.
    const count = errors.length;
    await type('');
    expect(errors).toHaveLength(count);
    expect(field.value).toMatch(/North Europe/);
    // Words that fit one, typed and left with Tab: that one, named in full in the field.
    field.focus();
    field.select();
    await userEvent.keyboard('amazon frankfurt{Tab}');
    await el.updateComplete;
    expect(el.datacenter).toBe('aws-eu-central-1');
    expect(field.value).toMatch(/\(aws-eu-central-1\)$/);
  });

  it('zooms with + and resets with 0', async () => {
    const el = await mount();
    const stage = $<HTMLElement>(el, '.stage')!;
    const transform = () => $(el, 'g.zoom-layer')!.getAttribute('transform');
    stage.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true }));
    // The zoom eases over a few hundred milliseconds; wait for it to land, however busy the machine.
    await vi.waitFor(() => expect(transform()).toMatch(/scale\(1\.6\)/), { timeout: 5000 });
    stage.dispatchEvent(new KeyboardEvent('keydown', { key: '0', bubbles: true }));
    await vi.waitFor(() => expect(transform()).toMatch(/scale\(1\)/), { timeout: 5000 });
  });

  it("puts the countries' names clear of the markers where there is room", async () => {
    // Ireland's name lay below its place, over a dozen of Europe's markers.
    for (const width of [390, 1000]) {
      const el = await mount({ 'as-of': '2019-06-01' }, { width, height: 700 });
      const shapes = $$(el, 'g.markers .marker .shape').map((s) => s.getBoundingClientRect());
      const covered = $$(el, 'text.label:not(.crowded)').map((label) => {
        const b = label.getBoundingClientRect();
        return [
          label.textContent,
          shapes.filter((s) => s.x < b.right && b.x < s.right && s.y < b.bottom && b.y < s.bottom)
            .length,
        ];
      });
      // The United States' markers on both coasts leave its name no free spot at these sizes
      // (it covers 1 or 2, the fewest of its spots); Ireland's, west of it over the sea, is free.
      expect(covered.map(([name]) => name)).toEqual(['United States', 'Ireland']);
      expect(covered[1], `${width} px`).toEqual(['Ireland', 0]);
      el.parentElement!.remove();
    }
  });

  it("keeps the countries' names inside the map when a zoom brings their place near its edge", async () => {
    // Zoomed in once on a phone, the United States' place is near the left edge: placed below
    // and left of it, its name lost "United".
    const el = await mount({}, { width: 390, height: 700 });
    const stage = $<HTMLElement>(el, '.stage')!;
    const transform = () => $(el, 'g.zoom-layer')!.getAttribute('transform');
    stage.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true }));
    await vi.waitFor(() => expect(transform()).toMatch(/scale\(1\.6\)/), { timeout: 5000 });
    const map = $(el, 'svg.map')!.getBoundingClientRect();
    const outside = $$(el, 'text.label:not(.crowded)')
      .map((label) => [label.textContent, label.getBoundingClientRect()] as const)
      .filter(([, b]) => b.left < map.left || b.right > map.right)
      .map(([name]) => name);
    expect($$(el, 'text.label:not(.crowded)').length).toBeGreaterThanOrEqual(2);
    expect(outside).toEqual([]);
  });

  it("places the countries' names again when a pan brings them to the map's edge", async () => {
    // Step 4 of the e-Evidence story on a phone, zoomed in once more and dragged 120 px to the
    // left: the United Kingdom's place is still in view near the left edge, where its name's spot
    // from before the pan (left of the place) ran 31 px off the map.
    const el = await mount({ scenario: 'eu-e-evidence', step: '4' }, { width: 390, height: 700 });
    await zoomIn(el);
    const transform = () => $(el, 'g.zoom-layer')!.getAttribute('transform');
    const zoomed = transform();
    const map = $(el, 'svg.map')!.getBoundingClientRect();
    drag(el, [195, 150], [-120, 0]);
    expect(transform()).not.toBe(zoomed);
    const uk = $$(el, 'text.label:not(.crowded)').find(
      (t) => t.textContent === 'United Kingdom',
    ) as SVGTextElement;
    // Its place (where the text's own transform puts it) is in view ...
    const place = uk.getScreenCTM()!.e;
    expect(place).toBeGreaterThan(map.left);
    // ... and so is its name.
    const name = uk.getBoundingClientRect();
    expect(name.left).toBeGreaterThanOrEqual(map.left - 0.5);
    expect(name.right).toBeLessThanOrEqual(map.right + 0.5);
  });

  it('keeps every name whose place is in sight inside the map, pan after pan', async () => {
    // A review's finding, on a phone in step 4 of the e-Evidence story: the United Kingdom's name
    // was left 34 px off the left edge, Germany's 20 px past the right one.
    const el = await mount({ scenario: 'eu-e-evidence', step: '4' }, { width: 390, height: 700 });
    await zoomIn(el);
    const map = $(el, 'svg.map')!.getBoundingClientRect();
    const cut = () =>
      $$(el, 'text.label:not(.crowded)')
        .filter((t) => {
          const place = (t as SVGTextElement).getScreenCTM()!;
          return (
            place.e > map.left && place.e < map.right && place.f > map.top && place.f < map.bottom
          );
        })
        .filter((t) => {
          const b = t.getBoundingClientRect();
          return b.left < map.left - 0.5 || b.right > map.right + 0.5;
        })
        .map((t) => t.textContent);
    // Zoomed in once more, then dragged right: Germany's place 17 px from the right edge, where
    // the spots in sight cover markers; at a cost of five markers for the edge, its name went
    // right, 31 px past it.
    for (const [dx, dy] of [
      [160, 0],
      [-120, 60],
      [-200, 0],
    ] as const) {
      drag(el, [195, 140], [dx, dy]);
      expect(cut(), `after a drag by ${dx}, ${dy}`).toEqual([]);
    }
  });

  it('draws no two markers over each other on screen, from a phone to a wide page', async () => {
    for (const width of [390, 1000, 2400]) {
      const el = await mount({}, { width, height: 800 });
      const ms = Number(
        getComputedStyle($(el, 'g.zoom-layer')!).getPropertyValue('--ms') || Number.NaN,
      );
      // A circle marker's fill as drawn, in screen pixels: no two may touch (scene.ts
      // MARKER_SPACING leaves a sliver of their halos between them).
      const fill = $(el, 'g.markers .marker.direct .shape')!.getBoundingClientRect().width;
      expect(closestMarkers(el), `${width} px`).toBeGreaterThan(fill + 0.2 * ms);
      el.parentElement!.remove();
    }
  });

  it('keeps markers of neighbouring places apart as a zoom spreads their places', async () => {
    // A zoom spreads places apart but not the markers' offsets from them (screen pixels): in
    // step 4 of the e-Evidence story on a phone, Zurich's and Warsaw's markers came within
    // 0.6 px of each other at 1.9×. At rest after each zoom step they are fanned out again.
    for (const width of [390, 1000]) {
      const el = await mount({ scenario: 'eu-e-evidence', step: '4' }, { width, height: 700 });
      for (let step = 0; step < 3; step++) {
        await zoomIn(el);
        const size = $(el, 'g.markers .marker .shape')!.getBoundingClientRect().width;
        expect(closestMarkers(el), `${width} px, zoom step ${step + 1}`).toBeGreaterThan(
          size * 0.9,
        );
      }
      el.parentElement!.remove();
    }
  });

  it('moves the markers to their new fan-out over several frames once a zoom comes to rest', async () => {
    // Fanned out anew in one frame, 37 markers on a phone jumped by up to 12.7 px at the end of
    // a zoom. Once the zoom's own movement has stopped, what still moves is the markers.
    const el = await mount({ scenario: 'eu-e-evidence', step: '4' }, { width: 390, height: 700 });
    const moved = (a: (readonly [number, number])[], b: (readonly [number, number])[]) =>
      Math.max(...a.map((p, j) => Math.hypot(p[0] - b[j]![0], p[1] - b[j]![1])));
    // The glide lasts 200 ms from the zoom's rest. Waiting for the rest (zoomIn's polling) saw it
    // a few frames late, and on a loaded machine most of the glide was over by then (CI runs saw
    // 1.2 and 0.95 px of it left). So every frame is read from the key on, and the glide is what
    // moves after the zoom's transform has stopped changing. Tried up to three times, zooming
    // in, out and in (a frame late by the glide's whole 200 ms shows it in one step).
    const transform = () => $(el, 'g.zoom-layer')!.getAttribute('transform');
    let steps: number[] = [];
    let total = 0;
    for (const key of ['+', '-', '+']) {
      const frames: { zoom: string | null; centres: (readonly [number, number])[] }[] = [];
      $<HTMLElement>(el, '.stage')!.dispatchEvent(
        new KeyboardEvent('keydown', { key, bubbles: true }),
      );
      for (let i = 0; i < 90; i++) {
        await new Promise(requestAnimationFrame);
        frames.push({ zoom: transform(), centres: markerCentres(el) });
      }
      // The zoom's rest: the first frame whose transform the later ones all keep.
      let rest = frames.length - 1;
      while (rest > 0 && frames[rest - 1]!.zoom === frames.at(-1)!.zoom) rest--;
      expect(rest, 'the zoom moved').toBeGreaterThan(0);
      const after = frames.slice(rest).map((f) => f.centres);
      steps = after.slice(1).map((f, i) => moved(after[i]!, f));
      total = moved(after[0]!, after.at(-1)!);
      // (A loaded machine's frames can come so far apart that the glide shows in two: another
      // try then, as for a late first frame; it failed so in a full run under load.)
      const moving = steps.filter((d) => d > 0.05).length;
      if (total > 2 && moving > 2 && Math.max(...steps) < 0.95 * total) break;
    }
    expect(total, 'some marker moves after the zoom').toBeGreaterThan(2);
    expect(steps.filter((d) => d > 0.05).length, 'frames with a marker moving').toBeGreaterThan(2);
    // Not all of it in one frame. (Not held to 0.7 of it: the glide is timed, 200 ms eased out,
    // and on a loaded machine a first frame 70 ms late covers 0.7 of the way; it failed so in a
    // CI run.)
    expect(Math.max(...steps), 'the largest step of one frame').toBeLessThan(0.95 * total);
    // And they end fanned out for the new zoom.
    const size = $(el, 'g.markers .marker .shape')!.getBoundingClientRect().width;
    expect(closestMarkers(el)).toBeGreaterThan(size * 0.9);
  });

  it("selects the marker under a click that the browser gives to the markers' group", async () => {
    // A press on one element and its release on another (markers gliding under a still pointer
    // after a zoom) make a click on their common parent, the group: it was dropped.
    const el = await mount({}, { width: 1000, height: 700 });
    const marker = $$<SVGGElement>(el, '.marker[data-id]').find(
      (m) => m.dataset.id !== el.datacenter,
    )!;
    const box = marker.querySelector('.shape')!.getBoundingClientRect();
    const selected: CustomEvent[] = [];
    el.addEventListener('jm-select', (e) => selected.push(e as CustomEvent));
    $(el, 'g.markers')!.dispatchEvent(
      new MouseEvent('click', {
        clientX: box.x + box.width / 2,
        clientY: box.y + box.height / 2,
        detail: 1,
        bubbles: true,
        composed: true,
      }),
    );
    expect(selected.map((e) => e.detail)).toEqual([{ kind: 'datacenter', id: marker.dataset.id }]);
  });

  it('shows no tooltip over a marker on its way to a new place, and does once it is there', async () => {
    const el = await mount({ scenario: 'eu-e-evidence', step: '4' }, { width: 390, height: 700 });
    await zoomIn(el, { markers: false });
    const hover = () => {
      const marker = $$<SVGGElement>(el, '.marker[data-id]').find((m) => {
        const b = m.querySelector('.shape')!.getBoundingClientRect();
        const map = $(el, 'svg.map')!.getBoundingClientRect();
        return b.top > map.top + 100 && b.bottom < map.bottom && b.left > map.left;
      })!;
      const box = marker.querySelector('.shape')!.getBoundingClientRect();
      marker.dispatchEvent(
        new PointerEvent('pointermove', {
          clientX: box.x + box.width / 2,
          clientY: box.y + box.height / 2,
          pointerType: 'mouse',
          bubbles: true,
          composed: true,
        }),
      );
    };
    // The glide lasts 200 ms from the zoom's rest; on a loaded machine it could end before the
    // hover, so the hover counts only if the markers were still moving at that moment (seen by
    // their places a frame later), and the map is zoomed in again (up to three times) until one
    // does.
    let caughtMoving = false;
    for (let attempt = 0; attempt < 3 && !caughtMoving; attempt++) {
      if (attempt > 0) await zoomIn(el, { markers: false });
      const before = JSON.stringify(markerCentres(el));
      hover();
      await el.updateComplete;
      const tip = $(el, '.tooltip');
      await new Promise(requestAnimationFrame);
      caughtMoving = JSON.stringify(markerCentres(el)) !== before;
      if (caughtMoving) expect(tip).toBeNull();
    }
    expect(caughtMoving).toBe(true);
    await steady(() => JSON.stringify(markerCentres(el)));
    hover();
    await el.updateComplete;
    expect($(el, '.tooltip')).not.toBeNull();
  });

  it('puts the markers in their new places at once under prefers-reduced-motion', async () => {
    await withReducedMotion(async () => {
      const el = await mount({ scenario: 'eu-e-evidence', step: '4' }, { width: 390, height: 700 });
      await zoomIn(el, { markers: false });
      const now = JSON.stringify(markerCentres(el));
      for (let i = 0; i < 15; i++) await new Promise(requestAnimationFrame);
      expect(JSON.stringify(markerCentres(el))).toBe(now);
    });
  });

  it('fans the markers out again once a trackpad pinch has come to rest, not at each step', async () => {
    // A pinch arrives as many small Ctrl + wheel events: fanned out anew at each, markers jumped
    // by up to 32 px again and again while the fingers moved.
    const el = await mount({}, { width: 390, height: 700 });
    const svg = $<SVGSVGElement>(el, 'svg.map')!;
    const group = $<SVGGElement>(el, 'g.markers')!;
    const map = svg.getBoundingClientRect();
    // Each moved marker's offset from its place, on screen (the leader lines' lengths).
    const offsets = () => {
      const ctm = group.getScreenCTM()!;
      const d = $(el, 'g.markers > path.leader')!.getAttribute('d')!;
      return [...d.matchAll(/M([-\d.]+),([-\d.]+)L([-\d.]+),([-\d.]+)/g)].map((m) => {
        const [x0, y0, x1, y1] = m.slice(1).map(Number);
        const a = new DOMPoint(x0, y0).matrixTransform(ctm);
        const b = new DOMPoint(x1, y1).matrixTransform(ctm);
        return Math.hypot(b.x - a.x, b.y - a.y);
      });
    };
    const before = offsets();
    for (let i = 0; i < 8; i++) {
      svg.dispatchEvent(
        new WheelEvent('wheel', {
          clientX: map.left + 200,
          clientY: map.top + 90,
          deltaY: -4,
          ctrlKey: true,
          bubbles: true,
          cancelable: true,
          composed: true,
        }),
      );
      // The same offsets, to the rounding of positions to a tenth of a map unit.
      const now = offsets();
      expect(now.length, `wheel event ${i + 1}`).toBe(before.length);
      expect(
        Math.max(...now.map((o, j) => Math.abs(o - before[j]!))),
        `wheel event ${i + 1}`,
      ).toBeLessThan(0.5);
    }
    expect($(el, 'g.zoom-layer')!.getAttribute('transform')).not.toMatch(/scale\(1\)/);
    // At rest, they are fanned out for the new zoom.
    await vi.waitFor(
      () => {
        const now = offsets();
        expect(
          now.length !== before.length || now.some((o, j) => Math.abs(o - before[j]!) > 2),
        ).toBe(true);
      },
      { timeout: 2000 },
    );
  });

  it('draws a leader line from each fanned-out marker to its place, at any zoom', async () => {
    const el = await mount();
    const group = $<SVGGElement>(el, 'g.markers')!;
    // Each line: from a data center's place to where its marker is drawn. Its end is a marker's
    // centre on screen; its start, the place, stays put on the map; its length on screen is the
    // marker's offset.
    const check = () => {
      const ctm = group.getScreenCTM()!;
      const screen = (x: number, y: number) => new DOMPoint(x, y).matrixTransform(ctm);
      const centres = $$(el, 'g.markers .marker .shape').map((shape) => {
        const box = shape.getBoundingClientRect();
        return [box.x + box.width / 2, box.y + box.height / 2] as const;
      });
      const d = $(el, 'g.markers > path.leader')!.getAttribute('d')!;
      const lines = [...d.matchAll(/M([-\d.]+),([-\d.]+)L([-\d.]+),([-\d.]+)/g)].map((m) =>
        m.slice(1).map(Number),
      );
      expect(lines.length).toBeGreaterThan(20);
      return lines.map(([x0, y0, x1, y1]) => {
        const [from, to] = [screen(x0!, y0!), screen(x1!, y1!)];
        const nearest = Math.min(...centres.map(([cx, cy]) => Math.hypot(cx - to.x, cy - to.y)));
        expect(nearest).toBeLessThan(1);
        return { place: `${x0},${y0}`, length: Math.hypot(to.x - from.x, to.y - from.y) };
      });
    };
    const before = check();
    // Zoomed in, the markers keep their size and are fanned out again for the zoom (places
    // spread apart, so fewer need moving, and by less): the lines follow them.
    const stage = $<HTMLElement>(el, '.stage')!;
    stage.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true }));
    await vi.waitFor(
      () => expect($(el, 'g.zoom-layer')!.getAttribute('transform')).toMatch(/scale\(1\.6\)/),
      { timeout: 5000 },
    );
    const after = check();
    expect(after.length).toBeLessThanOrEqual(before.length);
    const total = (lines: { length: number }[]) => lines.reduce((sum, l) => sum + l.length, 0);
    expect(total(after)).toBeLessThan(total(before));
  });

  it("makes the pickers' long lists when a reader reaches them: by keyboard, pointer or focus", async () => {
    const world = createWorld();
    const states = [...world.jurisdictions.values()].filter((j) => j.kind !== 'union');
    const datacenters = world.datacenters.size;
    const el = await mount({ requester: 'US', 'as-of': '2019-06-01' });
    const requester = $$<HTMLSelectElement>(el, '.controls select')[1]!;
    const datalist = $<HTMLDataListElement>(el, 'datalist')!;
    // The first render holds the chosen state only (the lists were a third of it).
    expect([...requester.options].map((o) => o.value)).toEqual(['US']);
    expect(requester.value).toBe('US');
    expect(datalist.options).toHaveLength(0);
    // Focus (Tab, or a screen reader entering the form) makes them before the first key arrives:
    // a real ArrowDown then moves to the next state in the reader's order.
    requester.focus();
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    expect(requester.options).toHaveLength(states.length);
    expect(datalist.options).toHaveLength(datacenters);
    const names = [...requester.options].map((o) => o.textContent!.trim());
    const next = names.findIndex((n) => n.startsWith('United States')) + 1;
    expect(el.requester).toBe(requester.options[next]!.value);
    expect(el.requester).not.toBe('US');

    expect($(el, '.date-field')!.getAttribute('type')).toBe('date');

    // A pointer over the pickers, before any press, does the same; a press on the Table or ▶
    // button beside them does not (a first tap on Table made both in one task).
    const other = await mount({ requester: 'US', 'as-of': '2019-06-01' });
    const select = $$<HTMLSelectElement>(other, '.controls select')[1]!;
    expect(select.options).toHaveLength(1);
    for (const button of $$(other, '.controls button'))
      button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await other.updateComplete;
    expect(select.options).toHaveLength(1);
    select.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await other.updateComplete;
    expect(select.options).toHaveLength(states.length);
  });

  it('shows the date as ISO text until the controls are reached, then a date field that keeps the focus', async () => {
    const el = await mount({ 'as-of': '2019-06-01' });
    const text = $<HTMLInputElement>(el, '.date-field')!;
    expect(text.type).toBe('text');
    expect(text.value).toBe('2019-06-01');
    const width = text.getBoundingClientRect().width;
    // Reached straight from a screen reader's list of fields: focus lands on the text field.
    text.focus();
    await el.updateComplete;
    const field = $<HTMLInputElement>(el, '.date-field')!;
    expect(field.type).toBe('date');
    expect(field.value).toBe('2019-06-01');
    expect(el.shadowRoot!.activeElement).toBe(field);
    // As wide as the text it replaces (within a pixel): nothing beside it moves.
    expect(Math.abs(field.getBoundingClientRect().width - width)).toBeLessThan(1);
    // The keyboard works on it at once: the focused part (the month, in en-US) steps up.
    // (The field takes a value once it has stayed 0.8 s: more than vi.waitFor's default 1 s
    // left on a loaded machine, where a CI run missed it.)
    await userEvent.keyboard('{ArrowUp}');
    await vi.waitFor(() => expect(el.asOf).toBe('2019-07-01'), { timeout: 5000 });
  });

  it('takes a year typed in the date field when it is whole, not at each digit', async () => {
    const el = await mount({ 'as-of': '2019-06-01' });
    $<HTMLInputElement>(el, '.date-field')!.focus();
    await el.updateComplete;
    const field = $<HTMLInputElement>(el, '.date-field')!;
    const seen: string[] = [];
    el.addEventListener('jm-change', (e) => seen.push(e.detail.request.asOf));
    const errors: string[] = [];
    el.addEventListener('jm-error', (e) => errors.push(e.detail.message));
    // To the year (month, day, year in en-US), then four digits.
    await userEvent.keyboard('{ArrowRight}{ArrowRight}2018');
    await vi.waitFor(() => expect(el.asOf).toBe('2018-06-01'), { timeout: 5000 });
    await el.updateComplete;
    expect(seen.every((d) => d >= '1900')).toBe(true);
    expect(errors).toEqual([]);
    expect(field.isConnected).toBe(true);
  });

  it('takes a date typed in the date field once the typing pauses, not each date on the way', async () => {
    const el = await mount({ 'as-of': '2019-06-01' });
    $<HTMLInputElement>(el, '.date-field')!.focus();
    await el.updateComplete;
    const seen: string[] = [];
    el.addEventListener('jm-change', (e) => seen.push(e.detail.request.asOf));
    // Month, day, year (en-US): 2019-02-01, 2019-02-02, 2019-02-28, … were each taken.
    await userEvent.keyboard('02282017');
    await vi.waitFor(() => expect(el.asOf).toBe('2017-02-28'), { timeout: 3000 });
    expect(seen).toEqual(['2017-02-28']);
    // Enter takes it at once.
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}03{Enter}');
    expect(el.asOf).toBe('2017-03-28');
  });

  it('drops a typed date still waiting when a step sets another date meanwhile', async () => {
    const el = await mount({ scenario: 'microsoft-ireland', step: '2' });
    $<HTMLInputElement>(el, '.date-field')!.focus();
    await el.updateComplete;
    // The typing's pause on a clock of the test's own.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await userEvent.keyboard('02282017');
      // A clicker's next step (or autoplay) before the typing's pause is over.
      el.next();
      await el.updateComplete;
      const stepDate = el.resolution!.request.asOf;
      expect(el.scenarioView!.step).toBe(3);
      // Past the pause: the step stands (the typed date had undone it 0.8 s later).
      vi.advanceTimersByTime(1000);
      await el.updateComplete;
      expect(el.resolution!.request.asOf).toBe(stepDate);
      expect(el.scenarioView!.step).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('marks a day that does not exist typed in the date field, and puts the date back on leaving', async () => {
    const el = await mount({ 'as-of': '2019-06-01' });
    $<HTMLInputElement>(el, '.date-field')!.focus();
    await el.updateComplete;
    const field = $<HTMLInputElement>(el, '.date-field')!;
    // Month 02, day 30 (en-US order): no such day.
    await userEvent.keyboard('02');
    await userEvent.keyboard('30');
    await vi.waitFor(() => expect(field.validity.badInput).toBe(true));
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(getComputedStyle(field).borderTopColor).not.toBe(
      getComputedStyle($(el, '.controls select')!).borderTopColor,
    );
    field.blur();
    expect(field.value).toBe(el.asOf);
    expect(field.hasAttribute('aria-invalid')).toBe(false);
  });

  it('lets the date field grow when the browser writes dates longer than 11em', async () => {
    // Headless Chromium writes dates in en-US whatever its locale; wide letter spacing stands in
    // for a locale whose date format is longer. A fixed width would cut the year off.
    const el = await mount({ 'as-of': '2019-06-01' });
    $<HTMLInputElement>(el, '.date-field')!.focus();
    await el.updateComplete;
    const field = $<HTMLInputElement>(el, '.date-field')!;
    const em = parseFloat(getComputedStyle(field).fontSize);
    expect(field.getBoundingClientRect().width).toBeCloseTo(11 * em, 0);
    const wide = new CSSStyleSheet();
    wide.replaceSync('.date-field { letter-spacing: 0.6em; }');
    el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, wide];
    expect(field.getBoundingClientRect().width).toBeGreaterThan(13 * em);
  });

  it("has no axe violations, before and after the pickers' lists are made", async () => {
    const el = await mount({ 'as-of': '2019-06-01' });
    const violations = async () =>
      (await axe.run(el, { resultTypes: ['violations'] })).violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    expect(await violations()).toEqual([]);
    $<HTMLSelectElement>(el, '.controls select')!.focus();
    await el.updateComplete;
    expect($<HTMLDataListElement>(el, 'datalist')!.options.length).toBeGreaterThan(60);
    expect(await violations()).toEqual([]);
  });
});

describe('<jurisdiction-map> motion', () => {
  const frames = async (n: number) => {
    for (let i = 0; i < n; i++) await new Promise(requestAnimationFrame);
  };
  const drawn = (el: JurisdictionMap) =>
    $$<SVGElement>(el, '.arcs .arc, .arcs .pulse, .arcs .step-mark');

  it('animates the path when the request changes', async () => {
    const el = await mount({ 'as-of': '2014-06-01' });
    await set(el, { 'as-of': '2019-06-01' });
    await frames(2);
    const running = $$(el, '.arcs .arc, .arcs .pulse').flatMap((a) => a.getAnimations());
    expect(running.length).toBeGreaterThan(0);
  });

  it('starts the drawing two frames after the change, hidden until then, with no compositor layer', async () => {
    const el = await mount({ 'as-of': '2014-06-01' });
    await set(el, { 'as-of': '2019-06-01' });
    // The change's task and its first frame start nothing; the path waits, hidden.
    expect(drawn(el).length).toBeGreaterThan(2);
    expect(drawn(el).flatMap((a) => a.getAnimations())).toEqual([]);
    expect(drawn(el).map((a) => getComputedStyle(a).strokeOpacity)).toEqual(
      drawn(el).map(() => '0'),
    );
    await frames(2);
    const animations = drawn(el).flatMap((a) => a.getAnimations());
    expect(animations).toHaveLength(drawn(el).length);
    expect(drawn(el).filter((a) => a.style.strokeOpacity || a.style.fillOpacity)).toEqual([]);
    // Opacity and transform would put each pulse and number on a layer of its own.
    const animated = animations.flatMap((a) =>
      (a.effect as KeyframeEffect).getKeyframes().flatMap((k) => Object.keys(k)),
    );
    expect(animated).toContain('strokeDashoffset');
    expect(animated).not.toContain('opacity');
    expect(animated).not.toContain('transform');
  });

  it('a change while the drawing waits replaces it: one drawing, of the new path', async () => {
    const el = await mount({ 'as-of': '2019-06-01' });
    await set(el, { 'as-of': '2014-06-01' });
    await set(el, { 'request-type': 'mlat' });
    await frames(2);
    expect(drawn(el).filter((a) => a.style.strokeOpacity)).toEqual([]);
    expect(drawn(el).flatMap((a) => a.getAnimations())).toHaveLength(drawn(el).length);
  });

  it('a drawing still waiting when the reader asks for reduced motion shows the path at once', async () => {
    const el = await mount({ 'as-of': '2014-06-01' });
    // The browser's own setting, as a reader changes it (the element's media query is live).
    const reduce = (value: string) =>
      cdp().send('Emulation.setEmulatedMedia', {
        features: [{ name: 'prefers-reduced-motion', value }],
      });
    // The drawing's frame is held until the setting has changed (a round trip to the browser
    // can take longer than the two frames).
    const held: FrameRequestCallback[] = [];
    const real = window.requestAnimationFrame;
    window.requestAnimationFrame = (callback) => (held.push(callback), 0);
    try {
      await set(el, { 'as-of': '2019-06-01' });
    } finally {
      window.requestAnimationFrame = real;
    }
    expect(held.length).toBeGreaterThan(0);
    await reduce('reduce');
    try {
      for (const callback of held) callback(performance.now());
      await frames(2);
      expect(drawn(el).flatMap((a) => a.getAnimations())).toEqual([]);
      expect(drawn(el).filter((a) => a.style.strokeOpacity)).toEqual([]);
    } finally {
      await reduce('');
    }
  });

  it('shows the new state at once under prefers-reduced-motion', async () => {
    await withReducedMotion(async () => {
      const el = await mount({ 'as-of': '2014-06-01' });
      await set(el, { 'as-of': '2019-06-01' });
      await frames(2);
      expect(drawn(el).flatMap((a) => a.getAnimations())).toEqual([]);
      expect(drawn(el).map((a) => getComputedStyle(a).strokeOpacity)).not.toContain('0');
    });
  });
});

describe('two <jurisdiction-map> on one page', () => {
  it('are independent', async () => {
    const a = await mount({ requester: 'US', 'as-of': '2019-06-01' });
    const b = await mount({
      'request-type': 'mlat',
      requester: 'DE',
      datacenter: 'aws-us-east-1',
      'as-of': '2019-06-01',
    });
    await set(a, { 'as-of': '2014-06-01' });
    expect(a.resolution!.request.asOf).toBe('2014-06-01');
    expect(b.resolution!.request.asOf).toBe('2019-06-01');
    expect(b.resolution!.reach).toBe('assisted');
    expect($(a, '#jm-hatch')).not.toBeNull();
    expect($(b, '#jm-hatch')).not.toBeNull();
  });
});

describe('<jurisdiction-map> themes', () => {
  it('turns dark with theme="dark", and stays free of axe violations there', async () => {
    const el = await mount({ 'as-of': '2019-06-01', theme: 'dark' });
    const stage = el.shadowRoot!.querySelector('.stage')!;
    expect(getComputedStyle(stage).backgroundColor).toBe('rgb(15, 26, 42)');
    const result = await axe.run(el, { resultTypes: ['violations'] });
    expect(
      result.violations.map(
        (v) =>
          `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary}`).join(' | ')}`,
      ),
    ).toEqual([]);
    el.setAttribute('theme', 'light');
    await el.updateComplete;
    expect(getComputedStyle(stage).backgroundColor).toBe('rgb(238, 244, 249)');
  });

  it('takes colours from CSS custom properties set by the page', async () => {
    const el = await mount({ 'as-of': '2019-06-01' });
    el.style.setProperty('--jm-requester', 'rgb(1, 2, 3)');
    // Countries fade to new colours over 600 ms.
    const us = el.shadowRoot!.querySelector('path.country.requester')!;
    await vi.waitFor(() => expect(getComputedStyle(us).fill).toBe('rgb(1, 2, 3)'));
  });

  it("styles its parts from the page's ::part() rules and inherits the page's font", async () => {
    const sheet = document.createElement('style');
    sheet.textContent = `
      .themed { font-family: Georgia, serif; }
      .themed jurisdiction-map::part(panel) { background-color: rgb(4, 5, 6); }
      .themed jurisdiction-map::part(controls) { background-color: rgb(7, 8, 9); }
      .themed jurisdiction-map::part(legend) { border-top-color: rgb(10, 11, 12); }
      .themed jurisdiction-map::part(map) { outline-color: rgb(13, 14, 15); }
      .themed jurisdiction-map::part(caption) { color: rgb(16, 17, 18); }`;
    document.head.append(sheet);
    try {
      const el = await mount({ scenario: 'microsoft-ireland' });
      el.parentElement!.classList.add('themed');
      const part = (name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`)!;
      await vi.waitFor(() =>
        expect(getComputedStyle(part('panel')).backgroundColor).toBe('rgb(4, 5, 6)'),
      );
      expect(getComputedStyle(part('controls')).backgroundColor).toBe('rgb(7, 8, 9)');
      expect(getComputedStyle(part('legend')).borderTopColor).toBe('rgb(10, 11, 12)');
      expect(getComputedStyle(part('map')).outlineColor).toBe('rgb(13, 14, 15)');
      expect(getComputedStyle(part('caption')).color).toBe('rgb(16, 17, 18)');
      expect(getComputedStyle(part('panel')).fontFamily).toBe('Georgia, serif');
    } finally {
      sheet.remove();
    }
  });
});

describe('<jurisdiction-map loading="lazy">', () => {
  it('does no work off-screen, shows a light placeholder, and draws when scrolled near', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '4000px';
    const el = document.createElement('jurisdiction-map') as JurisdictionMap;
    el.setAttribute('loading', 'lazy');
    el.setAttribute('as-of', '2019-06-01');
    el.style.height = '500px';
    let ready = false;
    el.addEventListener('jm-ready', () => (ready = true));
    document.body.append(spacer, el);
    try {
      await el.updateComplete;
      // Once the browser has measured where the element is (an observer of ours made after the
      // element's hears it), the element has heard it too, and stayed asleep.
      await new Promise<void>((heard) => {
        const seen = new IntersectionObserver(() => (seen.disconnect(), heard()));
        seen.observe(el);
      });
      await el.updateComplete;
      expect(ready).toBe(false);
      expect(el.resolution).toBeNull();
      expect(el.shadowRoot!.querySelector('[part="placeholder"]')).not.toBeNull();
      expect(el.shadowRoot!.querySelector('svg.map')).toBeNull();
      el.scrollIntoView();
      await vi.waitFor(() => expect(ready).toBe(true), { timeout: 3000 });
      expect(el.resolution!.reach).toBe('direct');
      expect(el.shadowRoot!.querySelectorAll('path.country').length).toBeGreaterThanOrEqual(170);
    } finally {
      spacer.remove();
      el.remove();
    }
  });

  it("says it is loading in the reader's language before it is seen", async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '4000px';
    const el = document.createElement('jurisdiction-map') as JurisdictionMap;
    el.setAttribute('loading', 'lazy');
    el.setAttribute('lang', 'fr');
    el.style.height = '300px';
    document.body.append(spacer, el);
    try {
      await el.updateComplete;
      const placeholder = el.shadowRoot!.querySelector('[part="placeholder"]')!;
      expect(placeholder.textContent!.trim()).toBe('Chargement de la carte…');
      expect(placeholder.getAttribute('aria-label')).toBe('Carte du monde, chargement');
    } finally {
      spacer.remove();
      el.remove();
    }
  });
});
