// The Natural Earth I projection and great-circle arcs, without d3-geo at run time (it cost ~8 kB
// gzip for one projection and one line). The base map is projected by d3-geo at build time
// (scripts/basemap-of-atlas.js), so this follows d3-geo 3.1 step for step — its polynomial, its
// antimeridian clip and its adaptive resampling — to draw the same arcs to a tenth of a pixel.
// test/map/projection.test.ts checks it against d3-geo.
//
// Ported from d3-geo (https://github.com/d3/d3-geo), whose licence asks for this notice:
// Copyright 2010-2021 Mike Bostock
// Permission to use, copy, modify, and/or distribute this software for any purpose with or without
// fee is hereby granted, provided that the above copyright notice and this permission notice appear
// in all copies.
// THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS
// SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE
// AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
// WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT,
// NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE
// OF THIS SOFTWARE.
import type { Position } from 'geojson';

const { abs, asin, atan, atan2, cos, sin, sqrt, PI } = Math;
const RADIANS = PI / 180;
const EPSILON = 1e-6;

/** [longitude, latitude] in radians. */
type LonLat = [number, number];

/** The small part of d3's GeoProjection the map uses. */
export interface Projection {
  /** [lon, lat] in degrees to [x, y] pixels; null never happens here but callers may plan for it. */
  (p: [number, number]): [number, number] | null;
  scale(): number;
  translate(): [number, number];
}

/** d3's naturalEarth1Raw: radians to the unit plane, y up (Šavrič et al.'s polynomial). */
function raw(lambda: number, phi: number): [number, number] {
  const phi2 = phi * phi;
  const phi4 = phi2 * phi2;
  return [
    lambda *
      (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4))),
    phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4))),
  ];
}

/** Radians to pixels at scale k, centred on [tx, ty]; y grows downwards on screen. */
function planar(k: number, [tx, ty]: [number, number]) {
  return (lambda: number, phi: number): [number, number] => {
    const [x, y] = raw(lambda, phi);
    return [tx + k * x, ty - k * y];
  };
}

/** A longitude in radians within ±π, as d3's identity rotation leaves it (370° is 10°). */
function wrap(lambda: number): number {
  return abs(lambda) > PI ? lambda - Math.round(lambda / (2 * PI)) * 2 * PI : lambda;
}

/** Natural Earth I at d3's `scale` (k) and `translate`, centred on [0°, 0°]. */
export function naturalEarth1(k: number, translate: [number, number]): Projection {
  const project = planar(k, translate);
  const projection = ([lon, lat]: [number, number]) => project(wrap(lon * RADIANS), lat * RADIANS);
  return Object.assign(projection, {
    scale: () => k,
    translate: (): [number, number] => [translate[0], translate[1]],
  });
}

/** Where the great circle through two points crosses the antimeridian: its latitude (d3's). */
function crossing(lambda0: number, phi0: number, lambda1: number, phi1: number): number {
  const s = sin(lambda0 - lambda1);
  if (abs(s) <= EPSILON) return (phi0 + phi1) / 2;
  const cos0 = cos(phi0);
  const cos1 = cos(phi1);
  return atan(
    (sin(phi0) * cos1 * sin(lambda1) - sin(phi1) * cos0 * sin(lambda0)) / (cos0 * cos1 * s),
  );
}

/**
 * The great-circle line from one point to another, in radians, as runs of points that each stay
 * on one side of the antimeridian: the line leaves at one edge of the map and comes back at the
 * other, as d3's clipAntimeridian does for a line.
 */
function clip([lambda0, phi0]: LonLat, [lambda1, phi1]: LonLat): LonLat[][] {
  const sign0 = lambda0 > 0 ? PI : -PI;
  const sign1 = lambda1 > 0 ? PI : -PI;
  const delta = abs(lambda1 - lambda0);
  if (abs(delta - PI) < EPSILON) {
    // Half a world apart: the great circle goes over a pole, which is a line in this projection.
    const pole = (phi0 + phi1) / 2 > 0 ? PI / 2 : -PI / 2;
    return [
      [
        [lambda0, phi0],
        [lambda0, pole],
        [sign0, pole],
      ],
      [
        [sign1, pole],
        [lambda1, pole],
        [lambda1, phi1],
      ],
    ];
  }
  if (sign0 !== sign1 && delta >= PI) {
    // A point on the antimeridian itself is nudged to its own side, so the crossing is defined.
    const l0 = abs(lambda0 - sign0) < EPSILON ? lambda0 - sign0 * EPSILON : lambda0;
    const l1 = abs(lambda1 - sign1) < EPSILON ? lambda1 - sign1 * EPSILON : lambda1;
    const phi = crossing(l0, phi0, l1, phi1);
    return [
      [
        [lambda0, phi0],
        [sign0, phi],
      ],
      [
        [sign1, phi],
        [l1, phi1],
      ],
    ];
  }
  return [
    [
      [lambda0, phi0],
      [lambda1, phi1],
    ],
  ];
}

