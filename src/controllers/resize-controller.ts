// Follows the size of an element inside the host with a ResizeObserver, so the map fits any
// container without the embedder calling anything. Updates at most once per animation frame.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  #observer?: ResizeObserver;
  #target?: Element;
  #frame = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Takes a size before anything is measured (an estimate; observe() corrects it). */
  assume(width: number, height: number): void {
    this.width = width;
    this.height = height;
  }

  /**
   * Starts observing `target` (called once the element has rendered it); true when measuring it
   * changed the size (an update is then requested).
   */
  observe(target: Element): boolean {
    if (this.#target === target) return false;
    this.#observer?.disconnect();
    this.#target = target;
    this.#observer = new ResizeObserver(([entry]) => {
      const box = entry!.contentRect;
      const width = Math.round(box.width);
      const height = Math.round(box.height);
      if (width === this.width && height === this.height) return;
      // Render in the next frame: rendering inside the observer's own delivery can resize the
      // target again and trip the browser's "ResizeObserver loop" error.
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => {
        this.width = width;
        this.height = height;
        this.host.requestUpdate();
      });
    });
    this.#observer.observe(target);
    // Measure now too, so the first map is drawn in this frame rather than one or two frames
    // later when the observer first reports.
    const box = target.getBoundingClientRect();
    const width = Math.round(box.width);
    const height = Math.round(box.height);
    if (width > 0 && height > 0 && (width !== this.width || height !== this.height)) {
      this.width = width;
      this.height = height;
      this.host.requestUpdate();
      return true;
    }
    return false;
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#observer?.disconnect();
    this.#target = undefined;
  }

  hostConnected(): void {
    // Re-attach after a move in the DOM; the element calls observe() again on its next update.
  }
}
