// Map math without a DOM: the projection for a size, the transform that fits the base map to it,
// arcs and marker points. Lit renders the strings; nothing here touches an element.
import type { Position } from 'geojson';
import type { World } from '../engine/core.js';
import { BASEMAP, type CountryShape } from './atlas.js';
import { naturalEarth1, type Projection } from './projection.js';

export { arcPath, type Projection } from './projection.js';

export interface Size {
  width: number;
  height: number;
}

/** Bounds on the map, [[x0, y0], [x1, y1]] in pixels, as d3-geo's path.bounds gives them. */
export type Bounds = [[number, number], [number, number]];

/**
 * Where the world (its sphere) lies at this size, unzoomed: centred, with a small margin. On a
 * phone it is a band across the middle of a taller map.
 */
export function worldBox({ width, height }: Size): Bounds {
  const margin = Math.max(4, Math.min(width, height) * 0.02);
  // The same fit as d3's fitExtent on the sphere, in closed form from the base map's reference
  // frame (whose sphere spans 0…BASEMAP.width × 0…BASEMAP.height), without streaming the sphere.
  const s = Math.min((width - 2 * margin) / BASEMAP.width, (height - 2 * margin) / BASEMAP.height);
  const x = (width - s * BASEMAP.width) / 2;
  const y = (height - s * BASEMAP.height) / 2;
  return [
    [x, y],
    [x + s * BASEMAP.width, y + s * BASEMAP.height],
  ];
}

/** A Natural Earth projection fitted to the size, with a small margin (worldBox). */
export function makeProjection(size: Size): Projection {
  const [[x, y], [x1]] = worldBox(size);
  const s = (x1 - x) / BASEMAP.width;
  return naturalEarth1(s * BASEMAP.scale, [
    x + s * BASEMAP.translate[0],
    y + s * BASEMAP.translate[1],
  ]);
}

/**
 * The transform that draws the base map's reference paths (BASEMAP) at this projection's size:
 * both are the same Natural Earth projection, so they differ by a scale and a translation only.
 */
export function baseTransform(projection: Projection): string {
  const { s, x, y } = baseFrame(projection);
  return `translate(${x.toFixed(2)} ${y.toFixed(2)}) scale(${s.toFixed(5)})`;
}

/** The scale s and translation (x, y) from the base map's reference frame to this projection. */
function baseFrame(projection: Projection): { s: number; x: number; y: number } {
  const s = projection.scale() / BASEMAP.scale;
  const [tx, ty] = projection.translate();
  return { s, x: tx - s * BASEMAP.translate[0], y: ty - s * BASEMAP.translate[1] };
}

/**
 * A ring of radius r px around a place, in the base map's reference frame (the countries' own):
 * the keyboard's outline for a jurisdiction too small for the 1:110m map (Singapore, Hong Kong).
 */
export function placeRing(projection: Projection, place: Position, r: number): string {
  const p = projection(place as [number, number]);
  if (!p) return '';
  const { s, x, y } = baseFrame(projection);
  const [cx, cy, q] = [tenth((p[0] - x) / s), tenth((p[1] - y) / s), tenth(r / s)];
  return `M${cx - q} ${cy}a${q} ${q} 0 1 0 ${2 * q} 0a${q} ${q} 0 1 0 ${-2 * q} 0z`;
}

/**
 * The box of a country's largest part, in pixels at this projection, unzoomed: what selecting
 * the country zooms to. Not the whole shape: Alaska or French Guiana would zoom the map out to
 * an ocean; not a fixed box around its label, which cut Brazil and hid its data centers.
 * `d` is its base-map path (atlas.ts), written as "M x y", then relative "l dx dy …", then "z".
 */
export function mainPartBox(d: string, projection: Projection): Bounds | null {
  const { s, x: tx, y: ty } = baseFrame(projection);
  let best: Bounds | null = null;
  let most = 0;
  for (const n of polylines(d)) {
    let [x, y, area] = [n[0]!, n[1]!, 0];
    let [x0, y0, x1, y1] = [x, y, x, y];
    for (let i = 2; i + 1 < n.length; i += 2) {
      area += x * (y + n[i + 1]!) - (x + n[i]!) * y;
      x += n[i]!;
      y += n[i + 1]!;
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    }
    // The closing edge ("z"), back to the first point: without it the sum depended on where a
    // ring lies, not on its size (Svalbard beat mainland Norway).
    area += x * n[1]! - n[0]! * y;
    if (Math.abs(area) > most) {
      most = Math.abs(area);
      best = [
        [tx + s * x0, ty + s * y0],
        [tx + s * x1, ty + s * y1],
      ];
    }
  }
  return best;
}

