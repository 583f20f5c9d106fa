// Zoom and pan with Pointer Events and requestAnimationFrame. It replaces d3-zoom, d3-selection
// and d3-transition (17 kB gzip for one <g>), keeping their behaviour: the same wheel rate, scale
// and translate extents, pinch, smooth zoom path, easing and transform string.
// The controller owns only the transform (and --k) of one <g> that Lit never binds, so the two
// never write the same attribute. The page never scrolls into a zoom by accident: the wheel zooms
// only with Ctrl/⌘, and touch pans and pinches only with two fingers.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Bounds } from '../map/geometry.js';

type Point = [number, number];
/** screen = world × k + (x, y), as d3-zoom's ZoomTransform. */
export interface View {
  k: number;
  x: number;
  y: number;
}

const IDENTITY: View = { k: 1, x: 0, y: 0 };
const clampK = (k: number) => Math.min(12, Math.max(1, k));
/** The view at scale k that shows the world point l at the screen point p. */
const around = (k: number, p: Point, l: Point): View => ({
  k,
  x: p[0] - l[0] * k,
  y: p[1] - l[1] * k,
});
const invert = (v: View, p: Point): Point => [(p[0] - v.x) / v.k, (p[1] - v.y) / v.k];

/** What lies over the view's top and bottom, in pixels: a scenario's caption, an open legend. */
export interface Covered {
  top: number;
  bottom: number;
}
const UNCOVERED: Covered = { top: 0, bottom: 0 };

/**
 * The translate extent along one axis, as d3-zoom's: where the translation n may go at scale k
 * (at least 1) for a view from 0 to `size`, of which something covers `before` pixels at its
 * start and `after` at its end, and a world lying from w0 to w1 at 1×: a world larger than the
 * view covers it but for the covered parts (no blank beyond the world's edge in sight), a
 * smaller one is centred in it (the blank shared, as on the unzoomed map). With the world as the
 * view's box (0 to size) it is never smaller.
 */
function extent(
  n: number,
  k: number,
  size: number,
  before: number,
  after: number,
  w0: number,
  w1: number,
) {
  const [low, high] = [size - after - w1 * k, before - w0 * k];
  return low <= high ? Math.min(high, Math.max(low, n)) : (low + high) / 2;
}

/** The translate extent of a view: extent() along both axes. */
function within(
  { k, x, y }: View,
  width: number,
  height: number,
  { top, bottom }: Covered,
  world?: Bounds,
): View {
  const [[wx0, wy0], [wx1, wy1]] = world ?? [
    [0, 0],
    [width, height],
  ];
  return {
    k,
    x: extent(x, k, width, 0, 0, wx0, wx1),
    y: extent(y, k, height, top, bottom, wy0, wy1),
  };
}

/**
 * The view that fits the box [[x0, y0], [x1, y1]] into most of a width × height view (at most
 * 8×), or into the part of it that nothing covers, within the translate extent (extent(); `world`
 * is where the map's sphere lies at 1×, else the whole view).
 * Pure: zoomToBox eases to it, and an exported image is framed by it. (On a phone the world is a
 * band across a taller map: framed by the view alone, a picture of Europe showed 70 px of blank
 * above the world's edge.)
 */
export function fitBox(
  [[x0, y0], [x1, y1]]: Bounds,
  width: number,
  height: number,
  covered: Covered = UNCOVERED,
  world?: Bounds,
): View {
  const room = height - covered.top - covered.bottom;
  const k = clampK(Math.min(8, 0.8 / Math.max((x1 - x0) / width, (y1 - y0) / room)));
  const v = around(k, [width / 2, covered.top + room / 2], [(x0 + x1) / 2, (y0 + y1) / 2]);
  return within(v, width, height, covered, world);
}
/** d3-transition's default easing (cubic in-out). */
const ease = (t: number) => (t < 0.5 ? 4 * t ** 3 : 1 - (2 - 2 * t) ** 3 / 2);

/**
 * van Wijk and Nuij's smooth zoom and pan, as d3-interpolate's interpolateZoom with ρ = √2:
 * views are [centre x, centre y, width] in world units. A far move zooms out on the way, so the
 * reader keeps their bearings, and the apparent speed stays even.
 */
