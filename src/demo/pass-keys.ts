// A presentation clicker's keys, pressed while the focus is on the page rather than in the map,
// passed on to the map (the demo page and the iframe embed). The map decides what each key does
// (presenterAction in src/elements/presenting.ts).
import type { JurisdictionMap } from '../jurisdiction-map.js';

/** A field that takes the keys typed into it. */
export const typing = (target: EventTarget | null | undefined): boolean =>
  target instanceof HTMLInputElement ||
  target instanceof HTMLSelectElement ||
  target instanceof HTMLTextAreaElement;

/**
 * Passes `event` to `map` if the map shows a scenario and the key was pressed on the page itself
 * or on one of its controls other than a field: after a click that folded the demo's introduction
 * the focus is on its summary, and a clicker's keys did nothing there. Space and Enter stay the
 * control's own (they press it), as they do on the map's buttons.
 */
export function passKeyToMap(map: JurisdictionMap, event: KeyboardEvent): void {
  if (!map.scenario || event.defaultPrevented || event.composedPath().includes(map)) return;
  const onControl = event.target !== document.body;
  if (onControl && (typing(event.target) || event.key === ' ' || event.key === 'Enter')) return;
  const { key, ctrlKey, metaKey, altKey, shiftKey } = event;
  const passed = new KeyboardEvent('keydown', {
    key,
    ctrlKey,
    metaKey,
    altKey,
    shiftKey,
    bubbles: true,
    cancelable: true,
  });
  map.dispatchEvent(passed);
  if (passed.defaultPrevented) event.preventDefault();
}
