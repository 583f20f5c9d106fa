// Memory probes for <jurisdiction-map> in Chromium through Playwright and the DevTools protocol:
// the heap after forced garbage collection, before and after many attach/detach cycles or many
// request changes. Shared by test/e2e/memory.test.ts (a leak threshold) and scripts/bench-scale.js
// (the numbers in bench/scale.json). The page is MEMORY_PAGE served next to the standalone
// bundle (dist/jurisdiction-map.js).

/* global document, customElements, setTimeout */

export const MEMORY_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>memory</title><link rel="icon" href="data:,"></head><body>
<div id="box" style="width:1000px;height:600px"></div>
<script type="module" src="/jurisdiction-map.js"></script></body></html>`;

/**
 * Used JS heap (bytes) after forcing full garbage collection, with the DOM counters (nodes,
 * documents, JS event listeners) that show detached elements kept alive.
 * @param {import('playwright').CDPSession} cdp
 */
export async function settledHeap(cdp) {
  // Several passes: finalizers and weak maps can free more on a second collection.
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, documents, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes, documents, listeners: jsEventListeners };
}

/**
 * Mounts a map in #box, waits for its first complete render, removes it; `cycles` times. Then
 * waits a little, so timers the element set (zoom wiring after the first paint) have run.
 * @param {import('playwright').Page} page
 */
export async function attachDetach(page, cycles) {
  await page.evaluate(async (n) => {
    await customElements.whenDefined('jurisdiction-map');
    const box = document.getElementById('box');
    for (let i = 0; i < n; i++) {
      const el = document.createElement('jurisdiction-map');
      el.setAttribute('as-of', '2019-06-01');
      el.style.height = '100%';
      const ready = new Promise((r) => el.addEventListener('jm-ready', r, { once: true }));
      box.append(el);
      await ready;
      await el.updateComplete;
      el.remove();
    }
    await new Promise((r) => setTimeout(r, 300));
  }, cycles);
}

/** Mounts one map in #box for request changes; resolves after its first render. */
export async function mountOne(page) {
  await page.evaluate(async () => {
    await customElements.whenDefined('jurisdiction-map');
    const el = document.createElement('jurisdiction-map');
    el.id = 'probe';
    el.setAttribute('as-of', '2019-06-01');
    el.style.height = '100%';
    const ready = new Promise((r) => el.addEventListener('jm-ready', r, { once: true }));
    document.getElementById('box').append(el);
    await ready;
  });
}

/**
 * `count` request changes on the mounted map as fast as it renders them: a new date each time
 * (2001–2026), a new request type every 7th and a new data center every 11th change.
 * @param {import('playwright').Page} page
 */
export async function rapidChanges(page, count, offset = 0) {
  await page.evaluate(
    async ([n, start]) => {
      const el = document.getElementById('probe');
      const types = ['us-warrant', 'mlat', 'us-subpoena', 'cloud-act-order', 'eu-production-order'];
      const places = ['azure-northeurope', 'aws-us-east-1', 'gcp-europe-west3', 'aws-eu-west-1'];
      const day = Date.UTC(2001, 0, 1);
      for (let i = start; i < start + n; i++) {
        const asOf = new Date(day + Math.floor((i * 9.3) % 9400) * 86_400_000)
          .toISOString()
          .slice(0, 10);
        el.setAttribute('as-of', asOf);
        if (i % 7 === 0) el.setAttribute('request-type', types[(i / 7) % types.length]);
        if (i % 11 === 0) el.setAttribute('datacenter', places[(i / 11) % places.length]);
        await el.updateComplete;
      }
      await new Promise((r) => setTimeout(r, 300));
    },
    [count, offset],
  );
}