/**
 * Where a jurisdiction sits on the map, [lon, lat]: its shape's label point, else the mean of its
 * data centers (Singapore, Hong Kong: too small for 1:110m).
 */
export class Places {
  readonly #cache = new Map<string, Position | undefined>();
  constructor(
    private readonly world: World,
    private readonly shapes: readonly CountryShape[],
  ) {}

  get(id: string): Position | undefined {
    if (!this.#cache.has(id)) this.#cache.set(id, this.#compute(id));
    return this.#cache.get(id);
  }

  #compute(id: string): Position | undefined {
    const shape = this.shapes.find((s) => s.jurisdiction === id);
    if (shape) return shape.place;
    const own = [...this.world.datacenters.values()].filter((d) => d.country === id);
    if (own.length === 0) return undefined;
    return [
      own.reduce((s, d) => s + d.lon, 0) / own.length,
      own.reduce((s, d) => s + d.lat, 0) / own.length,
    ];
  }
}

/** Markers, badges and labels grow a little on a large map (a projector) and shrink on a phone. */
export function markerScale(width: number): number {
  return Math.min(1.8, Math.max(0.85, width / 1100));
}

/** A coordinate to a tenth of a pixel: finer is invisible, and rounded numbers keep pictures stable. */
export function tenth(n: number): number {
  return Math.round(n * 10) / 10;
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
 * Above this many markers in one place, a ring (whose radius grows with the count) is wider than a
 * sunflower spiral (whose radius grows with its square root). In a generated bundle of 5,000 data
 * centers on a 960 px map, rings put markers up to 232 px from their place; spirals, 73 px. The
 * built-in data's largest group, 27 on a 300 px map, stays a ring.
 */
const RING_MAX = 30;
/** The golden angle: each marker of the spiral turns by it, so none lines up with another. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/**
 * The spiral's step: in Vogel's spiral (radius c√i), neighbours are at least 1.546 c apart, so this
 * keeps them 1.1 spacings apart, as on the ring.
 */
const SPIRAL_STEP = 1.1 / 1.546;

/**
 * Projects data centers and fans out those closer than `spacing` pixels (Frankfurt has five) on a
 * small ring around their mean (a spiral when there are very many), then pushes apart markers of
 * neighbouring places that still touch, so each stays visible and clickable; a leader line joins
 * a moved marker to its true place.
 */
export function markerPlaces(
  projection: Projection,
  points: readonly { id: string; lon: number; lat: number }[],
  spacing = 7,
): MarkerPlace[] {
  return fanOut(
    points.map((p) => {
      const [x, y] = projection([p.lon, p.lat]) ?? [NaN, NaN];
      return { id: p.id, x, y };
    }),
    spacing,
  );
}

/**
 * markerPlaces() for places already on screen: a zoom spreads the places and not the markers
 * (their offsets are screen pixels), so a zoomed map fans them out again (MarkerLayer.zoomed).
 */
export function fanOut(
  projected: readonly { id: string; x: number; y: number }[],
  spacing: number,
): MarkerPlace[] {
  // Greedy clustering is enough for a hundred points and is stable for a given size. Plain
  // indexed loops: this runs once, cold, on the first drawing, where the interpreter makes each
  // closure call and iterator count.
  const clusters: {
    x: number;
    y: number;
    sx: number;
    sy: number;
    members: { id: string; x: number; y: number }[];
  }[] = [];
  for (let i = 0; i < projected.length; i++) {
    const p = projected[i]!;
    let near: (typeof clusters)[number] | undefined;
    for (let c = 0; c < clusters.length; c++) {
      if (Math.hypot(clusters[c]!.x - p.x, clusters[c]!.y - p.y) < spacing) {
        near = clusters[c];
        break;
      }
    }
    if (near) {
      near.members.push(p);
      near.sx += p.x;
      near.sy += p.y;
      near.x = near.sx / near.members.length;
      near.y = near.sy / near.members.length;
    } else clusters.push({ x: p.x, y: p.y, sx: p.x, sy: p.y, members: [p] });
  }
  const result: MarkerPlace[] = [];
  for (const c of clusters) {
    const n = c.members.length;
    const ring = n <= RING_MAX;
    const ringRadius = n === 1 ? 0 : Math.max(spacing * 0.8, (spacing * 1.1 * n) / (2 * Math.PI));
    c.members.forEach((m, i) => {
      const angle = -Math.PI / 2 + (ring ? (2 * Math.PI * i) / n : i * GOLDEN_ANGLE);
      const radius = ring ? ringRadius : SPIRAL_STEP * spacing * Math.sqrt(i + 0.5);
      result.push({
        id: m.id,
        x: tenth(m.x),
        y: tenth(m.y),
        dx: tenth(c.x - m.x + radius * Math.cos(angle)),
        dy: tenth(c.y - m.y + radius * Math.sin(angle)),
      });
    });
  }
  if (result.length <= SEPARATE_MAX) separate(result, spacing);
  return result;
}

/** Up to this many markers, markers of neighbouring places are also pushed apart (separate()). */
export const SEPARATE_MAX = 300;
/** Rounds of separate(): the built-in data settles in a few; a crowded bundle stops here. */
const SEPARATE_ROUNDS = 30;

/**
 * Pushes apart markers of neighbouring places drawn closer than `gap` (a ring beside a lone
 * marker, two rings in a crowded region): each pair moves apart by half its overlap, round after
 * round, so each marker stays as near its place as the others allow. Pairs are found through a
 * grid of `gap`-sized cells, so a round costs about one look per marker; after the first round,
 * only the markers the last round moved look around them (a pair that neither has left since it
 * was last set apart is still apart). Deterministic, so a size always gives the same picture.
 */
function separate(places: MarkerPlace[], gap: number): void {
  // Typed arrays and indexed loops, no destructuring or for…of: this runs cold on the first
  // drawing, where the interpreter's iterators made it 20 ms of a 300 ms load at full speed.
  const n = places.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const placed = new Uint8Array(n);
  // The markers that look for neighbours this round (all at first), and those it moves. At the
  // built-in data's 86, each later round moved 20 or fewer: looking around all 86 in each of nine
  // rounds was 7 ms of a 250 ms load at full speed, 35 ms at 4× throttling.
  let active = new Uint8Array(n);
  let moves = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = places[i]!.x + places[i]!.dx;
    ys[i] = places[i]!.y + places[i]!.dy;
    placed[i] = Number.isNaN(xs[i]! + ys[i]!) ? 0 : 1;
    active[i] = placed[i]!;
  }
  for (let round = 0; round < SEPARATE_ROUNDS; round++) {
    // Cells by number (x · 2^16 + y): maps stay well within ±2^15 cells.
    const grid = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      if (!placed[i]) continue;
      const key = Math.floor(xs[i]! / gap) * 65536 + Math.floor(ys[i]! / gap);
      const list = grid.get(key);
      if (list) list.push(i);
      else grid.set(key, [i]);
    }
    let moved = false;
    for (let i = 0; i < n; i++) {
      if (!active[i]) continue;
      // Its cell as it stands now: earlier pairs of this round may have moved it.
      const cx = Math.floor(xs[i]! / gap);
      const cy = Math.floor(ys[i]! / gap);
      for (let gx = cx - 1; gx <= cx + 1; gx++) {
        for (let gy = cy - 1; gy <= cy + 1; gy++) {
          const list = grid.get(gx * 65536 + gy);
          if (!list) continue;
          for (let k = 0; k < list.length; k++) {
            const j = list[k]!;
            // Two markers that both look around meet once, from the first of them.
            if (j === i || (j < i && active[j])) continue;
            const dx = xs[j]! - xs[i]!;
            const dy = ys[j]! - ys[i]!;
            const d = Math.hypot(dx, dy);
            if (d >= gap) continue;
            // Markers on the very same spot part left and right.
            const ux = d > 1e-6 ? dx / d : 1;
            const uy = d > 1e-6 ? dy / d : 0;
            const push = (gap - d) / 2 + 0.05;
            xs[i] = xs[i]! - ux * push;
            ys[i] = ys[i]! - uy * push;
            xs[j] = xs[j]! + ux * push;
            ys[j] = ys[j]! + uy * push;
            moves[i] = 1;
            moves[j] = 1;
            moved = true;
          }
        }
      }
    }
    if (!moved) break;
    [active, moves] = [moves, active.fill(0)];
  }
  for (let i = 0; i < n; i++) {
    places[i]!.dx = tenth(xs[i]! - places[i]!.x);
    places[i]!.dy = tenth(ys[i]! - places[i]!.y);
  }
}

