// The 177 country shapes, drawn straight into one <g> that Lit leaves alone (as D3 would own it):
// the shapes are created once per size, and a new answer only changes the classes of the few
// countries whose role changed. Lit re-rendering 177 paths on every slider step cost far more.
import type { SceneCountry } from './scene.js';

const SVG = 'http://www.w3.org/2000/svg';

export class CountryLayer {
  #paths: SVGPathElement[] = [];
  #shapes: readonly { d: string }[] | undefined;
  /** The countries drawn after the plain land, in their order (paint()). */
  #raised: SVGPathElement[] = [];
  /** The pointer's country outlined over every other (hover()). */
  #ring = document.createElementNS(SVG, 'path');

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
    this.#raised = [];
    this.#ring.setAttribute('class', 'hover-ring');
    this.#ring.removeAttribute('d');
    fragment.appendChild(this.#ring);
    group.replaceChildren(fragment);
  }

  /**
   * Sets each country's classes for the scene; only changed ones touch the DOM. The parties, then
   * the roles, then the selected country are drawn after the plain land: a neighbour drawn later
   * covered half of their edges with its fill and the rest with its border. Only the countries
   * that change rank move (a move re-lays a path out).
   */
  paint(countries: readonly SceneCountry[], selected: string | null): void {
    const ranks: SVGPathElement[][] = [[], [], []];
    countries.forEach((c, i) => {
      const path = this.#paths[i];
      if (!path) return;
      const chosen = !!c.jurisdiction && c.jurisdiction === selected;
      const name = `country${c.role ? ` ${c.role}` : ''}${c.party ? ' party' : ''}${chosen ? ' focused' : ''}`;
      if (path.getAttribute('class') !== name) path.setAttribute('class', name);
      if (chosen) ranks[2]!.push(path);
      else if (c.role) ranks[1]!.push(path);
      else if (c.party) ranks[0]!.push(path);
    });
    const raised = ranks.flat();
    if (raised.length === this.#raised.length && raised.every((p, i) => p === this.#raised[i]))
      return;
    const group = this.#paths[0]?.parentNode;
    if (!group) return;
    // Back among the plain land (where among them does not show), then the raised in order.
    for (const path of this.#raised) if (!raised.includes(path)) group.prepend(path);
    const kept = this.#raised.filter((p) => raised.includes(p));
    const first = raised.findIndex((p, i) => p !== kept[i]);
    if (first >= 0) group.append(...raised.slice(first));
    group.append(this.#ring);
    this.#raised = raised;
  }

  /** Outlines the country under the pointer above all the others (null: none). */
  hover(country: Element | null): void {
    const d = country?.matches('.country') ? country.getAttribute('d') : null;
    if (d) this.#ring.setAttribute('d', d);
    else this.#ring.removeAttribute('d');
  }
}
