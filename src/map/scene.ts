// What the map shows for one Resolution, as plain data: each country with its role, the arcs of
// the path in order, each data center with its reach, and the labels. Pure and DOM-free, so the
// element only turns it into SVG, and tests can read it in Node.
import type { Position } from 'geojson';
import {
  partiesOn,
  type DatacenterReach,
  type Reach,
  type Resolution,
  type Role,
  type ScenarioView,
  type World,
} from '../engine/core.js';
import { en, type Strings } from '../i18n/strings.js';
import { BASEMAP, type CountryShape } from './atlas.js';
import {
  arcPath,
  baseTransform,
  markerPlaces,
  markerScale,
  Places,
  tenth,
  type Projection,
  type Size,
} from './geometry.js';

/** The roles in the order one wins the fill when a country has several. */
const ROLE_ORDER: Role[] = ['requester', 'data', 'requested', 'provider', 'conflict'];

export interface SceneCountry {
  key: number;
  d: string;
  name: string;
  jurisdiction: string | undefined;
  /** The role that decides the fill; undefined for an uninvolved country. */
  role: Role | undefined;
  roles: Role[];
  /** A party to one of the instruments the route rests on. */
  party: boolean;
  /** A law of this country stands in the way (drawn hatched). */
  conflict: boolean;
}

export interface SceneArc {
  key: string;
  index: number;
  d: string;
  label: string;
  /** A hop inside one place (an order served at home): drawn as a pulse at (x, y). */
  samePlace: boolean;
  x: number;
  y: number;
  /**
   * Where the step's number badge hangs (the end of its arc), and how many badges of earlier steps
   * share that place: steps ending in one city (a request to Ireland, its authorities' order, the
   * Dublin data center) line their badges up from the first one's place, so "3" does not hide
   * "1" and "2".
   */
  badgeX: number;
  badgeY: number;
  stack: number;
}

/** Steps ending closer than this (map pixels, unzoomed) put their badges side by side. */
const BADGE_CLEARANCE = 16;

export interface SceneMarker {
  id: string;
  x: number;
  y: number;
  dx: number;
  dy: number;
  reach: Reach;
  conflicted: boolean;
  selected: boolean;
  label: string;
}

export interface SceneLabel {
  id: string;
  text: string;
  x: number;
  y: number;
}

export interface Scene {
  /** Sphere and graticule, in the base map's reference frame (draw inside Geometry.baseTransform). */
  sphere: string;
  graticule: string;
  /** Countries in the reference frame too. */
  countries: SceneCountry[];
  arcs: SceneArc[];
  markers: SceneMarker[];
  labels: SceneLabel[];
  /** Whether it shows an answer (its markers' labels then say their reach). */
  answered: boolean;
}

/** The parts of a scene that depend only on the size: computed once per size, not per request. */
export interface Geometry {
  size: Size;
  projection: Projection;
  /** Fits the reference-frame base map to this size. */
  baseTransform: string;
  /** Reference units per pixel at this size (to keep patterns a constant size on screen). */
  baseScale: number;
  shapes: readonly CountryShape[];
  places: Places;
  markers: ReturnType<typeof markerPlaces>;
}

/**
 * Centre to centre, the closest two markers may be, in the markers' own units (scaled with them
 * by markerScale). The commonest marker is a circle 7.6 across, 8.8 with its halo (a stroke in
 * the background's colour, styles.ts). At 8, no circle's fill touches another's and a sliver of
 * halo parts them; at 7, fills overlapped by up to 1.5 px (35 pairs on a phone). A diamond
 * (10 across) still overlaps a neighbour in line with its points, by up to a unit. Full halos
 * (9) spread Europe's markers on a 320 px map up to 38 px from their places, 5 spacings; 8
 * keeps them within 27 px, 4 spacings (test/map/scene.test.ts).
 */
export const MARKER_SPACING = 8;

/**
 * The size-dependent parts: cheap, since the countries are already projected (only points and
 * a transform depend on the size). Pass the World's `places` so they are computed once.
 */
export function makeGeometry(
  world: World,
  shapes: readonly CountryShape[],
  size: Size,
  projection: Projection,
  places: Places = new Places(world, shapes),
): Geometry {
  return {
    size,
    projection,
    baseTransform: baseTransform(projection),
    baseScale: Math.round((projection.scale() / BASEMAP.scale) * 1e4) / 1e4,
    shapes,
    places,
    // Fan out shared cities by the markers' size at this width, so they never overlap.
    markers: markerPlaces(
      projection,
      [...world.datacenters.values()],
      MARKER_SPACING * markerScale(size.width),
    ),
  };
}

/** The words a scene needs: the reader's, or English (scene.ts has no DOM and no Lit). */
export interface SceneWords {
  t: Pick<Strings, 'reachWords' | 'withConflict' | 'colon'>;
  country(id: string, fallback: string): string;
}
const ENGLISH: SceneWords = { t: en, country: (_id, fallback) => fallback };

/**
 * The scene for a resolution (or none yet) and the reach of every data center. `previous`, a
 * scene of the same World, geometry and words, lends the markers that did not change, so a
 * click at 5,000 data centers does not make 5,000 new labels.
 */
