// Zoom and pan in a real Chromium: Ctrl/⌘ + wheel around the pointer, a plain wheel left to the
// page, mouse drags, two-finger pinches (one finger left to the page), the scale and translate
// extents, animated and reduced-motion transitions, and the element's own wiring.
// Most tests drive the controller on a bare 400×200 <svg> whose user units are CSS pixels, so the
// expected transforms are exact; the last ones go through <jurisdiction-map>.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fitBox, ZoomController } from '../../src/controllers/zoom-controller.js';
import type { JurisdictionMap } from '../../src/jurisdiction-map.js';
import { mount, withReducedMotion } from './mount.js';

const NS = 'http://www.w3.org/2000/svg';
const W = 400;
const H = 200;
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A controller on a bare <svg>, its layer holding one 20×20 square at (190, 90). */
function setup({ reduced = true } = {}) {
  const host = document.createElement('div');
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.style.cssText = `position: fixed; left: 10px; top: 20px; width: ${W}px; height: ${H}px`;
  const layer = document.createElementNS(NS, 'g');
  const square = document.createElementNS(NS, 'rect');
  for (const [k, v] of Object.entries({ x: 190, y: 90, width: 20, height: 20 }))
    square.setAttribute(k, String(v));
  layer.append(square);
  svg.append(layer);
  host.append(svg);
  document.body.append(host);
  const controller = new ZoomController(
    Object.assign(host, { addController() {} }) as never,
    () => reduced,
  );
  controller.attach(svg, layer, W, H);
  const ks: number[] = [];
  host.addEventListener('jm-zoom-internal', () => ks.push(controller.k));
  cleanups.push(() => {
    controller.hostDisconnected();
    host.remove();
  });

  /** The layer's transform, read back from the DOM. */
  const view = () => {
    const m = layer.transform.baseVal.consolidate()?.matrix;
    return m ? { k: m.a, x: m.e, y: m.f } : { k: 1, x: 0, y: 0 };
  };
  const box = svg.getBoundingClientRect();
  /** Dispatches a pointer event at the user-space point (x, y). */
  const pointer = (
    type: string,
    x: number,
    y: number,
    id = 1,
    pointerType = 'mouse',
    init: PointerEventInit = {},
  ) => {
    const event = new PointerEvent(type, {
      ...init,
      pointerId: id,
      pointerType,
      isPrimary: id === 1,
      clientX: box.left + x,
      clientY: box.top + y,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    svg.dispatchEvent(event);
    return event;
  };
  /** Dispatches a wheel event at (x, y); returns it, to check whether it was prevented. */
  const wheel = (x: number, y: number, deltaY: number, init: WheelEventInit = {}) => {
    const event = new WheelEvent('wheel', {
      clientX: box.left + x,
      clientY: box.top + y,
      deltaY,
      bubbles: true,
      cancelable: true,
      composed: true,
      ...init,
    });
    svg.dispatchEvent(event);
    return event;
  };
  const drag = (from: [number, number], to: [number, number]) => {
    pointer('pointerdown', ...from);
    pointer('pointermove', (from[0] + to[0]) / 2, (from[1] + to[1]) / 2);
    pointer('pointermove', ...to);
    pointer('pointerup', ...to);
  };
  return { controller, svg, layer, square, view, pointer, wheel, drag, ks };
}

/** The view's world point under the user-space point (x, y). */
const invert = (v: { k: number; x: number; y: number }, [x, y]: [number, number]) => [
  (x - v.x) / v.k,
  (y - v.y) / v.k,
];

describe('zoom: the wheel', () => {
  it('Ctrl + wheel zooms around the pointer and keeps the page from zooming', () => {
    const { wheel, view } = setup();
    // A pinch's 5 px with Ctrl zooms 2^0.1, as in d3-zoom (× 10 with Ctrl).
    const event = wheel(100, 50, -5, { ctrlKey: true });
    expect(event.defaultPrevented).toBe(true);
    expect(view().k).toBeCloseTo(2 ** 0.1, 6);
    for (let i = 0; i < 9; i++) wheel(100, 50, -5, { ctrlKey: true });
    expect(view()).toEqual({ k: 2, x: -100, y: -50 });
    // The world point under the pointer stays under it.
    const before = invert(view(), [300, 120]);
    wheel(300, 120, -20, { ctrlKey: true });
    expect(view().k).toBeGreaterThan(2);
    expect(invert(view(), [300, 120])[0]).toBeCloseTo(before[0]!, 3);
    expect(invert(view(), [300, 120])[1]).toBeCloseTo(before[1]!, 3);
  });

  it("Ctrl + a mouse wheel's notch zooms gently, not 4×, whatever its size (one event zooms at most 1.15×)", () => {
    for (const [deltaY, deltaMode] of [
      [-59, 0],
      [-60, 0],
      [-100, 0],
      [-120, 0],
      [-3, 1],
    ] as const) {
      const { wheel, view } = setup();
      wheel(200, 100, deltaY, { ctrlKey: true, deltaMode });
      expect(view().k, `${deltaY} (mode ${deltaMode})`).toBeGreaterThan(1.1);
      expect(view().k, `${deltaY} (mode ${deltaMode})`).toBeLessThan(1.2);
    }
  });

  it('⌘ + wheel zooms too, more gently (no Ctrl factor)', () => {
    const { wheel, view } = setup();
    expect(wheel(200, 100, -500, { metaKey: true }).defaultPrevented).toBe(true);
    expect(view().k).toBeCloseTo(2, 5);
  });

  it('a plain wheel neither zooms nor is prevented, so the page scrolls', () => {
    const { wheel, view, ks } = setup();
    const event = wheel(200, 100, -200);
    expect(event.defaultPrevented).toBe(false);
    expect(view()).toEqual({ k: 1, x: 0, y: 0 });
    expect(ks).toEqual([]);
  });

  it('a wheel zoom comes to rest 150 ms after its last event, and tells the host so once', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { controller, wheel, ks } = setup();
      wheel(200, 100, -50, { ctrlKey: true });
      expect(controller.moving).toBe(true);
      vi.advanceTimersByTime(100);
      wheel(200, 100, -50, { ctrlKey: true });
      vi.advanceTimersByTime(100);
      // Still zooming: 100 ms since the last wheel event.
      expect(controller.moving).toBe(true);
      const told = ks.length;
      vi.advanceTimersByTime(60);
      expect(controller.moving).toBe(false);
      expect(ks.length).toBe(told + 1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stays within the scale extent, 1× to 12×', () => {
    const { wheel, view } = setup();
    for (let i = 0; i < 20; i++) wheel(50, 50, -100, { ctrlKey: true });
    expect(view().k).toBe(12);
    for (let i = 0; i < 20; i++) wheel(50, 50, 100, { ctrlKey: true });
    expect(view()).toEqual({ k: 1, x: 0, y: 0 });
  });

  it('leaves Ctrl + wheel to the browser when the map cannot zoom further', () => {
    const { wheel } = setup();
    expect(wheel(50, 50, 100, { ctrlKey: true }).defaultPrevented).toBe(false);
  });
});

describe('zoom: mouse and pen', () => {
  it('a drag does not pan the unzoomed map', () => {
    const { drag, view, ks } = setup();
    drag([200, 100], [260, 130]);
    expect(view()).toEqual({ k: 1, x: 0, y: 0 });
    expect(ks).toEqual([]);
  });

  it('a drag pans the zoomed map with the pointer, and tells the host', () => {
    const { controller, drag, view, ks } = setup();
    controller.zoomBy(2);
    expect(view()).toEqual({ k: 2, x: -200, y: -100 });
    const told = ks.length;
    drag([200, 100], [260, 130]);
    expect(view()).toEqual({ k: 2, x: -140, y: -70 });
    // The host places the countries' names again for the panned view.
    expect(ks.length).toBeGreaterThan(told);
  });

  it('a pen drags as a mouse does; a right-button drag does not pan', () => {
    const { controller, pointer, view } = setup();
    controller.zoomBy(2);
    pointer('pointerdown', 200, 100, 2, 'pen');
    pointer('pointermove', 150, 100, 2, 'pen');
    pointer('pointerup', 150, 100, 2, 'pen');
    expect(view()).toEqual({ k: 2, x: -250, y: -100 });
    pointer('pointerdown', 200, 100, 3, 'mouse', { button: 2, buttons: 2 });
    pointer('pointermove', 100, 100, 3, 'mouse', { buttons: 2 });
    pointer('pointerup', 100, 100, 3, 'mouse', { button: 2 });
    expect(view()).toEqual({ k: 2, x: -250, y: -100 });
  });

  it('never pans the world off screen (the translate extent)', () => {
    const { controller, drag, view } = setup();
    controller.zoomBy(2);
    drag([200, 100], [450, 250]);
    expect(view()).toEqual({ k: 2, x: 0, y: 0 });
    drag([300, 150], [-200, -150]);
    expect(view()).toEqual({ k: 2, x: -W, y: -H });
  });

  it('fitBox held to a world smaller than the view: over the view when zoomed in, else centred in it', () => {
    // A phone's map: the world a band 100 high across a 200-high view (y 50 to 150).
    const world: [[number, number], [number, number]] = [
      [0, 50],
      [W, 150],
    ];
    // A box near the world's top, 3.2×: the world (320 high) covers the view, its top edge at
    // the view's, where centring the box would have left 68 px of blank above it.
    const near = fitBox(
      [
        [150, 55],
        [250, 65],
      ],
      W,
      H,
      undefined,
      world,
    );
    expect(near.k).toBeCloseTo(3.2, 6);
    expect(50 * near.k + near.y).toBeCloseTo(0, 6);
    expect(
      50 * near.k +
        fitBox(
          [
            [150, 55],
            [250, 65],
          ],
          W,
          H,
        ).y,
    ).toBeCloseTo(68, 6);
    // A wider box, 1.6×: the world (160 high) is centred in the view, 20 px to spare each side.
    const wide = fitBox(
      [
        [100, 60],
        [300, 100],
      ],
      W,
      H,
      undefined,
      world,
    );
    expect(wide.k).toBeCloseTo(1.6, 6);
    expect(50 * wide.k + wide.y).toBeCloseTo(20, 6);
    expect(150 * wide.k + wide.y).toBeCloseTo(H - 20, 6);
    // And at 1× the world stays where it was drawn.
    expect(
      fitBox(
        [
          [0, 50],
          [W, 150],
        ],
        W,
        H,
        undefined,
        world,
      ),
    ).toEqual({ k: 1, x: 0, y: 0 });
  });

  it('fitBox fits the box into the part of the view that nothing covers', () => {
    // A legend over the view's lowest 40 px: a 100×40 box around (200, 100) is fitted into the
    // 160 px above it, 3.2×, its centre at the middle of that part (y 80).
    const legend = { top: 0, bottom: 40 };
    const middle = fitBox(
      [
        [150, 80],
        [250, 120],
      ],
      W,
      H,
      legend,
    );
    expect(middle.k).toBeCloseTo(3.2, 6);
    expect(100 * middle.k + middle.y).toBeCloseTo(80, 6);
    // A box at the world's bottom edge: the view moves up until that edge meets the legend's top
    // (160), not the view's bottom, where the box would lie under the legend.
    const low = fitBox(
      [
        [150, 180],
        [250, 199],
      ],
      W,
      H,
      legend,
    );
    expect(H * low.k + low.y).toBeCloseTo(H - 40, 6);
    // A caption over the top as well: the part between, 100 px, holds the box.
    const both = fitBox(
      [
        [150, 80],
        [250, 120],
      ],
      W,
      H,
      { top: 60, bottom: 40 },
    );
    expect(both.k).toBeCloseTo(2, 6);
    expect(100 * both.k + both.y).toBeCloseTo(110, 6);
  });

  it('reveal() pans a point out of the part nothing covers into it, as covered now', () => {
    const { controller, view } = setup();
    controller.zoomBy(2);
    const at = () => 120 * view().k + view().y;
    // (200, 120) at 2× around the middle lies at y 140: in view, no pan.
    expect(at()).toBeCloseTo(140, 6);
    expect(controller.reveal([200, 120])).toBe(false);
    // A legend over the lowest 60 px, opened since: the point lies under it, and is brought up.
    expect(controller.reveal([200, 120], { top: 0, bottom: 60 })).toBe(true);
    expect(at()).toBeLessThanOrEqual(H - 60 - 24);
  });

  it('a drag is not a click, a press without moving is', () => {
    const { controller, drag, pointer, square } = setup();
    controller.zoomBy(2);
    const clicks: Event[] = [];
    square.addEventListener('click', (e) => clicks.push(e));
    const click = () => square.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    drag([200, 100], [230, 100]);
    click(); // the browser sends the click in the same task as the pointerup
    expect(clicks).toHaveLength(0);
    pointer('pointerdown', 200, 100);
    pointer('pointerup', 200, 100);
    click();
    expect(clicks).toHaveLength(1);
  });

  it('double-click zooms in 2× around the pointer, Shift + double-click out', async () => {
    const { svg, view } = setup();
    const box = svg.getBoundingClientRect();
    const dbl = (shiftKey: boolean) =>
      svg.dispatchEvent(
        new MouseEvent('dblclick', {
          clientX: box.left + 100,
          clientY: box.top + 50,
          shiftKey,
          bubbles: true,
          cancelable: true,
        }),
      );
    dbl(false);
    await vi.waitFor(() => expect(view()).toEqual({ k: 2, x: -100, y: -50 }));
    dbl(true);
    await vi.waitFor(() => expect(view()).toEqual({ k: 1, x: 0, y: 0 }));
  });
});

describe('zoom: touch', () => {
  it('one finger never pans or zooms, and touch-action leaves it to the page', () => {
    const { svg, controller, pointer, view } = setup();
    expect(svg.style.touchAction).toBe('pan-x pan-y');
    controller.zoomBy(2);
    pointer('pointerdown', 200, 100, 1, 'touch');
    pointer('pointermove', 260, 150, 1, 'touch');
    pointer('pointerup', 260, 150, 1, 'touch');
    expect(view()).toEqual({ k: 2, x: -200, y: -100 });
  });

  it('two fingers pinch-zoom around their midpoint, and pan', () => {
    const { pointer, view } = setup();
    pointer('pointerdown', 100, 100, 1, 'touch');
    pointer('pointerdown', 200, 100, 2, 'touch');
    // The fingers spread to twice their distance: 2×, the world midpoint (150, 100) follows the
    // fingers' midpoint, now (200, 100).
    pointer('pointermove', 300, 100, 2, 'touch');
    expect(view()).toEqual({ k: 2, x: -100, y: -100 });
    // Both fingers move 20 px left: the map follows.
    pointer('pointermove', 80, 100, 1, 'touch');
    pointer('pointermove', 280, 100, 2, 'touch');
    expect(view()).toEqual({ k: 2, x: -120, y: -100 });
    // One finger lifts: the other pans on.
    pointer('pointerup', 80, 100, 1, 'touch');
    pointer('pointermove', 270, 90, 2, 'touch');
    expect(view()).toEqual({ k: 2, x: -130, y: -110 });
    pointer('pointerup', 270, 90, 2, 'touch');
    pointer('pointermove', 200, 50, 2, 'touch');
    expect(view()).toEqual({ k: 2, x: -130, y: -110 });
  });

  it('a pinch stays within the scale extent, and the touch the browser took is forgotten', () => {
    const { pointer, view } = setup();
    pointer('pointerdown', 195, 100, 1, 'touch');
    pointer('pointerdown', 205, 100, 2, 'touch');
    pointer('pointermove', 395, 100, 2, 'touch');
    expect(view().k).toBe(12);
    pointer('pointermove', 200, 100, 2, 'touch');
    expect(view()).toEqual({ k: 1, x: 0, y: 0 });
    pointer('pointercancel', 200, 100, 1, 'touch');
    pointer('pointercancel', 200, 100, 2, 'touch');
    pointer('pointerdown', 100, 100, 3, 'touch');
    pointer('pointermove', 50, 100, 3, 'touch');
    expect(view()).toEqual({ k: 1, x: 0, y: 0 });
  });
});

/**
 * Takes over requestAnimationFrame: the returned function runs the frames due, as at `ms` into the
 * transition, so a test sees the frames of a transition however busy the machine is.
 */
function manualFrames() {
  const due = new Map<number, FrameRequestCallback>();
  let id = 0;
  // The clock stands still between frames, and frame(ms) moves it to `ms` after now: the
  // controller reads the same clock when a transition starts, so a busy machine cannot shift
  // the frames' times against the transition's start.
  const t0 = performance.now();
  let clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => t0 + clock);
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => {
    due.set(++id, cb);
    return id;
  });
  vi.spyOn(window, 'cancelAnimationFrame').mockImplementation((n) => void due.delete(n));
  cleanups.push(() => vi.restoreAllMocks());
  return (ms: number) => {
    clock = ms;
    const callbacks = [...due.values()];
    due.clear();
    for (const cb of callbacks) cb(t0 + ms);
  };
}

