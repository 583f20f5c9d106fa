// A CSP-safe replacement for Lit's styleMap: it always writes through the CSSOM
// (element.style.setProperty), which `style-src 'self'` allows, and never sets a style attribute
// (styleMap's first render does, and a strict Content-Security-Policy blocks that).
import { noChange } from 'lit';
import {
  Directive,
  directive,
  PartType,
  type AttributePart,
  type PartInfo,
} from 'lit/directive.js';

class StylePropsDirective extends Directive {
  #previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style') {
      throw new Error('styleProps() belongs in a style attribute binding');
    }
  }

  render(_props: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(
    part: AttributePart,
    [props]: [Readonly<Record<string, string>>],
  ): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.#previous) if (!(name in props)) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    this.#previous = new Set(Object.keys(props));
    return noChange;
  }
}

/** Sets CSS properties (custom properties included) on the element, CSP-safe. */
export const styleProps = directive(StylePropsDirective);
