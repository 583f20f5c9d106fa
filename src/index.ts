/**
 * jurisdiction-map: the <jurisdiction-map> element for bundlers and npm, with Lit and valibot as
 * dependencies (the standalone dist/jurisdiction-map.js bundles them instead; D3 runs only at
 * build time). Importing it
 * registers the element in a browser; in Node (server rendering) the import does nothing else.
 */
import { JurisdictionMap } from './elements/jurisdiction-map.js';

if (typeof customElements !== 'undefined' && !customElements.get('jurisdiction-map')) {
  customElements.define('jurisdiction-map', JurisdictionMap);
}

export { JurisdictionMap };
export type * from './elements/events.js';
export type { Resolution, Request, ScenarioView, Reach, DatacenterReach } from './engine/index.js';
