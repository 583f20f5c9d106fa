// Memory in Chromium, with garbage collection forced through the DevTools protocol: attaching
// and detaching the element 100 times, and 1,000 rapid request changes on one element, leave the
// heap where it was (growth under 1 MB after GC) and keep no detached nodes or listeners alive.
// The numbers themselves go to bench/scale.json (npm run bench, scripts/bench-scale.js).
import { describe, expect, it } from 'vitest';
import {
  attachDetach,
  MEMORY_PAGE,
  mountOne,
  rapidChanges,
  settledHeap,
} from '../../scripts/memory-probe.js';
import { useBrowser } from './browser.js';

const MB = 1024 * 1024;
const e2e = useBrowser({ '/memory.html': MEMORY_PAGE });

async function open() {
  const page = await e2e.browser.newPage({ viewport: { width: 1100, height: 700 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${e2e.server.url}/memory.html`);
  return { page, cdp, errors };
}

describe('memory', () => {
  it('100 attach/detach cycles: heap growth under 1 MB after GC, no nodes or listeners kept', async () => {
    const { page, cdp, errors } = await open();
    // Warm up: the shared World, the compiled templates and the JIT settle in the first cycles.
    await attachDetach(page, 10);
    const before = await settledHeap(cdp);
    await attachDetach(page, 100);
    const after = await settledHeap(cdp);
    await page.close();
    expect(errors).toEqual([]);
    const growth = after.heap - before.heap;
    expect(growth, `heap grew ${(growth / MB).toFixed(2)} MB`).toBeLessThan(1 * MB);
    // A drawn map is about 5,000 nodes: one kept alive per cycle would add 500,000.
    expect(after.nodes - before.nodes).toBeLessThan(2500);
    expect(after.listeners - before.listeners).toBeLessThan(50);
  });

  it('1,000 rapid request changes: heap flat (growth under 1 MB after GC)', async () => {
    const { page, cdp, errors } = await open();
    await mountOne(page);
    await rapidChanges(page, 100);
    const before = await settledHeap(cdp);
    await rapidChanges(page, 1000, 100);
    const after = await settledHeap(cdp);
    await page.close();
    expect(errors).toEqual([]);
    const growth = after.heap - before.heap;
    expect(growth, `heap grew ${(growth / MB).toFixed(2)} MB`).toBeLessThan(1 * MB);
    // The node count moves by a few hundred with what the last change drew; a copy of the map
    // kept per change would add 5,000 each time.
    expect(after.nodes - before.nodes).toBeLessThan(2500);
    expect(after.listeners - before.listeners).toBeLessThan(50);
  });
});
