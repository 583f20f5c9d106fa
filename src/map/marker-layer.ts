// The data-center markers, drawn straight into one <g> that Lit leaves alone, like the country
// layer: created once per size, then each new answer only updates what changed (a class, a
// shape's path, a label). Events are delegated to the group by the element.
//
// Each marker is one group (its shape, and its bar and rings when it has them), placed and scaled
// by its SVG `transform` attribute, set again at each zoom step. (An inner group scaled by a CSS
// rule against the zoom was one more element and transform per marker: 30 ms of the first
// layout at 4× throttling. Per-marker custom properties in inline styles made every marker a
// style of its own to resolve.) Under them all lie two paths, redrawn at each zoom step:
// the leader lines of fanned-out markers, and the pointer's reach around every marker (its hit
// area; events there find their marker by position, hit()). A line and a circle in each marker
// were 159 more elements to style and lay out in the first drawing. A marker's focus ring is made
// when it first takes the focus (focusRing()).
//
// Above DENSE_ABOVE data centers (a site's large bundle), an element per marker is too much for
// the browser: at 5,000, styling, painting and layering the markers took most of a second per
// answer. The layer then draws one path per look (a reach's shape, the bar, the leader lines)
// holding every marker of that look, rebuilt per answer and per zoom step, and only the markers a
// reader is on (the keyboard's one tab stop and the selected one) as elements. Pointer events on
// those paths find their marker by position (hit()).
import type { Reach } from '../engine/core.js';
import { fanOut, SEPARATE_MAX } from './geometry.js';
import { BARRIER_PATH, MARKER_SHAPES } from './marker-shapes.js';
import { MARKER_SPACING, type SceneMarker } from './scene.js';

const SVG = 'http://www.w3.org/2000/svg';

/** More data centers than this are drawn dense: one path per look, not an element per marker. */
export const DENSE_ABOVE = 1000;

/** Dense paths are cut by a GRID × GRID grid over the markers (see #drawDense). */
const GRID = 8;

/**
 * The pointer's reach around a marker centre, in marker units (the hit area's and the focus ring's
 * radius): 24 px across at the map's own marker size, 20 on a phone's (WCAG 2.5.8 asks 24, or room
 * around a smaller target; it was 16); a tap goes to the nearest marker (hit()).
 */
const HIT_RADIUS = 12;

const REACHES: Reach[] = ['none', 'assisted', 'contested', 'direct'];

/**
 * How long markers take to move to their new fan-out once a zoom comes to rest, in ms. In one
 * frame, 37 markers on a phone jumped by up to 12.7 px at the end of a zoom, and the eye lost
 * which was which; over 200 ms (about 12 frames, easing out) no step is over about 3 px.
 */
const GLIDE_MS = 200;

/** A glide under way: each marker's offset where it started, and how far it has come (0–1). */
interface Glide {
  from: Map<string, readonly [number, number]>;
  start: number;
  t: number;
  frame: number;
}

interface Drawn {
  g: SVGGElement;
  shape: SVGPathElement;
  /**
   * The bar, the selection ring and the focus ring, made the first time they are needed, then
   * only shown or hidden.
   */
  barrier?: SVGPathElement;
  ring?: SVGCircleElement;
  focusRing?: SVGCircleElement;
  reach?: Reach;
  className?: string;
  selected?: boolean;
  label?: string;
  tabindex?: string;
}

/** Dense mode: the paths by look, the group of marker elements, the markers last painted. */
interface Dense {
  /** The group of paths, and its paths by look and grid cell ("direct 12", "barrier 3"). */
  paths: SVGGElement;
  looks: Map<string, SVGPathElement>;
  /** Each marker's grid cell, by index. */
  cellOf: number[];
  elements: SVGGElement;
  markers: readonly SceneMarker[];
  active: string;
}

/** An SVG element with its attributes (the picture export's footer uses it too). */
export function element<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, String(value));
  return el;
}

// The marker shapes use absolute M, L, A and Z commands around 0,0; placed() moves and scales
// one to a marker in map units.
type Command = [string, ...number[]];
const parse = (d: string): Command[] =>
  [...d.matchAll(/([MLAZ])([^MLAZ]*)/g)].map(([, c, args]) => [
    c!,
    ...args!
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number),
  ]);