describe('zoom: transitions', () => {
  it('zoomBy eases to its scale over 300 ms, around the centre', () => {
    const frame = manualFrames();
    const { controller, view } = setup({ reduced: false });
    controller.zoomBy(1.6);
    expect(view().k).toBe(1);
    const ks = [50, 150, 250].map((ms) => (frame(ms), view().k));
    expect(ks[0]).toBeGreaterThan(1);
    expect(ks[1]).toBeGreaterThan(ks[0]!);
    expect(ks[2]).toBeGreaterThan(ks[1]!);
    expect(ks[2]).toBeLessThan(1.6);
    // Half-way in time (cubic in-out) is half-way in log scale: √1.6.
    expect(ks[1]).toBeCloseTo(Math.sqrt(1.6), 2);
    frame(301);
    expect(view().k).toBeCloseTo(1.6, 5);
    expect(view().x).toBeCloseTo(-0.6 * 200, 4);
    expect(view().y).toBeCloseTo(-0.6 * 100, 4);
  });

  it('a second zoomBy during the first goes on from where the first was heading', async () => {
    const { controller, view } = setup({ reduced: false });
    controller.zoomBy(1.6);
    controller.zoomBy(1.6);
    await vi.waitFor(() => expect(view().k).toBeCloseTo(2.56, 5));
  });

  it('reset eases back to the identity over 600 ms', () => {
    const frame = manualFrames();
    const { controller, wheel, view } = setup({ reduced: false });
    wheel(100, 50, -50, { ctrlKey: true });
    controller.reset();
    frame(300);
    expect(view().k).toBeGreaterThan(1);
    expect(view().k).toBeLessThan(2);
    frame(601);
    expect(view()).toEqual({ k: 1, x: 0, y: 0 });
  });

  it('zoomToBox frames the box: centred, filling 80% of the view', async () => {
    const { controller, square, svg, view } = setup({ reduced: false });
    // A 100×40 box around (200, 100): its width limits, 0.8 × 400 / 100 = 3.2×.
    controller.zoomToBox(
      [
        [150, 80],
        [250, 120],
      ],
      W,
      H,
    );
    // Waits for the transition's end: a frame just before it has k within 5 digits already.
    await vi.waitFor(() => {
      expect(view().k).toBeCloseTo(3.2, 5);
      expect(view().x).toBeCloseTo(200 - 200 * 3.2, 4);
      expect(view().y).toBeCloseTo(100 - 100 * 3.2, 4);
    });
    // The 20×20 square at the box's centre is drawn 64×64 at the view's centre.
    const s = square.getBoundingClientRect();
    const b = svg.getBoundingClientRect();
    expect(s.width).toBeCloseTo(64, 3);
    expect(s.left + s.width / 2 - b.left).toBeCloseTo(200, 3);
    expect(s.top + s.height / 2 - b.top).toBeCloseTo(100, 3);
  });

  it('zoomToBox zooms at most 8×, and a box at the edge keeps the world on screen', () => {
    const { controller, view } = setup();
    controller.zoomToBox(
      [
        [395, 195],
        [399, 199],
      ],
      W,
      H,
    );
    expect(view()).toEqual({ k: 8, x: W - 8 * W, y: H - 8 * H });
  });

  it('a drag during a transition stops it', () => {
    const frame = manualFrames();
    const { controller, drag, view } = setup({ reduced: false });
    controller.zoomBy(3);
    frame(150);
    expect(view().k).toBeGreaterThan(1.5);
    drag([200, 100], [210, 100]);
    const stopped = view();
    frame(200);
    frame(400);
    expect(view()).toEqual(stopped);
  });

  it('under reduced motion, zoomBy, reset and zoomToBox apply at once', () => {
    const { controller, view } = setup({ reduced: true });
    controller.zoomBy(1.6);
    expect(view().k).toBeCloseTo(1.6, 5);
    controller.reset();
    expect(view()).toEqual({ k: 1, x: 0, y: 0 });
    controller.zoomToBox(
      [
        [150, 80],
        [250, 120],
      ],
      W,
      H,
    );
    expect(view().k).toBeCloseTo(3.2, 5);
  });

  it('writes the transform as d3-zoom did, and --k for counter-scaled markers', () => {
    const { controller, layer } = setup();
    controller.zoomBy(2);
    expect(layer.getAttribute('transform')).toBe('translate(-200,-100) scale(2)');
    expect(layer.style.getPropertyValue('--k')).toBe('2');
    expect(controller.k).toBe(2);
  });
});

