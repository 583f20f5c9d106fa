// Zoom and pan with d3-zoom. D3 owns only the transform of one <g> that Lit never binds, so the
// two libraries never write the same attribute. The page never scrolls into a zoom by accident:
// the wheel zooms only with Ctrl/⌘, and touch pans and pinches only with two fingers.
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ZoomController implements ReactiveController {
  /** The current scale, for counter-scaling markers and labels. */
  k = 1;
  #behavior?: ZoomBehavior<SVGSVGElement, unknown>;
  #svg?: Selection<SVGSVGElement, unknown, null, undefined>;
  #layer?: SVGGElement;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly reducedMotion: () => boolean,
  ) {
    host.addController(this);
  }

  /** Attaches to the rendered <svg> and its zoom layer; safe to call on every update. */
  attach(svg: SVGSVGElement, layer: SVGGElement, width: number, height: number): void {
    if (!this.#behavior || this.#svg?.node() !== svg) {
      this.#layer = layer;
      this.#svg = select(svg);
      this.#behavior = zoom<SVGSVGElement, unknown>()
        .scaleExtent([1, 12])
        .filter((event: Event) => {
          if (event.type === 'wheel')
            return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
          if (event.type === 'touchstart') return (event as TouchEvent).touches.length >= 2;
          return !(event as MouseEvent).button;
        })
        .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) =>
          this.#apply(event.transform.k, event.transform.toString()),
        );
      this.#svg.call(this.#behavior);
      // d3-zoom sets touch-action: none; one finger must still scroll the page.
      svg.style.touchAction = 'pan-x pan-y';
    }
    this.#behavior.translateExtent([
      [0, 0],
      [width, height],
    ]);
    this.#behavior.extent([
      [0, 0],
      [width, height],
    ]);
  }

  #apply(k: number, transform: string): void {
    this.#layer?.setAttribute('transform', transform);
    this.#layer?.style.setProperty('--k', String(k));
    const changed = Math.abs(this.k - k) > 1e-6;
    this.k = k;
    if (changed) this.host.dispatchEvent(new Event('jm-zoom-internal'));
  }

  zoomBy(factor: number): void {
    if (!this.#svg || !this.#behavior) return;
    const target = this.reducedMotion() ? this.#svg : this.#svg.transition().duration(300);
    this.#behavior.scaleBy(target as never, factor);
  }

  reset(): void {
    this.#to(zoomIdentity);
  }

  /** Zooms so that the box [[x0, y0], [x1, y1]] fills most of the view (at most 8×). */
  zoomToBox(
    [[x0, y0], [x1, y1]]: [[number, number], [number, number]],
    width: number,
    height: number,
  ): void {
    const k = Math.min(8, 0.8 / Math.max((x1 - x0) / width, (y1 - y0) / height));
    const transform = zoomIdentity
      .translate(width / 2, height / 2)
      .scale(Math.max(1, k))
      .translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
    this.#to(transform);
  }

  #to(transform: typeof zoomIdentity): void {
    if (!this.#svg || !this.#behavior) return;
    const target = this.reducedMotion() ? this.#svg : this.#svg.transition().duration(600);
    this.#behavior.transform(target as never, transform);
  }

  hostDisconnected(): void {
    this.#svg?.on('.zoom', null);
    this.#behavior = undefined;
    this.#svg = undefined;
  }
}