// Parsed the first time a large bundle needs them, not when the module loads (4 ms of its
// evaluation at 4× throttling, for a mode the built-in data never uses).
let commands: { shapes: Record<Reach, Command[]>; barrier: Command[] } | undefined;
const shapeCommands = () =>
  (commands ??= {
    shapes: Object.fromEntries(REACHES.map((r) => [r, parse(MARKER_SHAPES[r])])) as Record<
      Reach,
      Command[]
    >,
    barrier: parse(BARRIER_PATH),
  });
const r1 = (n: number) => Math.round(n * 100) / 100;

function placed(commands: Command[], x: number, y: number, s: number): string {
  let d = '';
  for (const [c, ...n] of commands) {
    if (c === 'Z') d += 'Z';
    else if (c === 'A')
      d += `A${r1(n[0]! * s)},${r1(n[1]! * s)} ${n[2]} ${n[3]} ${n[4]} ${r1(x + n[5]! * s)},${r1(y + n[6]! * s)}`;
    else d += `${c}${r1(x + n[0]! * s)},${r1(y + n[1]! * s)}`;
  }
  return d;
}

let prototype: SVGGElement | undefined;
/** One marker as every marker starts: its group and an empty shape. */
function markerPrototype(): SVGGElement {
  if (!prototype) {
    prototype = element('g', { class: 'marker', role: 'button' });
    prototype.append(element('path', { class: 'shape' }));
  }
  return prototype;
}

export class MarkerLayer {
  /** @param reducedMotion true while the reader asks for less motion: markers then jump. */
  constructor(private readonly reducedMotion: () => boolean = () => false) {}

  #drawn = new Map<string, Drawn>();
  #positions: readonly SceneMarker[] | undefined;
  #group: SVGGElement | undefined;
  #dense?: Dense;
  /**
   * The hit area around the markers, and their leader lines when any is fanned out (not in dense
   * mode, which has its own paths).
   */
  #hitArea?: SVGPathElement;
  #leaders?: SVGPathElement;
  /** The markers' size against the map's (the CSS --ms) and the zoom (--k). */
  #ms = 1;
  #k = 1;
  /**
   * The markers' offsets fanned out again at the zoom that last came to rest (#spreadAt): the
   * scene's offsets are for the whole map, where places spread by k apart and the offsets do
   * not, so markers of neighbouring places met (Zurich's and Warsaw's 0.6 px apart at 1.9×).
   */
  #spread: Map<string, readonly [number, number]> | undefined;
  /** The zoom #spread was made for (NaN: none yet). */
  #spreadAt = Number.NaN;
  /** Markers on their way from the last fan-out to this one (zoomed() with glide). */
  #glide: Glide | undefined;

  /** True when the markers are drawn as paths by look rather than an element each. */
  get dense(): boolean {
    return this.#dense !== undefined;
  }

