// What the element loads only when it is needed, as one file beside it (the standalone build's
// dist/jurisdiction-map-sources.js): the sources of the built-in data (half its bytes), the
// checks for a site's own bundle (the schema's validator), and the image and table export. A map that only
// shows the built-in data never fetches it until a reader opens the sources or exports an image.
export { default as sources } from 'jm:built-in-sources';
export { worldFromBundle } from '../engine/check.js';
export { worldFromMergedBundle } from '../engine/merge.js';
export { exportSvg, reachCsv, svgToPng } from './export.js';