describe('zoom in <jurisdiction-map>', () => {
  const svgOf = (el: JurisdictionMap) => el.shadowRoot!.querySelector<SVGSVGElement>('svg.map')!;
  const layerOf = (el: JurisdictionMap) => el.shadowRoot!.querySelector('g.zoom-layer')!;

  it('Ctrl + wheel zooms the map and counter-scales its markers and borders; a plain wheel does not', async () => {
    const el = await mount();
    const svg = svgOf(el);
    await vi.waitFor(() => expect(svg.style.touchAction).toBe('pan-x pan-y'));
    const box = svg.getBoundingClientRect();
    const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
    const plain = new WheelEvent('wheel', { ...at, deltaY: -50, bubbles: true, cancelable: true });
    svg.dispatchEvent(plain);
    expect(plain.defaultPrevented).toBe(false);
    expect(layerOf(el).getAttribute('transform')).toBeNull();
    const marker = el.shadowRoot!.querySelector('.marker .shape')!;
    const size = marker.getBoundingClientRect().width;
    // A border's width on screen: its stroke in its own units times their scale to the screen.
    const country = el.shadowRoot!.querySelector<SVGPathElement>('path.country:not(.data)')!;
    const border = () =>
      parseFloat(getComputedStyle(country).strokeWidth) * country.getScreenCTM()!.a;
    expect(border()).toBeCloseTo(0.5, 2);
    // Ten of a pinch's 5 px events: 2×.
    for (let i = 0; i < 10; i++) {
      const ctrl = new WheelEvent('wheel', { ...at, deltaY: -5, ctrlKey: true, cancelable: true });
      svg.dispatchEvent(ctrl);
      expect(ctrl.defaultPrevented).toBe(true);
    }
    const scale = layerOf(el)
      .getAttribute('transform')!
      .match(/scale\(([\d.]+)\)$/)![1];
    expect(Number(scale)).toBeCloseTo(2, 6);
    // Markers keep their size on screen, and borders their width.
    expect(marker.getBoundingClientRect().width).toBeCloseTo(size, 1);
    expect(border()).toBeCloseTo(0.5, 2);
  });

  it('under prefers-reduced-motion, + zooms at once', async () => {
    await withReducedMotion(async () => {
      const el = await mount();
      const stage = el.shadowRoot!.querySelector<HTMLElement>('.stage')!;
      stage.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true }));
      expect(layerOf(el).getAttribute('transform')).toMatch(/scale\(1\.6\)$/);
      stage.dispatchEvent(new KeyboardEvent('keydown', { key: '0', bubbles: true }));
      expect(layerOf(el).getAttribute('transform')).toBe('translate(0,0) scale(1)');
    });
  });
});
