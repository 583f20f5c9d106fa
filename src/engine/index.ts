/**
 * jurisdiction-map/engine: the pure reach engine. No DOM, no D3, no Lit; runs in Node and browsers.
 *
 *   const world = createWorld();
 *   resolve(world, { requestType: 'us-warrant', requester: 'US', datacenter: 'azure-northeurope', asOf: '2019-06-01' });
 */
import { builtInBundle } from './built-in.js';
import { worldFromMergedBundle } from './merge.js';
import { worldFromBundle } from './check.js';
import { worldFromCheckedBundle, type World } from './world.js';
import type { Bundle } from './schema.js';

let builtInWorld: World | undefined;

/** How a site's bundle meets the built-in data set. */
export interface WorldOptions {
  /**
   * `replace` (the default for the engine): the bundle is the whole data set. `merge`: its
   * records are added to the built-in ones (a record with a built-in id replaces that record) and
   * every list in it is optional.
   */
  mode?: 'replace' | 'merge';
}

/**
 * Checks a bundle and indexes it; throws DataError. With no bundle, the built-in data set: the
 * test suite checks it on every run (test/data), so here it is only indexed, once, and shared
 * (a World is read-only) by every map on the page.
 */
export function createWorld(bundle?: unknown, options: WorldOptions = {}): World {
  if (bundle !== undefined && options.mode === 'merge') {
    return worldFromMergedBundle(builtInBundle, bundle);
  }
  if (bundle !== undefined) return worldFromBundle(bundle);
  builtInWorld ??= worldFromCheckedBundle(builtInBundle as Bundle);
  return builtInWorld;
}

export { builtInBundle };
export * from './core.js';