/** A point of the line: on screen, its longitude, and on the unit sphere. */
interface Vertex {
  x: number;
  y: number;
  lambda: number;
  a: number;
  b: number;
  c: number;
}

/**
 * How far, in the base map's units, a chord may stray from the curve (DELTA2 is its square): d3's
 * precision(0.1). At precision 1 (a unit is about half a screen pixel on a desktop's map) the
 * path's arcs showed straight pieces and kinks once a country's zoom magnified them 5–12×.
 */
export const ARC_PRECISION = 0.1;
const DELTA2 = ARC_PRECISION * ARC_PRECISION;
/** Chords longer than 30° of arc are split even when straight enough on screen (d3's rule). */
const COS_MIN_DISTANCE = cos(30 * RADIANS);

/**
 * Adds the points between v0 and v1 (not v0 nor v1), bisecting the great circle — the midpoint of
 * the chord, normalized, is the slerp at ½ — until each chord is within ARC_PRECISION of the
 * curve: few points where the arc is straight, more where it bends. This is d3's resampleLineTo.
 */
function between(
  project: (lambda: number, phi: number) => [number, number],
  v0: Vertex,
  v1: Vertex,
  depth: number,
  out: Vertex[],
): void {
  const dx = v1.x - v0.x;
  const dy = v1.y - v0.y;
  const d2 = dx * dx + dy * dy;
  if (!(d2 > 4 * DELTA2) || depth === 0) return;
  const a = v0.a + v1.a;
  const b = v0.b + v1.b;
  let c = v0.c + v1.c;
  const m = sqrt(a * a + b * b + c * c);
  c /= m;
  const phi = c > 1 ? PI / 2 : c < -1 ? -PI / 2 : asin(c);
  const lambda =
    abs(abs(c) - 1) < EPSILON || abs(v0.lambda - v1.lambda) < EPSILON
      ? (v0.lambda + v1.lambda) / 2
      : atan2(b, a);
  const [x, y] = project(lambda, phi);
  const dx2 = x - v0.x;
  const dy2 = y - v0.y;
  const dz = dy * dx2 - dx * dy2;
  if (
    (dz * dz) / d2 > DELTA2 || // the midpoint is off the chord
    abs((dx * dx2 + dy * dy2) / d2 - 0.5) > 0.3 || // or far from its middle
    v0.a * v1.a + v0.b * v1.b + v0.c * v1.c < COS_MIN_DISTANCE // or the chord is long
  ) {
    const mid = { x, y, lambda, a: a / m, b: b / m, c };
    between(project, v0, mid, depth - 1, out);
    out.push(mid);
    between(project, mid, v1, depth - 1, out);
  }
}

/** A number to one decimal, as d3's geoPath().digits(1) writes it. */
function tenth(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * The great-circle arc between two [lon, lat] points as an SVG path ("M…L…", numbers to one
 * decimal), with a second "M" where it crosses the antimeridian; as geoPath(projection).digits(1)
 * draws a LineString of the two points at the projection's precision ARC_PRECISION.
 */
export function arcPath(projection: Projection, from: Position, to: Position): string {
  const project = planar(projection.scale(), projection.translate());
  const radians = (p: Position): LonLat => [wrap(p[0]! * RADIANS), p[1]! * RADIANS];
  let d = '';
  for (const run of clip(radians(from), radians(to))) {
    const points: Vertex[] = [];
    for (const [lambda, phi] of run) {
      const [x, y] = project(lambda, phi);
      const cosPhi = cos(phi);
      const v = { x, y, lambda, a: cosPhi * cos(lambda), b: cosPhi * sin(lambda), c: sin(phi) };
      // 16 halvings at most, as d3: 65,536 pieces is more than any screen needs.
      if (points.length) between(project, points[points.length - 1]!, v, 16, points);
      points.push(v);
    }
    d += points.map((v, i) => `${i ? 'L' : 'M'}${tenth(v.x)},${tenth(v.y)}`).join('');
  }
  return d;
}
