// The first render draws the map once, at its real size, so the map is not drawn twice in the
// task that first shows it (the demo page's Lighthouse score counts that task). Where the layout
// fixes the map's size from the host's box (a phone, or no pickers), it is taken before anything is
// laid out and the first render draws the map. Wide with the pickers, whose height follows the
// page's font, the first render lays out the frame with an empty map, and the map is drawn once
// measured, before the first paint. If the breakpoints or the panel's width change in styles.ts,
// #estimateStageSize must follow.
import { describe, expect, it } from 'vitest';
import { mount } from './mount.js';

/** The demo page's font. */
const DEMO_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** Mounts with a page font (the demo's unless given) and lists every map drawn on the way (its
 * viewBox, or 'no size' for the empty map of an unmeasured render), with the map area's final size. */
async function drawings(
  size: { width: number; height: number },
  attributes = {},
  font = DEMO_FONT,
) {
  document.body.style.fontFamily = font;
  const drawn: string[] = [];
  const note = (svg: Element) => drawn.push(svg.getAttribute('viewBox') ?? 'no size');
  const record = (records: MutationRecord[]) => {
    for (const r of records) {
      if (r.type === 'attributes' && r.attributeName === 'viewBox') note(r.target as Element);
      for (const node of r.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches('svg.map')) note(node);
        node.querySelectorAll('svg.map').forEach(note);
      }
    }
  };
  const seen = new MutationObserver(record);
  // Observe every shadow root created from now on, before its first render.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    seen.observe(root, { subtree: true, childList: true, attributes: true });
    return root;
  };
  try {
    const el = await mount(attributes, size);
    record(seen.takeRecords());
    const area = el.shadowRoot!.querySelector('.map-area')!.getBoundingClientRect();
    return { drawn, area: `0 0 ${Math.round(area.width)} ${Math.round(area.height)}` };
  } finally {
    Element.prototype.attachShadow = attach;
    seen.disconnect();
    document.body.style.fontFamily = '';
  }
}

/** The maps drawn with a size (an unmeasured render's empty map left out). */
const sized = (drawn: string[]) => drawn.filter((d) => d !== 'no size');

describe('<jurisdiction-map> first render', () => {
  it("draws a wide map with its pickers once, measured, whatever the page's font", async () => {
    // The browser's default serif made the pickers' row 66.4 px high, where a fixed guess of 65
    // drew the map twice.
    for (const font of [DEMO_FONT, 'serif', 'monospace']) {
      const { drawn, area } = await drawings({ width: 1350, height: 761 }, {}, font);
      expect(sized(drawn), font).toEqual([area]);
    }
  });

  it('draws a wide map without pickers once, in the first render, beside a panel at its least width', async () => {
    // At 740 px the panel keeps its 260 px minimum (more than 34 %).
    for (const width of [740, 1350]) {
      const { drawn, area } = await drawings({ width, height: 600 }, { controls: 'none' });
      expect(drawn, String(width)).toEqual([area]);
    }
    const { drawn, area } = await drawings(
      { width: 960, height: 500 },
      {
        controls: 'none',
        panel: 'none',
      },
    );
    expect(drawn).toEqual([area]);
  });

  it('draws a phone map once, at the size the layout gives it', async () => {
    const { drawn, area } = await drawings({ width: 412, height: 1529 });
    expect(drawn).toEqual([area]);
  });

  it('in English, makes no Intl object and collates nothing', async () => {
    // The first of these on a page loads ICU's locale or collation data: 35-50 ms of the first
    // render on the demo page, in one long task. English dates are written by hand
    // (strings.ts), the legal events sort by code units (timeline.ts), and the states' list is
    // sorted when a reader reaches the pickers.
    const used: string[] = [];
    // (Intl's members are not enumerable: taken one by one.)
    const names = ['DateTimeFormat', 'NumberFormat', 'DisplayNames', 'Collator'] as const;
    const real = Object.fromEntries(names.map((n) => [n, Intl[n]])) as Pick<
      typeof Intl,
      (typeof names)[number]
    >;
    const compare = String.prototype.localeCompare;
    for (const name of names) {
      (Intl as Record<string, unknown>)[name] = new Proxy(real[name], {
        construct: (target, args) => (
          used.push(name),
          new (target as new (...a: unknown[]) => object)(...args)
        ),
      });
    }
    String.prototype.localeCompare = function (
      this: string,
      that: string,
      locales?: Intl.LocalesArgument,
      options?: Intl.CollatorOptions,
    ) {
      used.push('localeCompare');
      return compare.call(this, that, locales, options);
    };
    try {
      await mount(
        { lang: 'en', requester: 'US', 'as-of': '2019-06-01' },
        { width: 1350, height: 761 },
      );
      await mount({ lang: 'en-GB', 'as-of': '2014-06-01' }, { width: 412, height: 1529 });
    } finally {
      Object.assign(Intl, real);
      String.prototype.localeCompare = compare;
    }
    expect(used).toEqual([]);
  });

  it('draws a lazy map once when it comes into view, at the size the layout gives it', async () => {
    const { drawn, area } = await drawings({ width: 1350, height: 761 }, { loading: 'lazy' });
    expect(sized(drawn)).toEqual([area]);
    const phone = await drawings({ width: 412, height: 1529 }, { loading: 'lazy' });
    expect(phone.drawn).toEqual([phone.area]);
  });
});