  /** Creates the markers (and leader lines for fanned-out ones) when the positions changed. */
  draw(
    group: SVGGElement,
    markers: readonly SceneMarker[],
    samePositions: boolean,
    ms: number,
  ): void {
    const rescaled = ms !== this.#ms;
    this.#ms = ms;
    if (samePositions && this.#group === group && this.#positions?.length === markers.length) {
      if (rescaled && this.#dense) this.#paintDense();
      else if (rescaled) {
        this.#fanOut();
        this.#placeAll();
      }
      return;
    }
    this.#group = group;
    this.#positions = markers;
    this.#stopGlide();
    this.#spread = undefined;
    this.#spreadAt = Number.NaN;
    this.#drawn.clear();
    this.#dense = undefined;
    this.#hitArea = this.#leaders = undefined;
    group.dataset.markers = String(markers.length);
    if (markers.length > DENSE_ABOVE) {
      this.#drawDense(group, markers);
      return;
    }
    const fragment = document.createDocumentFragment();
    this.#hitArea = element('path', { class: 'hit-area', 'aria-hidden': 'true' });
    this.#leaders = element('path', { class: 'leader', 'aria-hidden': 'true' });
    fragment.append(this.#hitArea, this.#leaders);
    this.#fanOut();
    this.#drawUnderlay();
    for (const m of markers) fragment.append(this.#markerElement(m));
    group.replaceChildren(fragment);
  }

  /**
   * The hit area (a circle of HIT_RADIUS around each marker) and each fanned-out marker's line
   * from its place to where it is drawn, at this size and zoom.
   */
  #drawUnderlay(): void {
    if (!this.#hitArea || !this.#positions) return;
    // The markers are scaled by s (place()); their offsets are screen pixels, the same at any
    // zoom (drawnAt()).
    const s = this.#ms / this.#k;
    const r = r1(HIT_RADIUS * s);
    let hits = '';
    let leaders = '';
    for (const m of this.#positions) {
      const [x, y] = this.#drawnAt(m);
      if (Number.isNaN(x + y)) continue;
      hits += `M${r1(x - r)},${r1(y)}a${r},${r} 0 1 0 ${2 * r},0a${r},${r} 0 1 0 ${-2 * r},0`;
      if (x !== m.x || y !== m.y) leaders += `M${r1(m.x)},${r1(m.y)}L${r1(x)},${r1(y)}`;
    }
    this.#hitArea.setAttribute('d', hits);
    if (this.#leaders) {
      this.#leaders.setAttribute('d', leaders);
      // The width styles.ts gives a leader (0.75), in the markers' units.
      this.#leaders.style.strokeWidth = String(r1(0.75 * s));
    }
  }

  /** Gives a marker its focus ring (styles.ts shows it while the keyboard's focus is on it). */
  focusRing(g: SVGGElement): void {
    const drawn = this.#drawn.get(g.dataset.id ?? '');
    if (!drawn || drawn.focusRing) return;
    drawn.focusRing = element('circle', { class: 'focus-ring', r: HIT_RADIUS });
    drawn.g.prepend(drawn.focusRing);
  }

  /** Updates reach, conflict, selection, label and the one tab stop; touches only what changed. */
  paint(markers: readonly SceneMarker[], active: string): void {
    if (this.#dense) {
      this.#dense.markers = markers;
      this.#dense.active = active;
      this.#paintDense();
      return;
    }
    let selected: SVGGElement | undefined;
    for (const m of markers) {
      const drawn = this.#drawn.get(m.id);
      if (!drawn) continue;
      this.#paintMarker(drawn, m, active);
      if (m.selected) selected = drawn.g;
    }
    // The selected marker last, so it is drawn on top of its neighbours. Moving a node takes the
    // focus from it: a reader who selected it by keyboard or pointer keeps the focus there.
    if (selected && selected !== this.#group?.lastElementChild) {
      const focused = selected.matches(':focus');
      this.#group?.append(selected);
      if (focused) selected.focus({ preventScroll: true });
    }
  }

  /**
   * Follows the zoom: the marker elements are placed and scaled again, and the paths under them
   * (or a large bundle's paths) redrawn. At rest the markers are fanned out for this zoom; with
   * `glide` (a reader's zoom coming to rest) they move there over GLIDE_MS, else at once (a
   * picture being copied needs them in place now).
   */
  zoomed(k: number, resting = true, glide = false): void {
    if (k === this.#k && (!resting || this.#dense || this.#spreadAt === k)) return;
    this.#k = k;
    if (this.#dense) return this.#paintDense();
    // While a zoom moves, the offsets of where it started: fanned out anew at each frame,
    // markers would hop from ring to ring. A glide under way goes on (offsets are screen pixels,
    // the same at any zoom).
    if (resting) {
      const from = glide && !this.reducedMotion() ? this.#offsets() : undefined;
      this.#stopGlide();
      this.#fanOut();
      if (from) this.#startGlide(from);
    }
    this.#placeAll();
  }

  /**
   * The markers as they will lie at this zoom once any glide ends: their places and offsets (to
   * keep names clear of them; names do not move with a glide).
   */
  get placed(): readonly Pick<SceneMarker, 'x' | 'y' | 'dx' | 'dy'>[] {
    return (this.#positions ?? []).map((m) => {
      const [dx, dy] = this.#target(m);
      return { x: m.x, y: m.y, dx, dy };
    });
  }

  /** Each marker's offset as drawn now (mid-glide, where it has come to). */
  #offsets(): Map<string, readonly [number, number]> {
    return new Map((this.#positions ?? []).map((m) => [m.id, this.#offset(m)]));
  }

  #startGlide(from: Map<string, readonly [number, number]>): void {
    // Nothing to see when no marker moves (the same fan-out at both zooms).
    const moves = (this.#positions ?? []).some((m) => {
      const [a, b] = [from.get(m.id)!, this.#target(m)];
      return a[0] !== b[0] || a[1] !== b[1];
    });
    if (!moves) return;
    const glide: Glide = { from, start: performance.now(), t: 0, frame: 0 };
    const step = (now: number) => {
      const t = Math.min(1, Math.max(0, (now - glide.start) / GLIDE_MS));
      // Easing out: quick at first, settling gently into place.
      glide.t = 1 - (1 - t) ** 3;
      if (t === 1) this.#glide = undefined;
      else glide.frame = requestAnimationFrame(step);
      this.#placeAll();
    };
    this.#glide = glide;
    glide.frame = requestAnimationFrame(step);
  }

  #stopGlide(): void {
    if (this.#glide) cancelAnimationFrame(this.#glide.frame);
    this.#glide = undefined;
  }

  /** Whether markers are on their way to a new fan-out. */
  get gliding(): boolean {
    return this.#glide !== undefined;
  }

  /** Ends a glide at once, every marker in its place (a picture is being copied). */
  settle(): void {
    if (!this.#glide) return;
    this.#stopGlide();
    this.#placeAll();
  }

  // The offsets at this zoom: the scene's at 1×; else fanned out again from the places as they
  // lie at this zoom, up to the count whose markers are pushed apart (geometry.ts); above that,
  // the scene's (a crowded bundle's markers may overlap anyway).
  #fanOut(): void {
    const markers = this.#positions ?? [];
    const k = (this.#spreadAt = this.#k);
    this.#spread =
      k === 1 || markers.length > SEPARATE_MAX
        ? undefined
        : new Map(
            fanOut(
              markers.map((m) => ({ id: m.id, x: m.x * k, y: m.y * k })),
              MARKER_SPACING * this.#ms,
            ).map((p) => [p.id, [p.dx, p.dy]]),
          );
  }

  /** A marker's offset at this zoom at rest. */
  #target(m: SceneMarker): readonly [number, number] {
    return this.#spread?.get(m.id) ?? [m.dx, m.dy];
  }

  /** A marker's offset as drawn: its target, or on its way there during a glide. */
  #offset(m: SceneMarker): readonly [number, number] {
    const to = this.#target(m);
    const from = this.#glide?.from.get(m.id);
    if (!from) return to;
    const t = this.#glide!.t;
    return [from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t];
  }

  /**
   * The marker under a pointer event: the nearest within reach (or `prefer` while it is within
   * reach), if any. Dense paths and the shared hit area have no element per marker to ask; and a
   * marker's rings, larger than its shape, can overlap a neighbour's, where the one drawn last
   * would win even over the marker whose shape is under the pointer.
   */
  hit(at: { clientX: number; clientY: number }, prefer?: string): SceneMarker | undefined {
    const markers = this.#dense?.markers ?? this.#positions;
    const ctm = this.#group?.getScreenCTM();
    if (!markers || !ctm) return undefined;
    const p = new DOMPoint(at.clientX, at.clientY).matrixTransform(ctm.inverse());
    const s = this.#ms / this.#k;
    const reach = (HIT_RADIUS * s) ** 2;
    let best: SceneMarker | undefined;
    let bestD2 = reach;
    for (const m of markers) {
      const [x, y] = this.#drawnAt(m);
      const d2 = (x - p.x) ** 2 + (y - p.y) ** 2;
      // The marker the reader was shown (its tooltip), while the pointer is still within its reach:
      // a click reports whole pixels where the hover had fractions, and in a dense city that
      // fraction can be nearer a neighbour.
      if (m.id === prefer && d2 <= reach) return m;
      if (d2 <= bestD2) [best, bestD2] = [m, d2];
    }
    return best;
  }

  /** The positions last drawn (to know whether a new scene moved them). */
  get positions(): readonly SceneMarker[] | undefined {
    return this.#positions;
  }

  #markerElement(m: SceneMarker): SVGGElement {
    // A copy of one prototype: a clone costs far less than four createElementNS and their
    // attributes, and the first render makes one per data center.
    const g = markerPrototype().cloneNode(true) as SVGGElement;
    g.setAttribute('data-id', m.id);
    const drawn = { g, shape: g.firstChild as SVGPathElement };
    this.#place(drawn, m);
    this.#drawn.set(m.id, drawn);
    return g;
  }

  /**
   * Where a marker is drawn, in map units: its place and its offset, which is in screen pixels
   * (geometry.ts markerPlaces) and so the same on screen at any zoom.
   */
  #drawnAt(m: SceneMarker): [number, number] {
    const [dx, dy] = this.#offset(m);
    return [m.x + dx / this.#k, m.y + dy / this.#k];
  }

  /**
   * Puts a marker where it is drawn, at the markers' size over the zoom: the same size on screen
   * at any zoom, as the step badges and labels (styles.ts: --ms, --k).
   */
  #place(drawn: Drawn, m: SceneMarker): void {
    const [x, y] = this.#drawnAt(m);
    drawn.g.setAttribute(
      'transform',
      `translate(${r1(x)} ${r1(y)}) scale(${Math.round((this.#ms / this.#k) * 1e4) / 1e4})`,
    );
  }

  /** Places every marker element again, and the paths under them (a new zoom or size). */
  #placeAll(): void {
    const markers = this.#dense?.markers ?? this.#positions ?? [];
    for (const m of markers) {
      const drawn = this.#drawn.get(m.id);
      if (drawn) this.#place(drawn, m);
    }
    this.#drawUnderlay();
  }

