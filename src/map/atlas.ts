// The world's shapes (world-atlas countries-110m, Natural Earth 1:110m), each tied to the
// jurisdiction it stands for. Bundled, so the first paint fetches nothing.
import type { Feature, GeometryObject } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import type { World } from '../engine/index.js';

/** One country shape and the jurisdiction it belongs to (undefined for none, e.g. Antarctica's). */
export interface CountryShape {
  /** world-atlas feature name, e.g. "Ireland", "N. Cyprus". */
  name: string;
  jurisdiction: string | undefined;
  feature: Feature<GeometryObject>;
}

const topology = countries110m as unknown as Topology<{
  countries: GeometryCollection<{ name: string }>;
}>;
let features: Feature<GeometryObject, { name: string }>[] | undefined;

/** The 177 country features of countries-110m, converted once. */
function countryFeatures(): Feature<GeometryObject, { name: string }>[] {
  features ??= feature(topology, topology.objects.countries).features as Feature<
    GeometryObject,
    { name: string }
  >[];
  return features;
}

/** Every country shape with its jurisdiction id, by ISO numeric code or by the atlas name. */
export function countryShapes(world: World): CountryShape[] {
  const byNumeric = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const j of world.jurisdictions.values()) {
    if (j.numeric) byNumeric.set(j.numeric, j.id);
    for (const name of j.atlasNames ?? []) byName.set(name, j.id);
  }
  return countryFeatures().map((f) => ({
    name: f.properties.name,
    jurisdiction:
      (f.id !== undefined ? byNumeric.get(String(f.id)) : undefined) ??
      byName.get(f.properties.name),
    feature: f,
  }));
}
