// Test helpers: the built-in bundle to copy and bend, and a day before/after a date.
import { builtInBundle, type Bundle, type Datacenter } from '../../src/engine/index.js';

/** A fresh deep copy of the built-in bundle, safe to mutate in one test. */
export function bundleCopy(): Bundle {
  return structuredClone(builtInBundle) as Bundle;
}

/** The built-in bundle plus a test-only data center (e.g. a US provider's region in China). */
export function bundleWith(datacenter: Omit<Datacenter, 'sources'>): Bundle {
  const bundle = bundleCopy();
  bundle.datacenters.push({
    ...datacenter,
    sources: [{ citation: 'test fixture: a hypothetical region', checked: '2026-11-26' }],
  });
  return bundle;
}

/** The ISO date `days` away from `date`. */
export function shift(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
