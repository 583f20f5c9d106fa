// Mounting <jurisdiction-map> for a browser test: in a sized box, after its first complete render,
// removed again after each test.
import { afterEach } from 'vitest';
import '../../src/jurisdiction-map.js';
import type { JurisdictionMap } from '../../src/jurisdiction-map.js';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const box of mounted.splice(0)) box.remove();
});

/** Mounts an element in a sized container and waits for its first complete render. */
export async function mount(
  attributes: Record<string, string> = {},
  size = { width: 1000, height: 600 },
): Promise<JurisdictionMap> {
  const box = document.createElement('div');
  box.style.width = `${size.width}px`;
  box.style.height = `${size.height}px`;
  const el = document.createElement('jurisdiction-map') as JurisdictionMap;
  el.style.height = '100%';
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  const ready = new Promise((resolve) => el.addEventListener('jm-ready', resolve, { once: true }));
  box.append(el);
  document.body.append(box);
  mounted.push(box);
  await ready;
  await el.updateComplete;
  return el;
}

/** Runs `body` as in a browser whose reader asks for reduced motion (matchMedia says so). */
export async function withReducedMotion(body: () => Promise<void>): Promise<void> {
  const real = window.matchMedia;
  window.matchMedia = ((query: string) =>
    ({
      ...real.call(window, query),
      matches: query.includes('reduce'),
    }) as MediaQueryList) as typeof window.matchMedia;
  try {
    await body();
  } finally {
    window.matchMedia = real;
  }
}