function zoomPath([ux0, uy0, w0]: number[], [ux1, uy1, w1]: number[]) {
  const dx = ux1! - ux0!;
  const dy = uy1! - uy0!;
  const d2 = dx * dx + dy * dy;
  if (d2 < 1e-12) {
    const s = Math.log(w1! / w0!);
    return (t: number) => [ux0! + t * dx, uy0! + t * dy, w0! * Math.exp(t * s)];
  }
  const d1 = Math.sqrt(d2);
  const r = (w: number, sign: number) => {
    const b = (w1! * w1! - w0! * w0! + sign * 4 * d2) / (4 * w * d1);
    return Math.log(Math.sqrt(b * b + 1) - b);
  };
  const r0 = r(w0!, 1);
  const r1 = r(w1!, -1);
  return (t: number) => {
    const rt = r0 + t * (r1 - r0);
    const u = (w0! / (2 * d1)) * (Math.cosh(r0) * Math.tanh(rt) - Math.sinh(r0));
    return [ux0! + u * dx, uy0! + u * dy, (w0! * Math.cosh(r0)) / Math.cosh(rt)];
  };
}

export class ZoomController implements ReactiveController {
  /** The current scale, for counter-scaling markers and labels. */
  k = 1;
  #covered = UNCOVERED;
  #view: View = IDENTITY;
  #svg?: SVGSVGElement;
  #layer?: SVGGElement;
  #width = 0;
  #height = 0;
  #listening?: AbortController;
  /** Where the running transition lands (zoomBy goes on from there), and its frame. */
  #target?: View;
  #frame = 0;
  /** A Ctrl + wheel zoom under way owns the wheel until then, even at the scale limit. */
  #wheelUntil = 0;
  /** Every finger on the map: one alone belongs to the page, a second starts a pinch. */
  #touches = new Map<number, Point>();
  /** The pointers moving the map (a mouse or pen, or two fingers), each holding a world point. */
  #grips = new Map<number, { p: Point; l: Point }>();
  /** The mouse or pen press; once it moves it is a drag, not a click. */
  #press?: { id: number; x: number; y: number; moved: boolean };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly reducedMotion: () => boolean,
  ) {
    host.addController(this);
  }

  /** Attaches to the rendered <svg> and its zoom layer; safe to call on every update. */
  attach(svg: SVGSVGElement, layer: SVGGElement, width: number, height: number): void {
    this.#width = width;
    this.#height = height;
    if (this.#listening && this.#svg === svg) return;
    this.#listening?.abort();
    // A new <svg> (and layer) has no transform yet.
    if (this.#svg !== svg) [this.#view, this.k] = [IDENTITY, 1];
    this.#svg = svg;
    this.#layer = layer;
    this.#listening = new AbortController();
    // Not passive: a zooming wheel and a two-finger touchmove must keep the page still.
    const options = { signal: this.#listening.signal, passive: false };
    svg.addEventListener('wheel', this.#onWheel, options);
    svg.addEventListener('pointerdown', this.#onDown, options);
    svg.addEventListener('pointermove', this.#onMove, options);
    svg.addEventListener('pointerup', this.#onUp, options);
    svg.addEventListener('pointercancel', this.#onUp, options);
    svg.addEventListener('dblclick', this.#onDblClick, options);
    svg.addEventListener('touchmove', (e) => this.#grips.size && e.preventDefault(), options);
    // One finger must still scroll the page; the browser's own pinch would zoom the page instead.
    svg.style.touchAction = 'pan-x pan-y';
  }

  zoomBy(factor: number): void {
    // From where a running transition lands: pressing + twice quickly zooms 1.6², not less.
    const from = this.#target ?? this.#view;
    const p: Point = [this.#width / 2, this.#height / 2];
    this.#animate(around(clampK(from.k * factor), p, invert(from, p)), 300);
  }

  reset(): void {
    this.#covered = UNCOVERED;
    this.#animate(IDENTITY, 600);
  }

  /** Whether a transition is under way, or a wheel or pinch zoom that has not come to rest. */
  get moving(): boolean {
    return this.#target !== undefined || this.#settling !== 0;
  }

  /**
   * A wheel or pinch zoom goes on while its events keep coming: the host is told it came to rest
   * (and fans the markers out again for its zoom) 150 ms after the last one, not at each (at
   * each small step of a trackpad pinch, markers jumped by up to 32 px).
   */
  #settling = 0;
  #unsettle(): void {
    clearTimeout(this.#settling);
    this.#settling = window.setTimeout(() => {
      this.#settling = 0;
      this.host.dispatchEvent(new Event('jm-zoom-internal'));
    }, 150);
  }

  /** Where the view is going (or is), to come back to with restore(). */
  get view(): View {
    return this.#target ?? this.#view;
  }

  /** The view drawn now, also in the middle of a transition. */
  get shown(): View {
    return this.#view;
  }

  /**
   * Pans, at the same scale, so that the world point l is in view with `margin` pixels to spare
   * (in the part nothing covers, as measured now: a legend opened since the last fit counts):
   * the keyboard's focus must never land on a marker or country zoomed out of sight, or under
   * the legend. True when it pans.
   */
  reveal(l: Point, covered: Covered = this.#covered, margin = 24): boolean {
    const v = this.#target ?? this.#view;
    const { top, bottom } = covered;
    const [sx, sy] = [l[0] * v.k + v.x, l[1] * v.k + v.y];
    const inside =
      sx >= margin &&
      sx <= this.#width - margin &&
      sy >= top + margin &&
      sy <= this.#height - bottom - margin;
    if (inside || !this.#layer) return false;
    this.#animate(around(v.k, [this.#width / 2, (top + this.#height - bottom) / 2], l), 300);
    return true;
  }

  /** Eases back to a view taken earlier. */
  restore(view: View): void {
    this.#animate(view, 600);
  }

  /**
   * Zooms so that the box [[x0, y0], [x1, y1]] fills most of the view (at most 8×), or of the
   * part of it that nothing covers (a caption over its top, a legend over its bottom).
   */
  zoomToBox(
    box: [[number, number], [number, number]],
    width: number,
    height: number,
    covered: Covered = UNCOVERED,
  ): void {
    // The view may then move by what is covered, so that the box can sit clear of it.
    this.#covered = covered;
    this.#animate(fitBox(box, width, height, covered), 600);
  }

  hostDisconnected(): void {
    this.#listening?.abort();
    this.#listening = undefined;
    this.#stop();
    clearTimeout(this.#settling);
    this.#settling = 0;
    this.#touches.clear();
    this.#grips.clear();
    this.#press = undefined;
  }

  #set(v: View, rest = false): void {
    const { x, y } = this.#view;
    this.#view = v;
    this.#layer?.setAttribute('transform', `translate(${v.x},${v.y}) scale(${v.k})`);
    this.#layer?.style.setProperty('--k', String(v.k));
    // A pan too: the host places the countries' names again inside the view.
    const changed = Math.abs(this.k - v.k) > 1e-6 || v.x !== x || v.y !== y;
    this.k = v.k;
    if (changed || rest) this.host.dispatchEvent(new Event('jm-zoom-internal'));
  }

  /**
   * The translate extent (extent()): the view's box at 1× always covers the view, but for the
   * parts that something covers (zoomToBox's `covered`). On screen the world may leave
   * blank beyond its edge: held to the world, a zoom with + around the middle of a phone's map
   * pushed Europe up under a story's caption.
   */
  #constrain(v: View): View {
    return within(v, this.#width, this.#height, this.#covered);
  }

  /** Eases to `to` along the smooth zoom path, keeping p on course; at once under reduced motion. */
  #animate(to: View, ms: number, p: Point = [this.#width / 2, this.#height / 2]): void {
    if (!this.#layer) return;
    this.#stop();
    to = this.#constrain(to);
    if (this.reducedMotion()) return this.#set(to);
    const from = this.#view;
    const w = Math.max(this.#width, this.#height);
    const path = zoomPath([...invert(from, p), w / from.k], [...invert(to, p), w / to.k]);
    const start = performance.now();
    this.#target = to;
    const frame = (now: number) => {
      const t = Math.min(1, Math.max(0, (now - start) / ms));
      if (t === 1) {
        this.#target = undefined;
        // Told even if the last frame was already there: the host lays out what waits for rest.
        return this.#set(to, true);
      }
      const [ux, uy, vw] = path(ease(t));
      this.#set(around(w / vw!, p, [ux!, uy!]));
      this.#frame = requestAnimationFrame(frame);
    };
    this.#frame = requestAnimationFrame(frame);
  }

  /** Stops a running transition where it is (a reader's gesture takes over). */
  #stop(): void {
    cancelAnimationFrame(this.#frame);
    this.#target = undefined;
  }

  /** The event's point in the <svg>'s user units (its viewBox), as d3.pointer. */
  #point(e: MouseEvent): Point {
    const q = new DOMPoint(e.clientX, e.clientY).matrixTransform(
      this.#svg?.getScreenCTM()?.inverse(),
    );
    return [q.x, q.y];
  }

  #onWheel = (e: WheelEvent): void => {
    if (!e.ctrlKey && !e.metaKey) return;
    const v = this.#view;
    // d3-zoom's rate, × 10 with Ctrl in pixels, as d3-zoom does: a trackpad pinch arrives as
    // Ctrl + wheel with small pixel deltas. But here Ctrl goes with every wheel zoom, and a
    // mouse's notch (100 or 120 px) zoomed 4×: one event zooms at most 2^0.2 (1.15×), which
    // leaves a pinch's small deltas as they were and makes a notch one step (no cut-off at
    // some delta, where a notch of 59 px zoomed 2.3× and one of 60 px 1.09×).
    const delta = -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002);
    const exponent = e.ctrlKey && !e.deltaMode ? Math.max(-0.2, Math.min(0.2, delta * 10)) : delta;
    const k = clampK(v.k * 2 ** exponent);
    // A wheel that changes nothing is the browser's (Ctrl + wheel at 1× zooms the page), unless it
    // continues a zoom, which must not turn into a page zoom at the limit.
    if (k === v.k && e.timeStamp > this.#wheelUntil) return;
    e.preventDefault();
    this.#wheelUntil = e.timeStamp + 150;
    this.#stop();
    this.#unsettle();
    const p = this.#point(e);
    this.#set(this.#constrain(around(k, p, invert(v, p))));
  };

  #onDown = (e: PointerEvent): void => {
    const p = this.#point(e);
    if (e.pointerType === 'touch') {
      this.#touches.set(e.pointerId, p);
      if (this.#touches.size < 2) return;
      // The first two fingers move the map; a third changes nothing, as in d3-zoom.
      for (const [id, q] of this.#touches)
        if (this.#grips.size < 2) this.#grips.set(id, { p: q, l: q });
    } else {
      // Other buttons open menus; they never drag.
      if (e.button) return;
      this.#press = { id: e.pointerId, x: e.clientX, y: e.clientY, moved: false };
      this.#grips.set(e.pointerId, { p, l: p });
    }
    this.#stop();
    this.#regrip();
  };

  #onMove = (e: PointerEvent): void => {
    const grip = this.#grips.get(e.pointerId);
    const touch = this.#touches.has(e.pointerId);
    if (!grip && !touch) return;
    const p = this.#point(e);
    if (touch) this.#touches.set(e.pointerId, p);
    if (!grip) return;
    grip.p = p;
    const press = this.#press;
    if (
      press?.id === e.pointerId &&
      !press.moved &&
      (e.clientX !== press.x || e.clientY !== press.y)
    ) {
      press.moved = true;
      // Keeps the drag when the pointer leaves the map. Only once it moves: a captured press
      // would send its click to the <svg> instead of the country under it.
      try {
        this.#svg?.setPointerCapture(e.pointerId);
      } catch {
        // Not a pointer the browser knows (a synthetic event): nothing to capture.
      }
    }
    this.#follow();
  };

  #onUp = (e: PointerEvent): void => {
    this.#touches.delete(e.pointerId);
    if (!this.#grips.delete(e.pointerId)) return;
    if (this.#press?.id === e.pointerId) {
      if (this.#press.moved && e.type === 'pointerup') this.#swallowClick();
      this.#press = undefined;
    }
    // A finger lifted from a pinch: the other pans on from where it is.
    this.#regrip();
  };

  #onDblClick = (e: MouseEvent): void => {
    if (e.button) return;
    e.preventDefault();
    const p = this.#point(e);
    const v = this.#view;
    this.#animate(around(clampK(v.k * (e.shiftKey ? 0.5 : 2)), p, invert(v, p)), 250, p);
  };

  /** Each gripping pointer takes hold of the world point under it now. */
  #regrip(): void {
    for (const grip of this.#grips.values()) grip.l = invert(this.#view, grip.p);
  }

  /** Moves the view so that each gripping pointer keeps its world point: one pans, two also scale. */
  #follow(): void {
    const [a, b] = [...this.#grips.values()];
    if (!a) return;
    let { k } = this.#view;
    let [p, l] = [a.p, a.l];
    if (b) {
      this.#unsettle();
      const held = Math.hypot(b.l[0] - a.l[0], b.l[1] - a.l[1]);
      if (held) k = clampK(Math.hypot(b.p[0] - a.p[0], b.p[1] - a.p[1]) / held);
      p = [(a.p[0] + b.p[0]) / 2, (a.p[1] + b.p[1]) / 2];
      l = [(a.l[0] + b.l[0]) / 2, (a.l[1] + b.l[1]) / 2];
    }
    this.#set(this.#constrain(around(k, p, l)));
  }

  /** A drag is not a click: the browser sends that click in the same task as the pointerup. */
  #swallowClick(): void {
    const svg = this.#svg;
    const swallow = (c: Event) => {
      c.preventDefault();
      c.stopImmediatePropagation();
    };
    svg?.addEventListener('click', swallow, { capture: true, once: true });
    setTimeout(() => svg?.removeEventListener('click', swallow, true));
  }
}
