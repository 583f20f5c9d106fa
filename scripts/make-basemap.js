// Regenerates src/map/basemap-110m.json: the world of world-atlas countries-110m (Natural Earth
// 1:110m) projected once with Natural Earth at a reference size, as SVG path strings, with each
// country's label point. The map scales these paths to any size with one transform, so the
// browser neither ships topojson nor projects 177 countries at start-up or on resize.
// `npm run basemap`; a test checks that the committed file is current.
import { writeFileSync } from 'node:fs';
import { basemap } from './basemap-of-atlas.js';

writeFileSync('src/map/basemap-110m.json', JSON.stringify(basemap()) + '\n');
console.log('wrote src/map/basemap-110m.json');