/** Where a country's name goes against its place: one of eight spots around it, or nowhere. */
export interface LabelPlacement {
  /** The text's offset from the place (its middle, its baseline), in the label's own pixels. */
  dx: number;
  dy: number;
  hidden: boolean;
}

/** A marker as drawn: its place and its offset in screen pixels (MarkerPlace). */
type DrawnMarker = Pick<MarkerPlace, 'x' | 'y' | 'dx' | 'dy'>;

/** What a name should not cover, and where it was before. */
export interface LabelSurroundings {
  markers?: readonly DrawnMarker[];
  /** A step's number badge: at its place, the `stack`-th of a row (SceneArc). */
  badges?: readonly { x: number; y: number; stack: number }[];
  /** The request's path: polylines in map units, x and y in turn. */
  lines?: readonly (readonly number[])[];
  /** The part of the map in sight, in pixels at zoom `k`. */
  view?: Box;
  /** Each name's last placement, kept while no other spot covers less. */
  previous?: readonly LabelPlacement[];
}

/** A marker's reach from its middle, in its own units: the largest shape (a diamond) with its halo. */
const MARKER_REACH = 5.6;
/** A step badge's reach (its circle of radius 8 and stroke) and middle against its place. */
const BADGE_REACH = 9;
const badgeAt = (stack: number) => [12 + 17 * stack, -12] as const;
/**
 * What a spot the map's edge cuts off costs: more than any count of markers a name could cover
 * there, so a name whose place is in sight is never cut while a spot in sight is free of names
 * (at 10, five markers, a pan on a phone left the United Kingdom's name 34 px off the map).
 */
