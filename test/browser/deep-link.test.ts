// The demo's deep links: the URL's query sets the element's attributes, and changes are written
// back once per burst, in a task of their own (not in the map's first, long task).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { linkToUrl } from '../../src/demo/deep-link.js';
import type { JurisdictionMap } from '../../src/jurisdiction-map.js';

const start = location.href;
afterEach(() => history.replaceState(history.state, '', start));

// A plain element stands in: linkToUrl sets attributes, asks the map which of them make its
// view (here all of them) and listens for two events.
const standIn = () => {
  const el = document.createElement('div') as unknown as JurisdictionMap;
  el.viewAttribute = (name) => el.getAttribute(name);
  return el;
};

describe('linkToUrl', () => {
  it('writes a burst of changes to the URL once, after the changes', async () => {
    history.replaceState(history.state, '', `${location.pathname}?requester=FR`);
    const el = standIn();
    linkToUrl(el);
    el.dispatchEvent(new CustomEvent('jm-ready'));
    expect(el.getAttribute('requester')).toBe('FR');
    const replace = vi.spyOn(history, 'replaceState');
    try {
      for (const year of [2015, 2016, 2017, 2018, 2019]) {
        el.setAttribute('as-of', `${year}-06-01`);
        el.dispatchEvent(new CustomEvent('jm-change'));
      }
      el.dispatchEvent(new CustomEvent('jm-step'));
      expect(replace).not.toHaveBeenCalled();
      await vi.waitFor(() => expect(replace).toHaveBeenCalledTimes(1));
      expect(new URLSearchParams(location.search).get('as-of')).toBe('2019-06-01');
      expect(new URLSearchParams(location.search).get('requester')).toBe('FR');
    } finally {
      replace.mockRestore();
    }
  });

  it('leaves the address as it came until the reader changes the view', async () => {
    const opened = location.href;
    const el = standIn();
    el.setAttribute('request-type', 'us-warrant');
    el.setAttribute('requester', 'US');
    const replace = vi.spyOn(history, 'replaceState');
    try {
      linkToUrl(el);
      // The map's first answer, for the view the page opened on, then its first drawing.
      el.dispatchEvent(new CustomEvent('jm-change'));
      el.dispatchEvent(new CustomEvent('jm-ready'));
      // The write is a task of its own (setTimeout 0); one queued after it runs after it.
      await new Promise((settled) => setTimeout(settled));
      expect(replace).not.toHaveBeenCalled();
      expect(location.href).toBe(opened);
      el.setAttribute('requester', 'FR');
      el.dispatchEvent(new CustomEvent('jm-change'));
      await vi.waitFor(() => expect(replace).toHaveBeenCalledTimes(1));
      // Back to the opening view: now written, since the address says FR.
      el.setAttribute('requester', 'US');
      el.dispatchEvent(new CustomEvent('jm-change'));
      await vi.waitFor(() => expect(replace).toHaveBeenCalledTimes(2));
      expect(new URLSearchParams(location.search).get('requester')).toBe('US');
    } finally {
      replace.mockRestore();
    }
  });

  it('keeps a link with a mistake as it came, so a reload shows the message again', async () => {
    const link = `${location.pathname}?scenario=microsoft-ireland&step=0`;
    history.replaceState(history.state, '', link);
    const el = standIn();
    // As the map does with a step it refuses once it has read it: no step in its view, its
    // default request shown.
    let refused = false;
    el.viewAttribute = (name) =>
      refused && (name === 'scenario' || name === 'step') ? null : el.getAttribute(name);
    el.setAttribute('request-type', 'us-warrant');
    const replace = vi.spyOn(history, 'replaceState');
    try {
      linkToUrl(el);
      refused = true;
      el.dispatchEvent(new CustomEvent('jm-change'));
      el.dispatchEvent(new CustomEvent('jm-ready'));
      await new Promise((settled) => setTimeout(settled));
      expect(replace).not.toHaveBeenCalled();
      expect(`${location.pathname}${location.search}`).toBe(link);
    } finally {
      replace.mockRestore();
    }
  });

  it('reads and writes a comparison too, in a scenario or not', async () => {
    history.replaceState(
      history.state,
      '',
      `${location.pathname}?scenario=microsoft-ireland&step=2&compare-datacenter=aws-us-east-1`,
    );
    const el = standIn();
    linkToUrl(el);
    el.dispatchEvent(new CustomEvent('jm-ready'));
    expect(el.getAttribute('compare-datacenter')).toBe('aws-us-east-1');
    el.setAttribute('compare-request-type', 'mlat');
    el.dispatchEvent(new CustomEvent('jm-change'));
    await vi.waitFor(() =>
      expect(new URLSearchParams(location.search).get('compare-request-type')).toBe('mlat'),
    );
    const query = new URLSearchParams(location.search);
    expect(query.get('compare-datacenter')).toBe('aws-us-east-1');
    expect(query.get('step')).toBe('2');
  });

  it("keeps the rest of the query as it came: the reader's lang and theme, a site's own", async () => {
    history.replaceState(
      history.state,
      '',
      `${location.pathname}?scenario=microsoft-ireland&step=2&lang=fr&theme=dark&id=42`,
    );
    const el = standIn();
    linkToUrl(el);
    el.dispatchEvent(new CustomEvent('jm-ready'));
    el.setAttribute('step', '3');
    el.dispatchEvent(new CustomEvent('jm-step'));
    await vi.waitFor(() => expect(new URLSearchParams(location.search).get('step')).toBe('3'));
    const query = new URLSearchParams(location.search);
    expect([query.get('lang'), query.get('theme'), query.get('id')]).toEqual(['fr', 'dark', '42']);
  });
});
