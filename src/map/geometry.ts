// Map math without a DOM: d3-geo turns the world into SVG path strings and points for a given
// size. Lit renders the strings; nothing here touches an element.
import {
  geoArea,
  geoCentroid,
  geoGraticule10,
  geoNaturalEarth1,
  geoPath,
  type GeoProjection,
} from 'd3-geo';
import type { Feature, GeometryObject, MultiPolygon, Polygon, Position } from 'geojson';
import type { World } from '../engine/index.js';
import type { CountryShape } from './atlas.js';

export interface Size {
  width: number;
  height: number;
}

/** A Natural Earth projection fitted to the size, with a small margin. */
export function makeProjection({ width, height }: Size): GeoProjection {
  const margin = Math.max(4, Math.min(width, height) * 0.02);
  return geoNaturalEarth1().fitExtent(
    [
      [margin, margin],
      [width - margin, height - margin],
    ],
    { type: 'Sphere' },
  );
}

/** Rounds path numbers to one decimal: a tenth of a pixel is invisible and halves the markup. */
function rounded(d: string | null): string {
  return (d ?? '').replace(/\d+\.\d+/g, (n) => (Math.round(Number(n) * 10) / 10).toString());
}

export interface BaseLayers {
  sphere: string;
  graticule: string;
  countries: { name: string; jurisdiction: string | undefined; d: string }[];
}

/** The sphere, the graticule and every country as path strings. */
export function baseLayers(projection: GeoProjection, shapes: readonly CountryShape[]): BaseLayers {
  const path = geoPath(projection);
  return {
    sphere: rounded(path({ type: 'Sphere' })),
    graticule: rounded(path(geoGraticule10())),
    countries: shapes.map((s) => ({
      name: s.name,
      jurisdiction: s.jurisdiction,
      d: rounded(path(s.feature)),
    })),
  };
}

/** The great-circle arc between two [lon, lat] points as a path string. */
export function arcPath(projection: GeoProjection, from: Position, to: Position): string {
  return rounded(geoPath(projection)({ type: 'LineString', coordinates: [from, to] }));
}

/**
 * Where a jurisdiction sits on the map, [lon, lat]: the centroid of its largest polygon (so France
 * is not placed between Paris and French Guiana), else the mean of its data centers.
 */
export function placesOfJurisdictions(
  world: World,
  shapes: readonly CountryShape[],
): Map<string, Position> {
  const places = new Map<string, Position>();
  for (const shape of shapes) {
    if (!shape.jurisdiction || places.has(shape.jurisdiction)) continue;
    places.set(shape.jurisdiction, geoCentroid(largestPolygon(shape.feature)));
  }
  const sums = new Map<string, [number, number, number]>();
  for (const dc of world.datacenters.values()) {
    if (places.has(dc.country)) continue;
    const s = sums.get(dc.country) ?? [0, 0, 0];
    sums.set(dc.country, [s[0] + dc.lon, s[1] + dc.lat, s[2] + 1]);
  }
  for (const [id, [lon, lat, n]] of sums) places.set(id, [lon / n, lat / n]);
  return places;
}

function largestPolygon(feature: Feature<GeometryObject>): Feature<Polygon> {
  const g = feature.geometry;
  const polygons: Position[][][] =
    g.type === 'Polygon'
      ? [g.coordinates]
      : g.type === 'MultiPolygon'
        ? (g as MultiPolygon).coordinates
        : [];
  let best = polygons[0] ?? [];
  let bestArea = -1;
  for (const coordinates of polygons) {
    const area = geoArea({ type: 'Polygon', coordinates });
    if (area > bestArea) [best, bestArea] = [coordinates, area];
  }
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: best } };
}

export interface MarkerPlace {
  id: string;
  /** Projected position of the data center itself. */
  x: number;
  y: number;
  /** Screen-pixel offset that keeps markers in the same city apart (0 for a lone marker). */
  dx: number;
  dy: number;
}

/**
 * Projects data centers and fans out those closer than `spacing` pixels (Frankfurt has five) on a
 * small ring around their mean, so each stays visible and clickable; a leader line joins it to
 * the true place.
 */
export function markerPlaces(
  projection: GeoProjection,
  points: readonly { id: string; lon: number; lat: number }[],
  spacing = 7,
): MarkerPlace[] {
  const projected = points.map((p) => {
    const [x, y] = projection([p.lon, p.lat]) ?? [NaN, NaN];
    return { id: p.id, x, y };
  });
  // Greedy clustering is enough for a hundred points and is stable for a given size.
  const clusters: { x: number; y: number; members: typeof projected }[] = [];
  for (const p of projected) {
    const near = clusters.find((c) => Math.hypot(c.x - p.x, c.y - p.y) < spacing);
    if (near) {
      near.members.push(p);
      near.x = near.members.reduce((s, m) => s + m.x, 0) / near.members.length;
      near.y = near.members.reduce((s, m) => s + m.y, 0) / near.members.length;
    } else clusters.push({ x: p.x, y: p.y, members: [p] });
  }
  const result: MarkerPlace[] = [];
  for (const c of clusters) {
    const n = c.members.length;
    const radius = n === 1 ? 0 : Math.max(spacing * 0.8, (spacing * 1.1 * n) / (2 * Math.PI));
    c.members.forEach((m, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
      result.push({
        id: m.id,
        x: m.x,
        y: m.y,
        dx: c.x - m.x + radius * Math.cos(angle),
        dy: c.y - m.y + radius * Math.sin(angle),
      });
    });
  }
  return result;
}
