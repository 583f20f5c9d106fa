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
    this.#paths = countries.map((c) => {
      const path = document.createElementNS(SVG, 'path');
      path.setAttribute('d', c.d);
      path.setAttribute('class', 'country');
      if (c.jurisdiction) path.dataset.jurisdiction = c.jurisdiction;
      fragment.append(path);
      return path;
    });
    group.replaceChildren(fragment);
  }

  /** Sets each country's classes for the scene; only changed ones touch the DOM. */
  paint(countries: readonly SceneCountry[], selected: string | null): void {
    countries.forEach((c, i) => {
      const path = this.#paths[i];
      if (!path) return;
      const name = `country${c.role ? ` ${c.role}` : ''}${c.party ? ' party' : ''}${c.jurisdiction && c.jurisdiction === selected ? ' focused' : ''}`;
      if (path.getAttribute('class') !== name) path.setAttribute('class', name);
    });
  }
}
