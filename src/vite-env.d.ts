/// <reference types="vite/client" />

// The built-in data split for the element (scripts/data-split.js).
declare module 'jm:built-in-facts' {
  import type { Bundle } from './engine/schema.js';
  /** The built-in bundle with every `sources` list empty, and no instrument or data-center note. */
  export const bundle: Bundle;
  /** The newest date any source was checked. */
  export const checked: string;
}
declare module 'jm:built-in-sources' {
  import type { Source } from './engine/schema.js';
  /** Each emptied `sources` list of the facts, and each note taken out, by its path in the bundle. */
  const sources: [path: (string | number)[], value: Source[] | string][];
  export default sources;
}
