// The element's built-in data, in two parts (see scripts/data-split.js): the facts, bundled with
// the element, and their sources, a separate module fetched the first time a reader needs them.
// The engine package (jurisdiction-map/engine) always has both; only the element splits them,
// to halve what a page downloads before the map is drawn.
import { bundle, checked } from 'jm:built-in-facts';
import { COLLECTIONS, worldFromCheckedBundle, type World } from '../engine/world.js';
import type { Bundle } from '../engine/schema.js';

/**
 * Puts back what scripts/data-split.js left out of the facts: each record's (still empty) list
 * of sources, a jurisdiction's kind when it is a country, an instrument's title, a provider's
 * legal name and a request type's legal basis (each empty until the sources arrive), a data
 * center's id (its provider and region). Done once, as the module loads.
 */
export function putBackDefaults(facts: Bundle): void {
  for (const list of COLLECTIONS) for (const record of facts[list] ?? []) record.sources = [];
  for (const j of facts.jurisdictions) j.kind ??= 'country';
  for (const i of facts.instruments) i.title ??= '';
  for (const p of facts.providers) p.legalName ??= '';
  for (const r of facts.requestTypes) r.legalBasis ??= '';
  for (const d of facts.datacenters) d.id ??= `${d.provider}-${d.region}`.toLowerCase();
}
putBackDefaults(bundle);

let facts: World | undefined;
let complete: Promise<World> | undefined;
let completed: World | undefined;

/** The built-in World without sources (every `sources` list empty); shared by every map. */
export function factsWorld(): World {
  // The test suite checks the whole built-in bundle on every run, so it is only indexed here.
  facts ??= worldFromCheckedBundle(bundle, checked);
  return facts;
}

/** The best built-in World at hand: with sources once any map on the page has loaded them. */
export function builtInWorld(): World {
  return completed ?? factsWorld();
}

/** Whether a World is the built-in one still waiting for its sources. */
export function lacksSources(world: World): boolean {
  return world === facts;
}

/**
 * The built-in World with its sources, loading them once for every map on the page. A failed
 * load is forgotten, so the next call tries again.
 */
export function completeWorld(): Promise<World> {
  complete ??= import('./on-demand.js')
    .then(({ sources }) => {
      attach(bundle, sources);
      completed = worldFromCheckedBundle(bundle, checked);
      return completed;
    })
    .catch((error: unknown) => {
      complete = undefined;
      throw error;
    });
  return complete;
}

/** The built-in bundle, complete once completeWorld() has resolved (to merge a site's data into). */
export function builtInFacts(): Bundle {
  return bundle;
}

// Puts each list of sources (and each note) back at its path. The facts' records are filled in
// place: they are the same objects either way, and a World made before still reads correctly.
function attach(target: Bundle, sources: [path: (string | number)[], value: unknown][]): void {
  for (const [path, list] of sources) {
    let node: unknown = target;
    for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
    (node as Record<string | number, unknown>)[path.at(-1)!] = list;
  }
}
