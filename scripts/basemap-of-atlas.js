// The projected base map, computed from world-atlas; see make-basemap.js.
import { geoArea, geoCentroid, geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';

/** The reference width, in whole units; heights follow the projection's aspect. */
export const REFERENCE_WIDTH = 2000;

export function basemap() {
  const atlas = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8'));
  const projection = geoNaturalEarth1()
    .precision(0.5)
    .fitWidth(REFERENCE_WIDTH, { type: 'Sphere' });
  const [[, y0], [, y1]] = geoPath(projection).bounds({ type: 'Sphere' });
  const path = (object) => compact(geoPath(projection)(object));
  const countries = feature(atlas, atlas.objects.countries).features.map((f) => ({
    id: f.id ?? null,
    name: f.properties.name,
    d: path(f),
    place: labelPoint(f).map((n) => Math.round(n * 100) / 100),
  }));
  return {
    source:
      'world-atlas 2.0.2 countries-110m.json (Natural Earth 1:110m), Natural Earth projection',
    width: REFERENCE_WIDTH,
    height: Math.ceil(y1 - y0),
    scale: projection.scale(),
    translate: projection.translate(),
    sphere: path({ type: 'Sphere' }),
    graticule: path(geoGraticule10()),
    countries,
  };
}

/**
 * A d3 path ("M1.5,2L3,4Z…") as whole units with relative moves ("M2 2l1 2z…"): a third of the
 * size. Absolute points are rounded first, so rounding never accumulates along a ring.
 */
function compact(d) {
  let out = '';
  let x = 0;
  let y = 0;
  // The segment being extended: where it starts in `out`, its axis, direction and length.
  const run = { at: 0, axis: '', sign: 0, d: 0 };
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      out += 'z';
      run.axis = '';
      continue;
    }
    const [px, py] = args.split(',').map((n) => Math.round(Number(n)));
    if (command === 'M') out += `M${px} ${py}`;
    else {
      // A run along one axis (a parallel is a straight line in this projection) is one segment.
      const [dx, dy] = [px - x, py - y];
      if (dx === 0 && dy === 0) continue; // rounded onto the point before: draws nothing
      const axis = dy === 0 ? 'h' : dx === 0 ? 'v' : '';
      if (axis && axis === run.axis && Math.sign(dx + dy) === run.sign) {
        run.d += dx + dy;
        out = out.slice(0, run.at) + `l${axis === 'h' ? `${run.d} 0` : `0 ${run.d}`}`;
      } else {
        run.at = out.length;
        run.axis = axis;
        run.sign = Math.sign(dx + dy);
        run.d = dx + dy;
        out += `l${dx} ${dy}`;
      }
    }
    if (command === 'M') run.axis = '';
    [x, y] = [px, py];
  }
  return implicitLines(out.replace(/ -/g, '-'));
}

/**
 * "l1 2l3 4" as "l1 2 3 4": SVG repeats a command for the numbers that follow it, so only the
 * first of a run of relative lines needs its "l" (−0.8 kB gzip). Never after an M, whose own
 * repeats would be absolute lines.
 */
function implicitLines(d) {
  let previous = '';
  return d.replace(/([Mlz])([^Mlz]*)/g, (_, command, args) => {
    const repeat = command === 'l' && previous === 'l';
    previous = command;
    return repeat ? (args.startsWith('-') ? args : ` ${args}`) : command + args;
  });
}

// The centroid of the largest polygon, so France is not placed between Paris and Guiana.
function labelPoint(f) {
  const polygons =
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let best = polygons[0];
  let bestArea = -1;
  for (const coordinates of polygons) {
    const area = geoArea({ type: 'Polygon', coordinates });
    if (area > bestArea) [best, bestArea] = [coordinates, area];
  }
  return geoCentroid({ type: 'Polygon', coordinates: best });
}