  #paintMarker(drawn: Drawn, m: SceneMarker, active: string): void {
    const { g } = drawn;
    if (drawn.reach !== m.reach) {
      drawn.shape.setAttribute('d', MARKER_SHAPES[m.reach]);
      drawn.reach = m.reach;
    }
    if (m.conflicted && !drawn.barrier) {
      drawn.barrier = element('path', { class: 'barrier', d: BARRIER_PATH });
      drawn.shape.after(drawn.barrier);
    }
    if (m.selected && !drawn.ring) {
      drawn.ring = element('circle', { class: 'ring', r: 8.5 });
      drawn.g.append(drawn.ring);
    }
    if (drawn.selected !== m.selected) {
      g.setAttribute('aria-pressed', String(m.selected));
      drawn.selected = m.selected;
    }
    // The class shows or hides the bar and the ring (styles.ts) and colours the shape.
    const className = `marker ${m.reach}${m.conflicted ? ' conflicted' : ''}${m.selected ? ' selected' : ''}`;
    if (drawn.className !== className) g.setAttribute('class', (drawn.className = className));
    if (drawn.label !== m.label) g.setAttribute('aria-label', (drawn.label = m.label));
    const tabindex = m.id === active ? '0' : '-1';
    if (drawn.tabindex !== tabindex) g.setAttribute('tabindex', (drawn.tabindex = tabindex));
  }

  #drawDense(group: SVGGElement, markers: readonly SceneMarker[]): void {
    // The paths are cut by a grid over the markers' extent: the browser rasterises the map in
    // tiles, and a tile draws every path whose bounds it touches. One path across the whole map
    // made each tile draw all 5,000 markers (hundreds of milliseconds per frame without a GPU).
    const xs = markers.map((m) => m.x);
    const ys = markers.map((m) => m.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const cellOf = markers.map(
      (m) =>
        Math.min(GRID - 1, Math.floor(((m.x - x0) / (x1 - x0 || 1)) * GRID)) * GRID +
        Math.min(GRID - 1, Math.floor(((m.y - y0) / (y1 - y0 || 1)) * GRID)),
    );
    const paths = element('g', { class: 'dense', 'aria-hidden': 'true' });
    const elements = element('g', { class: 'dense-elements' });
    group.replaceChildren(paths, elements);
    this.#built = undefined;
    this.#dense = { paths, looks: new Map(), cellOf, elements, markers, active: '' };
  }

  #paintDense(): void {
    const dense = this.#dense!;
    const s = this.#ms / this.#k;
    if (!this.#samePaths(dense.markers, s)) this.#buildPaths(dense, s);
    // The markers a reader is on are elements: the one tab stop, and the selected one (on top).
    const own = dense.markers.filter((m) => m.id === dense.active || m.selected);
    const kept = own.map((m) => {
      const g = this.#drawn.get(m.id)?.g ?? this.#markerElement(m);
      this.#place(this.#drawn.get(m.id)!, m);
      this.#paintMarker(this.#drawn.get(m.id)!, m, dense.active);
      // No hit area lies under dense markers: these few carry their ring, which is also their
      // reach for the pointer (its fill is transparent, not none).
      this.focusRing(g);
      return g;
    });
    for (const id of [...this.#drawn.keys()])
      if (!own.some((m) => m.id === id)) this.#drawn.delete(id);
    kept.sort((a, b) => Number(a.ariaPressed === 'true') - Number(b.ariaPressed === 'true'));
    const current = [...dense.elements.children];
    if (current.length !== kept.length || current.some((g, i) => g !== kept[i])) {
      // As in paint(): the marker a reader is on keeps the focus through the move.
      const focused = kept.find((g) => g.matches(':focus'));
      dense.elements.replaceChildren(...kept);
      focused?.focus({ preventScroll: true });
    }
  }

  // The paths last built: a new answer with the same reaches (another data center chosen) or
  // only a new tab stop leaves them as they are.
  #built?: { s: number; looks: string };
  #samePaths(markers: readonly SceneMarker[], s: number): boolean {
    let looks = '';
    for (const m of markers) looks += `${m.reach[0]}${m.conflicted ? 1 : 0}`;
    const same = this.#built?.s === s && this.#built.looks === looks;
    this.#built = { s, looks };
    return same;
  }

  #buildPaths(dense: Dense, s: number): void {
    // One path per look (a reach's shape, or the bar) per grid cell.
    const d = new Map<string, string>();
    const add = (key: string, part: string) => d.set(key, (d.get(key) ?? '') + part);
    dense.markers.forEach((m, i) => {
      const [x, y] = this.#drawnAt(m);
      const cell = dense.cellOf[i];
      if (m.dx || m.dy) add(`leader ${cell}`, `M${r1(m.x)},${r1(m.y)}L${r1(x)},${r1(y)}`);
      add(`${m.reach} ${cell}`, placed(shapeCommands().shapes[m.reach], x, y, s));
      if (m.conflicted) add(`barrier ${cell}`, placed(shapeCommands().barrier, x, y, s));
    });
    let regrouped = false;
    for (const [key, path] of dense.looks) {
      if (d.has(key)) continue;
      path.remove();
      dense.looks.delete(key);
    }
    for (const key of d.keys()) {
      if (dense.looks.has(key)) continue;
      const look = key.split(' ')[0]!;
      const className =
        look === 'barrier' ? 'dense-barrier' : look === 'leader' ? 'leader' : `dense-shape ${look}`;
      dense.looks.set(key, element('path', { class: className }));
      regrouped = true;
    }
    // The leaders under every shape, and the bars over them, so no marker covers a neighbour's bar.
    const layer = (key: string) =>
      key.startsWith('leader') ? 0 : key.startsWith('barrier') ? 2 : 1;
    const keys = [...d.keys()].sort((a, b) => layer(a) - layer(b));
    if (regrouped) dense.paths.replaceChildren(...keys.map((key) => dense.looks.get(key)!));
    for (const key of keys) {
      const look = key.split(' ')[0];
      const path = dense.looks.get(key)!;
      path.setAttribute('d', d.get(key)!);
      // The stroke widths of styles.ts' marker rules, at this scale.
      const width = { barrier: 2.2, leader: 0.75, none: 1.5 }[look as string] ?? 1.2;
      path.style.strokeWidth = String(width * s);
    }
  }
}
