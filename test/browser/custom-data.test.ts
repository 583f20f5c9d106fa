// A site's own data: the `data` property and the `src` attribute, merged with the built-in data
// set or replacing it, checked like it; a failed fetch offers to try again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JurisdictionMap } from '../../src/jurisdiction-map.js';
import type { JmErrorDetail } from '../../src/elements/events.js';
import { FETCH_TIMEOUT } from '../../src/controllers/data-controller.js';
import { mount } from './mount.js';

const EXAMPLE = '/examples/custom-bundle.json';
const $ = <T extends Element = Element>(el: JurisdictionMap, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const markerIds = (el: JurisdictionMap) =>
  [...el.shadowRoot!.querySelectorAll('.marker[data-id]')].map((m) => m.getAttribute('data-id'));

const nextError = (el: JurisdictionMap) =>
  new Promise<JmErrorDetail>((resolve) =>
    el.addEventListener('jm-error', (e) => resolve(e.detail), { once: true }),
  );

const realFetch = window.fetch;
afterEach(() => {
  window.fetch = realFetch;
});

/** Holds every fetch until `release()` is called (restored after each test). */
function holdFetch(): () => void {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  window.fetch = async (...args) => {
    await held;
    return realFetch(...args);
  };
  return release;
}

describe('custom data', () => {
  it('filters by a provider its bundle adds, with no error while the bundle loads', async () => {
    // Before the bundle is in, "hetzner" is no provider of the built-in data: one jm-error said so.
    const errors: JmErrorDetail[] = [];
    const listen = (e: Event) => errors.push((e as CustomEvent<JmErrorDetail>).detail);
    document.addEventListener('jm-error', listen);
    try {
      const el = await mount({ src: EXAMPLE, providers: 'hetzner', datacenter: 'hetzner-fsn1' });
      await vi.waitFor(() => expect(markerIds(el)).toEqual(['hetzner-fsn1']));
      await el.updateComplete;
      expect(errors).toEqual([]);
    } finally {
      document.removeEventListener('jm-error', listen);
    }
  });

  it('the data property merges a bundle: its data center is drawn beside the built-in ones', async () => {
    const el = await mount();
    const builtIn = markerIds(el).length;
    el.data = await (await fetch(EXAMPLE)).json();
    el.datacenter = 'hetzner-fsn1';
    el.requestType = 'mlat';
    el.requester = 'JP';
    el.asOf = '2011-06-01';
    await vi.waitFor(() => expect(el.resolution?.request.datacenter).toBe('hetzner-fsn1'));
    await el.updateComplete;
    expect(markerIds(el)).toHaveLength(builtIn + 1);
    expect(markerIds(el)).toContain('hetzner-fsn1');
    expect(el.resolution!.reach).toBe('assisted');
    expect($(el, '.panel')!.textContent).toContain('EU–Japan MLA Agreement');
  });

  it('src merges the same bundle, and its scenario plays', async () => {
    const el = await mount();
    el.src = EXAMPLE;
    el.scenario = 'japan-asks-germany';
    await vi.waitFor(() => expect(el.scenarioView?.scenario).toBe('japan-asks-germany'));
    await el.updateComplete;
    expect(el.resolution!.reach).toBe('none');
    el.next();
    await vi.waitFor(() => expect(el.resolution!.reach).toBe('assisted'));
    expect($(el, '.caption')!.textContent).toContain('2 January 2011');
  });

  it("drops the caption of a bundle's scenario when the bundle goes, and names the scenario", async () => {
    const el = await mount();
    el.src = EXAMPLE;
    el.scenario = 'japan-asks-germany';
    await vi.waitFor(() => expect(el.scenarioView?.scenario).toBe('japan-asks-germany'));
    el.removeAttribute('src');
    await vi.waitFor(() => expect($(el, '.error')?.textContent).toMatch(/japan-asks-germany/));
    await el.updateComplete;
    expect(el.scenarioView).toBeNull();
    expect($(el, '.caption')).toBeNull();
  });

  it('a map given src waits for the bundle: no false error, no built-in answer first', async () => {
    const box = document.createElement('div');
    box.style.cssText = 'width: 1000px; height: 600px';
    const el = document.createElement('jurisdiction-map') as JurisdictionMap;
    el.style.height = '100%';
    el.setAttribute('src', EXAMPLE);
    el.setAttribute('scenario', 'japan-asks-germany');
    el.setAttribute('step', '2');
    const errors: string[] = [];
    const answers: string[] = [];
    el.addEventListener('jm-error', (e) => errors.push(e.detail.message));
    el.addEventListener('jm-change', (e) => answers.push(e.detail.request.datacenter));
    const ready = new Promise((done) => el.addEventListener('jm-ready', done, { once: true }));
    box.append(el);
    document.body.append(box);
    try {
      await el.updateComplete;
      // Before the bundle is in, the map says it is loading, and answers nothing.
      expect(el.resolution).toBeNull();
      expect($(el, '.data-loading')?.textContent).toMatch(/loading/i);
      expect($(el, '.panel')?.textContent).toMatch(/loading/i);
      await ready;
      await el.updateComplete;
      expect(errors).toEqual([]);
      expect(el.scenarioView?.step).toBe(2);
      expect(answers).toEqual([el.resolution!.request.datacenter]);
      expect(markerIds(el)).toContain('hetzner-fsn1');
      expect($(el, '.data-loading')).toBeNull();
    } finally {
      box.remove();
    }
  });

  it('data taken away under an answer from it: the message shows, no answer from the old data, nothing thrown', async () => {
    const el = await mount();
    el.src = EXAMPLE;
    el.requestType = 'mlat';
    el.requester = 'JP';
    el.datacenter = 'hetzner-fsn1';
    el.asOf = '2012-01-01';
    await vi.waitFor(() => expect(el.resolution?.request.datacenter).toBe('hetzner-fsn1'));
    const error = nextError(el);
    el.removeAttribute('src');
    expect((await error).source).toBe('datacenter');
    await el.updateComplete;
    expect($(el, '.error')!.textContent).toMatch(/hetzner-fsn1/);
    expect(el.resolution).toBeNull();
    expect(markerIds(el)).not.toContain('hetzner-fsn1');
    expect(markerIds(el).length).toBeGreaterThan(50);
    // A request the built-in data knows answers again.
    el.datacenter = 'azure-northeurope';
    await vi.waitFor(() => expect(el.resolution?.request.datacenter).toBe('azure-northeurope'));
    await el.updateComplete;
    expect($(el, '.error')).toBeNull();
  });

  it("a bad bundle's message goes when the data is reset, and stays beside an attribute's", async () => {
    const el = await mount();
    const error = nextError(el);
    el.data = { datacenters: 5 };
    await error;
    el.requester = 'XX';
    await el.updateComplete;
    const messages = () =>
      [...el.shadowRoot!.querySelectorAll('.error p')].map((p) => p.textContent);
    expect(messages()).toHaveLength(2);
    el.requester = 'US';
    await el.updateComplete;
    expect(messages()).toHaveLength(1);
    expect(messages()[0]).toMatch(/data property/i);
    el.data = null;
    await el.updateComplete;
    expect($(el, '.error')).toBeNull();
  });

  it('data = NaN is refused with a message, and the map goes on answering', async () => {
    // A review's finding: NaN never equals itself, so its check was dropped as stale and the map
    // froze on its last answer, with no event and the previous bundle's message still shown.
    const el = await mount();
    let error = nextError(el);
    el.data = { datacenters: 5 };
    await error;
    error = nextError(el);
    el.data = NaN;
    expect((await error).source).toBe('data');
    el.setAttribute('requester', 'DE');
    await el.updateComplete;
    expect(el.resolution?.request.requester).toBe('DE');
  });

  it('bundle-mode="replace" shows the bundle alone, so a partial one is refused by path', async () => {
    const el = await mount();
    const error = nextError(el);
    el.setAttribute('bundle-mode', 'replace');
    el.src = EXAMPLE;
    const detail = await error;
    expect(detail.source).toBe('src');
    expect(detail.problems, detail.message).toBeDefined();
    expect(detail.problems!.map((p) => p.path)).toContain('jurisdictions');
    await el.updateComplete;
    expect($(el, '.error')!.textContent).toMatch(/jurisdictions: is missing/);
    // The last good map stays: the built-in answer for Dublin.
    expect(el.resolution!.request.datacenter).toBe('azure-northeurope');
    expect(markerIds(el)).not.toContain('hetzner-fsn1');
  });

  it("wraps a site's long unbroken names in the panel rather than widening it", async () => {
    const el = await mount();
    const bundle = await (await fetch(EXAMPLE)).json();
    bundle.datacenters[0].name = 'A'.repeat(2000);
    el.data = bundle;
    await vi.waitFor(() => expect(markerIds(el)).toContain('hetzner-fsn1'));
    el.datacenter = 'hetzner-fsn1';
    await el.updateComplete;
    const panel = $(el, '.panel')!;
    expect(panel.textContent).toContain('A'.repeat(2000));
    expect(panel.scrollWidth).toBeLessThanOrEqual(panel.clientWidth + 1);
  });

  it('a refused bundle changes no answer, and says none changed (no jm-change)', async () => {
    const el = await mount();
    const shown = el.resolution;
    const changes: Event[] = [];
    el.addEventListener('jm-change', (e) => changes.push(e));
    const error = nextError(el);
    el.data = { datacenters: [{ id: 'x', provider: 'nobody' }] };
    await error;
    await el.updateComplete;
    await el.updateComplete;
    expect(changes).toEqual([]);
    expect(el.resolution).toBe(shown);
  });

  it("keeps a link's step while the site's bundle loads: a clicker's key then changes nothing", async () => {
    // With no step shown yet, → and ← went to the first or last step of the built-in scenario
    // named, and the link's step 3 was lost (a diff review).
    const release = holdFetch();
    const box = document.createElement('div');
    box.style.cssText = 'width: 800px; height: 500px';
    document.body.append(box);
    try {
      const el = document.createElement('jurisdiction-map') as JurisdictionMap;
      el.setAttribute('scenario', 'microsoft-ireland');
      el.setAttribute('step', '3');
      el.style.height = '100%';
      el.src = EXAMPLE;
      box.append(el);
      await el.updateComplete;
      expect(el.scenarioView).toBeNull();
      for (const key of ['PageDown', 'PageUp', 'End', 'Home']) {
        el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
        await el.updateComplete;
        expect(el.getAttribute('step'), key).toBe('3');
      }
      release();
      await vi.waitFor(() => expect(el.scenarioView).toMatchObject({ step: 3 }));
    } finally {
      release();
      box.remove();
    }
  });

  it('announces jm-ready and jm-change while attached: a bundle that arrives while it is away waits', async () => {
    // The bundle's response is held until the element has been taken out of the page.
    const release = holdFetch();
    const box = document.createElement('div');
    box.style.cssText = 'width: 800px; height: 500px';
    document.body.append(box);
    const heard: string[] = [];
    const hear = (e: Event) => heard.push(e.type);
    document.addEventListener('jm-ready', hear);
    document.addEventListener('jm-change', hear);
    try {
      const el = document.createElement('jurisdiction-map') as JurisdictionMap;
      el.setAttribute('as-of', '2019-06-01');
      el.style.height = '100%';
      el.src = EXAMPLE;
      box.append(el);
      await el.updateComplete;
      // Two frames: its size is measured, as on a page where it waited a while.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      el.remove();
      release();
      await vi.waitFor(() => expect(el.resolution).not.toBeNull());
      await el.updateComplete;
      expect(heard).toEqual([]);
      box.append(el);
      await vi.waitFor(() => expect(heard).toEqual(['jm-change', 'jm-ready']));
    } finally {
      window.fetch = realFetch;
      document.removeEventListener('jm-ready', hear);
      document.removeEventListener('jm-change', hear);
      box.remove();
    }
  });

  it('bundle-mode is read in any case, and a value outside merge and replace says so', async () => {
    const el = await mount();
    const error = nextError(el);
    el.setAttribute('bundle-mode', 'REPLACE');
    el.src = EXAMPLE;
    // Read as replace: the example bundle alone is refused.
    expect((await error).problems!.map((p) => p.path)).toContain('jurisdictions');
    const looks: JmErrorDetail[] = [];
    el.addEventListener('jm-error', (e) => looks.push(e.detail));
    el.setAttribute('bundle-mode', 'replce');
    await vi.waitFor(() => expect(markerIds(el)).toContain('hetzner-fsn1'));
    expect(looks.some((d) => d.source === 'bundle-mode' && /"replce"/.test(d.message))).toBe(true);
    expect($(el, '.error')!.textContent).toMatch(/bundle-mode attribute/);
  });

  it('a broken data object shows its problems by path and keeps the map', async () => {
    const el = await mount();
    const error = nextError(el);
    el.data = { datacenters: [{ id: 'x', provider: 'nobody' }] };
    const detail = await error;
    expect(detail.source).toBe('data');
    expect(detail.problems!.map((p) => p.path)).toContain('datacenters[0].city');
    await el.updateComplete;
    expect($(el, '.error')!.textContent).toMatch(/datacenters\[0\]\.city/);
    expect(el.resolution!.request.datacenter).toBe('azure-northeurope');
  });

  it('a bundle that never arrives is given up after 30 s, with a message and Retry', async () => {
    // A review's finding: a server that never answered left "Map loading…" for good.
    const el = await mount();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      // The network holds the request open until it is aborted.
      window.fetch = (_input, init) =>
        new Promise((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)),
        );
      const error = nextError(el);
      el.src = EXAMPLE;
      await el.updateComplete;
      vi.advanceTimersByTime(FETCH_TIMEOUT);
      const detail = await error;
      expect(detail.source).toBe('src');
      expect(detail.message).toMatch(/no answer in 30 s/);
    } finally {
      vi.useRealTimers();
    }
    await el.updateComplete;
    expect($(el, '.error button.retry')).not.toBeNull();
  });

  it('a bundle whose answer has begun is not cut off by the 30 s limit', async () => {
    // A review's finding: the limit also ran while a large bundle was still arriving, and cut it
    // off as "no answer".
    const el = await mount();
    const body = await (await realFetch(EXAMPLE)).text();
    let finish!: () => void;
    const rest = new Promise<void>((r) => (finish = r));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      // Headers at once, the body only after the limit has passed; an abort stops the body, as
      // a real fetch's signal does.
      window.fetch = async (_input, init) =>
        new Response(
          new ReadableStream({
            start(controller) {
              init?.signal?.addEventListener('abort', () => controller.error(init.signal!.reason));
              void rest.then(() => {
                if (init?.signal?.aborted) return;
                controller.enqueue(new TextEncoder().encode(body));
                controller.close();
              });
            },
          }),
          { headers: { 'Content-Type': 'application/json' } },
        );
      const errors: string[] = [];
      el.addEventListener('jm-error', (e) => errors.push(e.detail.message));
      const changed = new Promise((r) => el.addEventListener('jm-change', r, { once: true }));
      el.src = EXAMPLE;
      await el.updateComplete;
      await Promise.resolve();
      vi.advanceTimersByTime(FETCH_TIMEOUT * 2);
      vi.useRealTimers();
      finish();
      await changed;
      expect(errors).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a failed fetch says so with a Retry button, and Retry loads the bundle', async () => {
    let calls = 0;
    // The network fails once (as when offline), then works.
    window.fetch = (input, init) =>
      ++calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(input, init);
    const el = await mount();
    const error = nextError(el);
    el.src = EXAMPLE;
    expect((await error).message).toMatch(/could not be loaded \(Failed to fetch\)/);
    await el.updateComplete;
    const retry = $<HTMLButtonElement>(el, '.error button.retry');
    expect(retry).not.toBeNull();
    retry!.click();
    el.datacenter = 'hetzner-fsn1';
    await vi.waitFor(() => expect(el.resolution?.request.datacenter).toBe('hetzner-fsn1'));
    await el.updateComplete;
    expect($(el, '.error')).toBeNull();
    expect(calls).toBe(2);
  });

  it('a first bundle that fails answers nothing, not the built-in data it was to replace', async () => {
    // The embedding review's finding: src="nope.json" with bundle-mode="replace" answered from
    // the built-in data, under a message saying that the last map was shown (there was none).
    let calls = 0;
    window.fetch = (input, init) =>
      ++calls === 1 ? Promise.resolve(new Response('', { status: 404 })) : realFetch(input, init);
    const box = document.createElement('div');
    box.style.cssText = 'width: 1000px; height: 600px';
    const el = document.createElement('jurisdiction-map') as JurisdictionMap;
    for (const [name, value] of Object.entries({
      src: EXAMPLE,
      'bundle-mode': 'replace',
      'request-type': 'us-warrant',
      requester: 'US',
      datacenter: 'azure-northeurope',
    }))
      el.setAttribute(name, value);
    const error = nextError(el);
    box.append(el);
    document.body.append(box);
    try {
      expect((await error).message).toBe(
        `The data bundle at ${EXAMPLE} could not be loaded (HTTP 404).`,
      );
      await el.updateComplete;
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
      expect(el.resolution).toBeNull();
      expect(el.shadowRoot!.querySelector('.arcs .arc')).toBeNull();
      // Not "loading" either, in the map or the panel: it waits for a Retry.
      expect(el.shadowRoot!.querySelector('.data-loading')).toBeNull();
      expect($(el, '.panel')!.textContent).not.toMatch(/loading/i);
      expect($(el, '.error button.retry')).not.toBeNull();
      // Retry loads it; merged this time, to be asked about its own data center.
      el.bundleMode = 'merge';
      el.datacenter = 'hetzner-fsn1';
      $<HTMLButtonElement>(el, '.error button.retry')!.click();
      await vi.waitFor(() => expect(el.resolution?.request.datacenter).toBe('hetzner-fsn1'));
      expect(calls).toBe(2);
    } finally {
      box.remove();
    }
  });

  it('a first bundle that is not used answers nothing either, until a good one is', async () => {
    // The same for a bundle whose checks fail (here a data property with a bad date).
    const box = document.createElement('div');
    box.style.cssText = 'width: 1000px; height: 600px';
    const el = document.createElement('jurisdiction-map') as JurisdictionMap;
    el.setAttribute('bundle-mode', 'replace');
    el.setAttribute('request-type', 'us-warrant');
    el.setAttribute('requester', 'US');
    el.setAttribute('datacenter', 'azure-northeurope');
    const good = await (await realFetch(EXAMPLE)).json();
    el.data = { ...good, instruments: [{ ...good.instruments[0], inForce: '2011-13-45' }] };
    const error = nextError(el);
    box.append(el);
    document.body.append(box);
    try {
      expect((await error).problems?.length).toBeGreaterThan(0);
      await el.updateComplete;
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
      expect(el.resolution).toBeNull();
      expect(el.shadowRoot!.querySelector('.data-loading')).toBeNull();
      // A good bundle then answers (merged, to be asked about its own data center).
      el.bundleMode = 'merge';
      el.datacenter = 'hetzner-fsn1';
      el.data = good;
      await vi.waitFor(() => expect(el.resolution?.request.datacenter).toBe('hetzner-fsn1'));
    } finally {
      box.remove();
    }
  });

  it('src set A, B, then A again: only the last load of A answers (one message, not two)', async () => {
    // A review's finding: the first, slow fetch of A answered too, as A was current again.
    const failures: (() => void)[] = [];
    window.fetch = (input, init) =>
      String(input).endsWith('/a.json')
        ? new Promise((_, reject) => failures.push(() => reject(new TypeError('Failed to fetch'))))
        : realFetch(input, init);
    const el = await mount();
    const errors: JmErrorDetail[] = [];
    el.addEventListener('jm-error', (e) => errors.push(e.detail));
    el.src = '/a.json';
    await el.updateComplete;
    el.src = EXAMPLE;
    await el.updateComplete;
    el.src = '/a.json';
    await el.updateComplete;
    expect(failures).toHaveLength(2);
    // The second fetch of A fails first, then the first: only the second is answered.
    failures[1]!();
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    failures[0]!();
    await new Promise((done) => setTimeout(done));
    await el.updateComplete;
    expect(errors.map((e) => e.source)).toEqual(['src']);
  });

  it('a failed load during a scenario keeps its step: no second jm-step, no new framing', async () => {
    // A review's finding: the step was applied again once the failed load settled, which
    // framed the map anew (undoing a reader's zoom) and told the page of the step a second time.
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const el = await mount({ scenario: 'microsoft-ireland', step: '3' });
    const steps: number[] = [];
    el.addEventListener('jm-step', (e) => steps.push(e.detail.step));
    const view = el.scenarioView;
    const error = nextError(el);
    el.src = EXAMPLE;
    await error;
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '.error')).not.toBeNull();
    expect(el.scenarioView).toBe(view);
    expect(steps).toEqual([]);
  });

  it('a bundle that fails its checks offers no Retry (trying again would not help)', async () => {
    const el = await mount();
    const error = nextError(el);
    el.data = { providers: 'none' };
    await error;
    await el.updateComplete;
    expect($(el, '.error')).not.toBeNull();
    expect($(el, '.error button.retry')).toBeNull();
  });
});
