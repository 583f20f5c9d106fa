// The first render draws the map at its real size: the guess taken from the host's box before
// anything is laid out matches what the layout then gives, so the map is not drawn twice in the
// task that first shows it (the demo page's Lighthouse score counts that task). If the pickers'
// height or the phone layout change in styles.ts, #estimateStageSize must follow.
import { describe, expect, it } from 'vitest';
import { mount } from './mount.js';

/** Mounts with the demo page's font and counts how often the map's viewBox changed on the way. */
async function viewBoxChanges(size: { width: number; height: number }) {
  document.body.style.fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
  const changes: string[] = [];
  const seen = new MutationObserver((records) => {
    for (const r of records) {
      if (r.attributeName === 'viewBox' && r.oldValue !== null) changes.push(r.oldValue);
    }
  });
  // Observe every shadow root created from now on, before its first render.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    seen.observe(root, { subtree: true, attributes: true, attributeOldValue: true });
    return root;
  };
  try {
    const el = await mount({}, size);
    const viewBox = el.shadowRoot!.querySelector('svg.map')!.getAttribute('viewBox');
    const area = el.shadowRoot!.querySelector('.map-area')!.getBoundingClientRect();
    seen.takeRecords().forEach((r) => r.attributeName === 'viewBox' && changes.push(r.oldValue!));
    return { changes, viewBox, area: `0 0 ${Math.round(area.width)} ${Math.round(area.height)}` };
  } finally {
    Element.prototype.attachShadow = attach;
    seen.disconnect();
    document.body.style.fontFamily = '';
  }
}

describe('<jurisdiction-map> first render', () => {
  it('draws a wide map once, at the size the layout gives it', async () => {
    const { changes, viewBox, area } = await viewBoxChanges({ width: 1350, height: 761 });
    expect(viewBox).toBe(area);
    expect(changes, 'the map was first drawn at another size').toEqual([]);
  });

  it('draws a phone map once, at the size the layout gives it', async () => {
    const { changes, viewBox, area } = await viewBoxChanges({ width: 412, height: 1529 });
    expect(viewBox).toBe(area);
    expect(changes, 'the map was first drawn at another size').toEqual([]);
  });
});