export function buildScene(
  world: World,
  geometry: Geometry,
  resolution: Resolution | null,
  reaches: ReadonlyMap<string, DatacenterReach>,
  words: SceneWords = ENGLISH,
  previous?: Scene,
): Scene {
  const { t } = words;
  const roles = new Map<string, Role[]>();
  for (const { id, role } of resolution?.jurisdictions ?? [])
    roles.set(id, [...(roles.get(id) ?? []), role]);
  const parties = new Set<string>();
  if (resolution && resolution.reach !== 'none') {
    for (const id of resolution.instruments) {
      if (world.instruments.get(id)?.kind === 'judgment') continue;
      for (const party of partiesOn(world, id, resolution.request.asOf)) parties.add(party);
    }
  }

  const countries = geometry.shapes.map((c, key): SceneCountry => {
    const own = (c.jurisdiction && roles.get(c.jurisdiction)) || [];
    return {
      key,
      d: c.d,
      name: c.name,
      jurisdiction: c.jurisdiction,
      role: ROLE_ORDER.find((r) => r !== 'conflict' && own.includes(r)),
      roles: own,
      party: !!c.jurisdiction && parties.has(c.jurisdiction),
      conflict: own.includes('conflict'),
    };
  });

  const point = (id: string): Position | undefined => {
    const dc = world.datacenters.get(id);
    return dc ? [dc.lon, dc.lat] : geometry.places.get(id);
  };
  const arcs: SceneArc[] = [];
  resolution?.steps.forEach((step, index) => {
    const from = point(step.from);
    const to = point(step.to);
    if (!from || !to) return;
    const [x, y] = geometry.projection(to as [number, number]) ?? [0, 0];
    arcs.push({
      key: `${resolution.request.requestType}|${step.from}|${step.to}|${index}`,
      index,
      d: step.from === step.to ? '' : arcPath(geometry.projection, from, to),
      label: step.label,
      samePlace: step.from === step.to,
      x: tenth(x),
      y: tenth(y),
      badgeX: tenth(x),
      badgeY: tenth(y),
      stack: 0,
    });
  });
  for (let i = 1; i < arcs.length; i++) {
    const a = arcs[i]!;
    // The first earlier badge that starts a line near this place; this one joins its end.
    const line = arcs
      .slice(0, i)
      .find((b) => b.stack === 0 && Math.hypot(b.x - a.x, b.y - a.y) < BADGE_CLEARANCE);
    if (!line) continue;
    a.badgeX = line.badgeX;
    a.badgeY = line.badgeY;
    a.stack = arcs
      .slice(0, i)
      .filter((b) => b.badgeX === line.badgeX && b.badgeY === line.badgeY).length;
  }

  const selected = resolution?.request.datacenter;
  // The last scene's markers are reused where nothing changed, not across an answer's arrival.
  const before = previous?.answered === !!resolution ? previous.markers : undefined;
  const markers = geometry.markers.map((m, i): SceneMarker => {
    const r = reaches.get(m.id) ?? { reach: 'none' as Reach, conflicts: [] };
    const conflicted = r.conflicts.length > 0;
    const old = before?.[i];
    if (
      old?.id === m.id &&
      old.x === m.x &&
      old.y === m.y &&
      old.reach === r.reach &&
      old.conflicted === conflicted &&
      old.selected === (m.id === selected)
    )
      return old;
    const dc = world.datacenters.get(m.id)!;
    const provider = world.providers.get(dc.provider)!;
    const country = world.jurisdictions.get(dc.country)!;
    return {
      ...m,
      reach: r.reach,
      conflicted,
      selected: m.id === selected,
      // With no answer (every request attribute wrong), no reach is said: not "no route".
      label: `${provider.name} ${dc.name}, ${dc.city}, ${words.country(country.id, country.name)}${resolution ? `${t.colon}${t.reachWords[r.reach]}${conflicted ? t.withConflict : ''}` : ''}`,
    };
  });

  const labels: SceneLabel[] = [];
  for (const [id] of roles) {
    const place = geometry.places.get(id);
    const projected = place && geometry.projection(place as [number, number]);
    if (!projected) continue;
    labels.push({
      id,
      text: words.country(id, world.jurisdictions.get(id)?.name ?? id),
      x: tenth(projected[0]),
      y: tenth(projected[1]),
    });
  }

  return {
    sphere: BASEMAP.sphere,
    graticule: BASEMAP.graticule,
    countries,
    arcs,
    markers,
    labels,
    answered: !!resolution,
  };
}

/**
 * The box on the map, in pixels, that a scenario step's focus should fill: around its countries'
 * places, or its box in degrees, with `pad` pixels of room. Null when nothing of it is on the map.
 */
export function focusBox(
  focus: ScenarioView['focus'],
  geometry: Geometry,
  pad = 60,
): [[number, number], [number, number]] | null {
  if (!focus) return null;
  const points: [number, number][] = focus.box
    ? [focus.box[0] as [number, number], focus.box[1] as [number, number]]
    : (focus.countries ?? []).flatMap((id) => {
        const place = geometry.places.get(id);
        return place ? [place as [number, number]] : [];
      });
  const projected = points
    .map((p) => geometry.projection(p))
    .filter((p): p is [number, number] => !!p);
  if (projected.length === 0) return null;
  const xs = projected.map((p) => p[0]);
  const ys = projected.map((p) => p[1]);
  return [
    [Math.min(...xs) - pad, Math.min(...ys) - pad],
    [Math.max(...xs) + pad, Math.max(...ys) + pad],
  ];
}
