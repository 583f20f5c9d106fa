// Deep links for a page that shows one <jurisdiction-map>: the URL's query sets the element's
// attributes on load (?scenario=microsoft-ireland&step=3, or ?request-type=…&as-of=…), and every
// change or step writes them back with replaceState, so a reload or a shared link lands on the
// same view.
import { VIEW_ATTRIBUTES } from '../elements/presenting.js';
import type { JurisdictionMap } from '../jurisdiction-map.js';

/** The view's attributes: the request, the scenario's step, and a comparison beside it. */
const LINKED = VIEW_ATTRIBUTES;

export function linkToUrl(el: JurisdictionMap, location: Location = window.location): void {
  const params = new URLSearchParams(location.search);
  for (const name of LINKED) {
    const value = params.get(name);
    if (value) el.setAttribute(name, value);
  }
  // The rest of the query stays as it came (?lang=fr&theme=dark, a site's own parameters): a
  // presenter's reload after a step kept the step but lost French and the dark theme.
  const kept = [...params].filter(([name]) => !(LINKED as readonly string[]).includes(name));
  const query = () => {
    const next = new URLSearchParams(kept);
    // In a scenario the step says it all; outside one (or once the reader has changed the
    // request), the request does; a comparison is written either way.
    const inScenario = !!el.viewAttribute('scenario');
    for (const name of LINKED) {
      const value = el.viewAttribute(name);
      const partOfRequest = ['request-type', 'requester', 'datacenter', 'as-of'].includes(name);
      if (value && !(inScenario && partOfRequest)) next.set(name, value);
    }
    return next.toString();
  };
  const write = () => {
    const next = query();
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${next ? `?${next}` : ''}${location.hash}`,
    );
  };
  // What the map does before its first drawing (its answer to the address, the step or country
  // the address set) is the view the page opened on, not written back: the address already
  // opens it, a bare one stays bare until the reader changes something, and one with a mistake
  // (step=0) is kept, so a reload shows the message again. The writing also cost a 10-20 ms
  // task right after the first paint. (A map drawn before this is called has opened already.)
  let opening = !el.resolution;
  el.addEventListener('jm-ready', () => (opening = false), { once: true });
  // Written in a task of its own, once per burst of changes: replaceState costs about 10 ms (it
  // was part of the map's first, long task), and a dragged date slider must not call it on every
  // step (browsers throttle pages that do).
  let pending: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    if (opening) return;
    clearTimeout(pending);
    pending = setTimeout(write);
  };
  el.addEventListener('jm-change', later);
  el.addEventListener('jm-step', later);
  // A country's details opened or closed (the element reflects them to its attribute), or a
  // script changed the providers shown: neither is a new answer (no jm-change).
  new MutationObserver(later).observe(el, { attributeFilter: ['country', 'providers'] });
}
