// The standalone entry: importing it registers <jurisdiction-map>. A second copy on the same page
// (two bundles) leaves the first registration in place instead of throwing.
import { JurisdictionMap } from './elements/jurisdiction-map.js';

if (!customElements.get('jurisdiction-map'))
  customElements.define('jurisdiction-map', JurisdictionMap);

export { JurisdictionMap };
export type * from './elements/events.js';
