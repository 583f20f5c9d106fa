// A site's own data: the `data` property and the `src` attribute, merged with the built-in data
// set or replacing it, checked like it; a failed fetch offers to try again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JurisdictionMap } from '../../src/jurisdiction-map.js';
import type { JmErrorDetail } from '../../src/elements/events.js';
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

describe('custom data', () => {
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
