// The 177 country shapes, drawn straight into one <g> that Lit leaves alone (as D3 would own it):
// the shapes are created once per size, and a new answer only changes the classes of the few
// countries whose role changed. Lit re-rendering 177 paths on every slider step cost far more.
import type { SceneCountry } from './scene.js';

const SVG = 'http://www.w3.org/2000/svg';

export class CountryLayer {
  #paths: SVGPathElement[] = [];
  #shapes: readonly { d: string }[] | undefined;

  /** Draws the shapes into `group` when they changed (a new size or a new World). */
  draw(
    group: SVGGElement,
    countries: readonly { d: string; jurisdiction: string | undefined }[],
  ): void {
    if (this.#shapes === countries && this.#paths[0]?.parentNode === group) return;
    this.#shapes = countries;
    const fragment = document.createDocumentFragment();
    // Copies of one path with its class, attributes set directly (not through `dataset`), in an
    // indexed loop: this runs cold in the first drawing.
    const prototype = document.createElementNS(SVG, 'path');
    prototype.setAttribute('class', 'country');
    const paths: SVGPathElement[] = [];
    for (let i = 0; i < countries.length; i++) {
      const c = countries[i]!;
      const path = prototype.cloneNode() as SVGPathElement;
      path.setAttribute('d', c.d);
      if (c.jurisdiction) path.setAttribute('data-jurisdiction', c.jurisdiction);
      fragment.appendChild(path);
      paths.push(path);
    }
    this.#paths = paths;
    group.replaceChildren(fragment);
  }

  /**
   * Sets each country's classes for the scene; only changed ones touch the DOM. (The selected
   * country's edge is drawn above the land and its hatching, in the element's template.)
   */
  paint(countries: readonly SceneCountry[]): void {
    countries.forEach((c, i) => {
      const path = this.#paths[i];
      if (!path) return;
      const name = `country${c.role ? ` ${c.role}` : ''}${c.party ? ' party' : ''}`;
      if (path.getAttribute('class') !== name) path.setAttribute('class', name);
    });
  }
}
