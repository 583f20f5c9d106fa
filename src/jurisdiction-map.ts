// The standalone entry: importing it registers <jurisdiction-map>. A second copy on the same page
// (two bundles) leaves the first registration in place instead of throwing.
import { JurisdictionMap } from './elements/jurisdiction-map.js';
import { setScriptUrl } from './elements/presenting.js';

// Where this module was loaded from: the embed code a reader copies points at the same file.
setScriptUrl(import.meta.url);

if (!customElements.get('jurisdiction-map'))
  customElements.define('jurisdiction-map', JurisdictionMap);

export { JurisdictionMap };
export type * from './elements/events.js';
