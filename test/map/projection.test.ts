// Our Natural Earth projection and great-circle arcs against d3-geo's, which the map used before
// and which still projects the base map at build time: both must agree to well under a pixel.
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { makeProjection } from '../../src/map/geometry.js';
import { ARC_PRECISION, arcPath, type Projection } from '../../src/map/projection.js';

const SIZES = [
  { width: 960, height: 500 },
  { width: 320, height: 240 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

/** A seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** d3's projection with our scale and translation, drawing at the arcs' precision. */
function d3Of(ours: Projection) {
  return geoNaturalEarth1()
    .precision(ARC_PRECISION)
    .scale(ours.scale())
    .translate(ours.translate());
}

type XY = [number, number];

/** A path "M…L…M…L…" as its runs of points. */
function runs(d: string): XY[][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((run) => run.split('L').map((p) => p.split(',').map(Number) as XY));
}

/** Distance from a point to the nearest segment (or point) of a run. */
function distance([x, y]: XY, run: XY[]): number {
  let best = Infinity;
  for (let i = 0; i < run.length; i++) {
    const [x0, y0] = run[i]!;
    const [x1, y1] = run[Math.min(i + 1, run.length - 1)]!;
    const dx = x1 - x0;
    const dy = y1 - y0;
    const t =
      dx || dy
        ? Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)))
        : 0;
    best = Math.min(best, Math.hypot(x - x0 - t * dx, y - y0 - t * dy));
  }
  return best;
}

/** Our arc and d3's for the same pair: as many runs, each point of one near the other's run. */
function expectArcsAgree(ours: Projection, from: XY, to: XY) {
  const mine = arcPath(ours, from, to);
  const theirs = geoPath(d3Of(ours)).digits(1)({ type: 'LineString', coordinates: [from, to] });
  const a = runs(mine);
  const b = runs(theirs!);
  expect(mine).toMatch(/^(M-?[\d.]+,-?[\d.]+(L-?[\d.]+,-?[\d.]+)+)+$/);
  expect(a.length, `${from} → ${to}`).toBe(b.length);
  a.forEach((run, i) => {
    // Both ends of each run in the same place (the crossing at the map's edge included)…
    expect(Math.hypot(run[0]![0] - b[i]![0]![0], run[0]![1] - b[i]![0]![1])).toBeLessThan(0.15);
    // …and every point of either run on the other (one expect per run: thousands are slow).
    const far = Math.max(
      ...run.map((p) => distance(p, b[i]!)),
      ...b[i]!.map((p) => distance(p, run)),
    );
    expect(far, `${from} → ${to}`).toBeLessThan(0.5);
  });
  return { mine, theirs };
}

/** The latitude where the short great circle from one point to another crosses 180°. */
function antimeridianLatitude(from: XY, to: XY): number {
  const unit = ([lon, lat]: XY) => {
    const [l, p] = [(lon * Math.PI) / 180, (lat * Math.PI) / 180];
    return [Math.cos(p) * Math.cos(l), Math.cos(p) * Math.sin(l), Math.sin(p)];
  };
  const [a, b] = [unit(from), unit(to)];
  const omega = Math.acos(a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!);
  const at = (t: number) =>
    a.map(
      (ai, i) => (Math.sin((1 - t) * omega) * ai + Math.sin(t * omega) * b[i]!) / Math.sin(omega),
    );
  // The arc crosses 180° where its y (east-west) component changes sign, on the far side.
  let [lo, hi] = [0, 1];
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (Math.sign(at(mid)[1]!) === Math.sign(a[1]!)) lo = mid;
    else hi = mid;
  }
  return (Math.asin(at(lo)[2]!) * 180) / Math.PI;
}

describe('the Natural Earth projection', () => {
  it('projects points as d3-geo does, to a hundredth of a pixel', () => {
    const next = random(1);
    for (const size of SIZES) {
      const ours = makeProjection(size);
      const theirs = d3Of(ours);
      for (let i = 0; i < 2000; i++) {
        // Longitudes a little beyond ±180° too: both wrap them.
        const p: XY = [next() * 380 - 190, next() * 180 - 90];
        const [x0, y0] = ours(p)!;
        const [x1, y1] = theirs(p)!;
        expect(Math.hypot(x0 - x1, y0 - y1)).toBeLessThan(0.01);
      }
    }
  });

  it('reports its scale and translation', () => {
    const ours = makeProjection({ width: 960, height: 500 });
    const [tx, ty] = ours.translate();
    expect(ours([0, 0])).toEqual([tx, ty]);
    expect(ours.scale()).toBeGreaterThan(100);
  });
});

describe('great-circle arcs', () => {
  const LOS_ANGELES: XY = [-118.24, 34.05];
  const SYDNEY: XY = [151.21, -33.87];
  const TOKYO: XY = [139.69, 35.69];
  const SAO_PAULO: XY = [-46.63, -23.55];

  it('cross the Pacific as d3 draws them: out at one edge, back in at the other', () => {
    for (const size of SIZES) {
      const ours = makeProjection(size);
      for (const [from, to] of [
        [LOS_ANGELES, SYDNEY],
        [SYDNEY, LOS_ANGELES],
        [TOKYO, SAO_PAULO],
        [SAO_PAULO, TOKYO],
      ] as const) {
        const { mine } = expectArcsAgree(ours, from, to);
        const [out, back] = runs(mine);
        expect(back, 'two runs').toBeDefined();
        // The line leaves at one edge and comes back at the other, both where the great circle
        // meets the antimeridian (found here by bisection on the slerp, independently of d3).
        const lat = antimeridianLatitude(from, to);
        const [edgeOut, edgeBack] = from[0] > 0 ? [180, -180] : [-180, 180];
        const [x0, y0] = ours([edgeOut, lat])!;
        const [x1, y1] = ours([edgeBack, lat])!;
        expect(Math.hypot(out!.at(-1)![0] - x0, out!.at(-1)![1] - y0)).toBeLessThan(0.15);
        expect(Math.hypot(back![0]![0] - x1, back![0]![1] - y1)).toBeLessThan(0.15);
      }
    }
  });

  it('match d3 for the same pair, over 200 random pairs and the awkward ones', () => {
    const next = random(2);
    const pairs: [XY, XY][] = [
      [
        [-6.26, 53.35],
        [-122.33, 47.61],
      ],
      [TOKYO, TOKYO], // the same point
      [
        [-90, 40],
        [90, 50],
      ], // half a world apart: over the North Pole
      [
        [180, -17],
        [170, -40],
      ], // from the antimeridian itself
      [
        [-179.9, 10],
        [179.9, 12],
      ], // a short hop across it
      [
        [0, 0],
        [0.01, 0.01],
      ], // shorter than a pixel
    ];
    for (let i = 0; i < 200; i++)
      pairs.push([
        [next() * 360 - 180, next() * 170 - 85],
        [next() * 360 - 180, next() * 170 - 85],
      ]);
    for (const size of SIZES) {
      const ours = makeProjection(size);
      for (const [from, to] of pairs) expectArcsAgree(ours, from, to);
    }
  }, 20_000);
});
