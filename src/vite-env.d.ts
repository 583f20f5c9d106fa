/// <reference types="vite/client" />

// The built-in data split for the element (scripts/data-split.js).
declare module 'jm:built-in-facts' {
  import type { Bundle } from './engine/schema.js';
  /** The built-in bundle with every `sources` list empty. */
  export const bundle: Bundle;
  /** The newest date any source was checked. */
  export const checked: string;
}
declare module 'jm:built-in-sources' {
  import type { Source } from './engine/schema.js';
  /** Each emptied `sources` list of the facts, by its path in the bundle. */
  const sources: [path: (string | number)[], sources: Source[]][];
  export default sources;
}