const CUT_OFF = 100;
/** The names' letters are bold 12 px: "Germany" is 52 px wide; 8 a letter overestimates a little. */
const LETTER = 8;

/**
 * Places the countries' names so that none covers another, nor, where there is room, a marker, a
 * step's badge or the request's path, nor runs off the map in sight, at zoom `k` (names keep
 * their size, `scale` times 12 px, while places spread apart). Each name in turn tries below its
 * place (clear of its own marker), above, right, left and the four corners: it takes the first
 * spot that covers no name placed before it and nothing else; else the one of those clear of
 * names that covers the least (a marker or badge counts twice a line; a spot the edge cuts off
 * comes last, CUT_OFF). Ireland's name below its place lay over a dozen of Europe's markers; left of
 * it, over the sea, over none. A name keeps its last spot while no other covers less, so names
 * do not hop from spot to spot as a zoom goes on. A name with no spot clear of the names is
 * hidden (its country is still named by its outline, tooltip and the panel). Widths are
 * estimated from the letters: nothing is measured in the page.
 */
export function placeLabels(
  labels: readonly { x: number; y: number; text: string }[],
  k: number,
  scale: number,
  { markers = [], badges = [], lines = [], view, previous }: LabelSurroundings = {},
): LabelPlacement[] {
  const placed: Box[] = [];
  // Markers and badges on screen: x, y and reach in turn.
  const things: number[] = [];
  for (const m of markers) things.push(m.x * k + m.dx, m.y * k + m.dy, MARKER_REACH * scale);
  for (const b of badges) {
    const [bx, by] = badgeAt(b.stack);
    things.push(b.x * k + bx * scale, b.y * k + by * scale, BADGE_REACH * scale);
  }
  // Those near the name being placed (a large bundle has thousands: each name looks at all of
  // them once, each spot only at these).
  let near: number[] = [];
  const cost = (box: Box) => {
    let covered =
      view && (box.x0 < view.x0 || box.x1 > view.x1 || box.y0 < view.y0 || box.y1 > view.y1)
        ? CUT_OFF
        : 0;
    // Indexed reads, not destructuring, which makes an array each time (crosses() says why).
    for (let i = 0; i < near.length; i += 3) {
      const x = near[i]!;
      const y = near[i + 1]!;
      const r = near[i + 2]!;
      if (x + r > box.x0 && x - r < box.x1 && y + r > box.y0 && y - r < box.y1) covered += 2;
    }
    for (const line of lines)
      for (let i = 2; i < line.length; i += 2) {
        if (crosses(box, line[i - 2]! * k, line[i - 1]! * k, line[i]! * k, line[i + 1]! * k)) {
          covered += 1;
          break;
        }
      }
    return covered;
  };
  return labels.map((label, n) => {
    const half = (label.text.length * LETTER) / 2 + 2;
    // Below, above, right, left, then the corners: the middle's and the baseline's offsets in
    // the label's own pixels.
    const side = half + 9;
    const corner = half + 3;
    const spots: (readonly [number, number])[] = [
      [0, 22],
      [0, -12],
      [side, 4],
      [-side, 4],
      [-corner, 20],
      [corner, 20],
      [-corner, -10],
      [corner, -10],
    ];
    const last = previous?.[n];
    const kept =
      last && !last.hidden ? spots.find(([dx, dy]) => dx === last.dx && dy === last.dy) : undefined;
    if (kept) spots.unshift(kept);
    // Every spot lies within this of the place: the sides' reach across, the names' heights.
    const [lx, ly] = [label.x * k, label.y * k];
    const across = (side + half + BADGE_REACH) * scale;
    near = [];
    for (let i = 0; i < things.length; i += 3) {
      const x = things[i]!;
      const y = things[i + 1]!;
      const r = things[i + 2]!;
      if (Math.abs(x - lx) < across && y > ly - 23 * scale - r && y < ly + 25 * scale + r)
        near.push(x, y, r);
    }
    let best: { dx: number; dy: number; box: Box; covered: number } | undefined;
    for (const [dx, dy] of spots) {
      const x = lx + dx * scale;
      const base = ly + dy * scale;
      const box = {
        x0: x - half * scale,
        x1: x + half * scale,
        y0: base - 11 * scale,
        y1: base + 3 * scale,
      };
      if (placed.some((b) => overlaps(box, b))) continue;
      const covered = cost(box);
      if (!best || covered < best.covered) best = { dx, dy, box, covered };
      if (covered === 0) break;
    }
    // Where the map's edge cuts every spot (the place is out of sight, or at the very edge), no
    // name rather than a stub of one ("es" of United States at a projector's edge).
    if (!best || best.covered >= CUT_OFF) return { dx: 0, dy: 22, hidden: true };
    placed.push(best.box);
    return { dx: best.dx, dy: best.dy, hidden: false };
  });
}

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Whether the segment from (x0, y0) to (x1, y1) touches the box (separating axes). */
function crosses(box: Box, x0: number, y0: number, x1: number, y1: number): boolean {
  // Most segments lie wholly to one side of the box. Within its span, the segment misses the box
  // only if all four corners lie on one side of its line. No arrays: this runs cold, thousands
  // of times per drawing, where each one the interpreter makes is garbage.
  if (Math.max(x0, x1) < box.x0 || Math.min(x0, x1) > box.x1) return false;
  if (Math.max(y0, y1) < box.y0 || Math.min(y0, y1) > box.y1) return false;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const side = (x: number, y: number) => Math.sign(dx * (y - y0) - dy * (x - x0));
  return (
    Math.abs(
      side(box.x0, box.y0) + side(box.x1, box.y0) + side(box.x0, box.y1) + side(box.x1, box.y1),
    ) < 4
  );
}

/** The lines of a path's `d` made of M and L commands (arcPath's): each one's x and y in turn. */
export function polylines(d: string): number[][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((run) => run.match(/-?[\d.]+/g)?.map(Number) ?? []);
}
