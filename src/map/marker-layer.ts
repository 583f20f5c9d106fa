// The data-center markers, drawn straight into one <g> that Lit leaves alone, like the country
// layer: created once per size, then each new answer only updates what changed (a class, a
// shape, a label). Events are delegated to the group by the element.
import type { Reach } from '../engine/index.js';
import { BARRIER_PATH, MARKER_SHAPES } from './marker-shapes.js';
import type { SceneMarker } from './scene.js';

const SVG = 'http://www.w3.org/2000/svg';

interface Drawn {
  g: SVGGElement;
  reach?: Reach;
  conflicted?: boolean;
  selected?: boolean;
  label?: string;
  tabindex?: string;
}

function element<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
) {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, String(value));
  return el;
}

function shapeElement(reach: Reach): SVGElement {
  const spec = MARKER_SHAPES[reach];
  return spec.tag === 'circle'
    ? element('circle', { class: 'shape', r: spec.r })
    : element('path', { class: 'shape', d: spec.d });
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
      const g = element('g', { class: 'marker', role: 'button', 'data-id': m.id });
      // Custom properties through the CSSOM, which a strict style-src allows.
      g.style.setProperty('--x', String(m.x));
      g.style.setProperty('--y', String(m.y));
      g.style.setProperty('--dx', String(m.dx));
      g.style.setProperty('--dy', String(m.dy));
      g.append(element('circle', { class: 'focus-ring', r: 8 }));
      fragment.append(g);
      this.#drawn.set(m.id, { g });
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
        g.querySelector('.shape')?.remove();
        g.insertBefore(shapeElement(m.reach), g.querySelector('.barrier, .ring'));
        drawn.reach = m.reach;
      }
      if (drawn.conflicted !== m.conflicted) {
        if (m.conflicted)
          g.insertBefore(
            element('path', { class: 'barrier', d: BARRIER_PATH }),
            g.querySelector('.ring'),
          );
        else g.querySelector('.barrier')?.remove();
        drawn.conflicted = m.conflicted;
      }
      if (drawn.selected !== m.selected) {
        if (m.selected) g.append(element('circle', { class: 'ring', r: 8.5 }));
        else g.querySelector('.ring')?.remove();
        g.setAttribute('aria-pressed', String(m.selected));
        drawn.selected = m.selected;
      }
      const className = `marker ${m.reach}${m.selected ? ' selected' : ''}`;
      if (g.getAttribute('class') !== className) g.setAttribute('class', className);
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
