// The data-center markers, drawn straight into one <g> that Lit leaves alone, like the country
// layer: created once per size, then each new answer only updates what changed (a class, a
// shape's path, a label). Events are delegated to the group by the element.
//
// Each marker is placed by an SVG `transform` attribute, and its body is scaled by one shared CSS
// rule (`scale`, against the zoom). Per-marker custom properties in inline styles made every
// marker a style of its own and a transform node of its own to resolve: at 5,000 markers a
// request change spent most of its time there.
import type { Reach } from '../engine/index.js';
import { BARRIER_PATH, MARKER_SHAPES } from './marker-shapes.js';
import type { SceneMarker } from './scene.js';

const SVG = 'http://www.w3.org/2000/svg';

interface Drawn {
  g: SVGGElement;
  body: SVGGElement;
  shape: SVGPathElement;
  /** The bar and the selection ring, made the first time they are needed, then only shown or hidden. */
  barrier?: SVGPathElement;
  ring?: SVGCircleElement;
  reach?: Reach;
  className?: string;
  selected?: boolean;
  label?: string;
  tabindex?: string;
}

function element<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, String(value));
  return el;
}

export class MarkerLayer {
  #drawn = new Map<string, Drawn>();
  #positions: readonly SceneMarker[] | undefined;
  #group: SVGGElement | undefined;

  /** Creates the markers (and leader lines for fanned-out ones) when the positions changed. */
  draw(group: SVGGElement, markers: readonly SceneMarker[], samePositions: boolean): void {
    if (samePositions && this.#group === group && this.#drawn.size === markers.length) return;
    this.#group = group;
    this.#positions = markers;
    this.#drawn.clear();
    const fragment = document.createDocumentFragment();
    for (const m of markers) {
      if (m.dx || m.dy)
        fragment.append(
          element('line', { class: 'leader', x1: m.x, y1: m.y, x2: m.x + m.dx, y2: m.y + m.dy }),
        );
    }
    for (const m of markers) {
      const g = element('g', {
        class: 'marker',
        role: 'button',
        'data-id': m.id,
        transform: `translate(${m.x} ${m.y})`,
      });
      // A fanned-out marker's offset is scaled with its body, as its leader line ends there.
      const body = element('g', { class: 'marker-body' });
      if (m.dx || m.dy) body.setAttribute('transform', `translate(${m.dx} ${m.dy})`);
      const shape = element('path', { class: 'shape' });
      body.append(element('circle', { class: 'focus-ring', r: 8 }), shape);
      g.append(body);
      fragment.append(g);
      this.#drawn.set(m.id, { g, body, shape });
    }
    group.replaceChildren(fragment);
  }

  /** Updates reach, conflict, selection, label and the one tab stop; touches only what changed. */
  paint(markers: readonly SceneMarker[], active: string): void {
    let selected: SVGGElement | undefined;
    for (const m of markers) {
      const drawn = this.#drawn.get(m.id);
      if (!drawn) continue;
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
        drawn.body.append(drawn.ring);
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
      if (m.selected) selected = g;
    }
    // The selected marker last, so it is drawn on top of its neighbours.
    if (selected && selected !== this.#group?.lastElementChild) this.#group?.append(selected);
  }

  /** The positions last drawn (to know whether a new scene moved them). */
  get positions(): readonly SceneMarker[] | undefined {
    return this.#positions;
  }
}
