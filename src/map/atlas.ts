// The world's shapes: world-atlas countries-110m (Natural Earth 1:110m), projected once at build
// time into basemap-110m.json (scripts/make-basemap.js), each tied here to its jurisdiction.
// Bundled, so the first paint fetches nothing and projects no country.
import type { World } from '../engine/core.js';
import basemap from './basemap-110m.json';

/** One country shape and the jurisdiction it belongs to. */
export interface CountryShape {
  /** world-atlas feature name, e.g. "Ireland", "N. Cyprus". */
  name: string;
  jurisdiction: string | undefined;
  /** SVG path in the base map's reference frame (see BASEMAP). */
  d: string;
  /** Label point [lon, lat]: the centroid of the largest polygon. */
  place: [number, number];
}

/** The projected base map: reference size and projection, sphere and graticule paths. */
export const BASEMAP = {
  width: basemap.width,
  height: basemap.height,
  scale: basemap.scale,
  translate: basemap.translate as [number, number],
  sphere: basemap.sphere,
  graticule: basemap.graticule,
};

/** Every country shape with its jurisdiction id, by ISO numeric code or by the atlas name. */
export function countryShapes(world: World): CountryShape[] {
  const byNumeric = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const j of world.jurisdictions.values()) {
    if (j.numeric) byNumeric.set(j.numeric, j.id);
    for (const name of j.atlasNames ?? []) byName.set(name, j.id);
  }
  return basemap.countries.map((c) => ({
    name: c.name,
    jurisdiction: (c.id !== null ? byNumeric.get(c.id) : undefined) ?? byName.get(c.name),
    d: c.d,
    place: c.place as [number, number],
  }));
}
