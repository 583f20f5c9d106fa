// What presenting needs besides the map, kept out of the element as plain functions: the view's
// share link and embed code, and which presenter key does what.

/**
 * The attributes that define a view, in the order embed code and share links list them: the
 * request, the scenario's step, and a comparison beside it.
 */
export const VIEW_ATTRIBUTES = [
  'request-type',
  'requester',
  'datacenter',
  'as-of',
  'scenario',
  'step',
  'compare-datacenter',
  'compare-request-type',
  'compare-requester',
  'country',
  'providers',
] as const;

/** Reads one of the view's attributes (null or empty when unset). */
export type ViewAttribute = (name: (typeof VIEW_ATTRIBUTES)[number]) => string | null;

let scriptUrl = '';

/** Records the URL the element's module was loaded from, for the embed code. */
export function setScriptUrl(url: string): void {
  scriptUrl = url;
}

/** `base` with the view's attributes as query parameters (the demo page reads them back). */
export function viewLink(attribute: ViewAttribute, base: string): string {
  const url = new URL(base);
  for (const name of VIEW_ATTRIBUTES) {
    const value = attribute(name);
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
  }
  for (const name of readerSettings) url.searchParams.delete(name);
  return url.toString();
}

let readerSettings: readonly string[] = [];

/**
 * Names the page's own parameters that are how one reader sees the map, not what it shows, for
 * a link passed on to leave out: the demo's theme, lang, autoplay and view (a copied link carried
 * them all). None by default: a site's own parameters are its business.
 */
export function setReaderSettings(names: readonly string[]): void {
  readerSettings = names;
}

/**
 * The attributes that set a map up rather than say what it shows: the embed code carries them
 * after the view's, so that the map pasted elsewhere is the one copied (a site's bundle, its
 * controls, panel, theme and language). A share link leaves them to the page it opens.
 */
const SETUP_ATTRIBUTES = [
  'src',
  'bundle-mode',
  'controls',
  'panel',
  'announce',
  'theme',
  'lang',
] as const;

/**
 * The HTML that embeds the view in another page: the module's script tag and the element, with
 * the view's attributes and then `setup`'s (the element's own, as written).
 */
export function viewEmbedCode(
  attribute: ViewAttribute,
  setup: (name: string) => string | null,
): string {
  const attributes = [
    ...VIEW_ATTRIBUTES.map((name) => [name, attribute(name)] as const),
    ...SETUP_ATTRIBUTES.map((name) => [name, setupValue(name, setup(name))] as const),
  ]
    .filter(([, value]) => value)
    // Escaped as an attribute value: a data center id from a site's bundle may hold any text.
    .map(([name, value]) => ` ${name}="${String(value).replace(/[&"<>]/g, escapeChar)}"`)
    .join('');
  const src = scriptUrl || 'jurisdiction-map.js';
  return `<script type="module" src="${src}"></script>\n<jurisdiction-map${attributes}></jurisdiction-map>`;
}

const escapeChar = (c: string) => `&#${c.charCodeAt(0)};`;

// A bundle's address as the page wrote it is relative to that page: made absolute, it is found
// from the page the code is pasted into (if its server allows that origin, README: Your own data).
function setupValue(name: string, value: string | null): string | null {
  if (name !== 'src' || !value) return value;
  try {
    return new URL(value, document.baseURI).href;
  } catch {
    return value;
  }
}

export type PresenterAction = 'next' | 'previous' | 'first' | 'last' | 'notes' | 'fullscreen';

/** A key press as presenterAction() reads it (a KeyboardEvent will do). */
export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
}

/**
 * What a key does in a scenario, or null for a key the presenter does not use. A clicker sends
 * → / PageDown / Space and ← / PageUp. Keys typed into a field are the reader's, and arrows, Home
 * and End move between markers when a marker (or a country's outline) has focus. Space on a
 * button, a link or the legend's summary presses it; a key with Ctrl, ⌘ or Alt is the browser's
 * (Ctrl+F finds text, Alt+← goes back), and Shift+Space scrolls up.
 */
export function presenterAction(
  press: KeyPress,
  target: EventTarget | undefined,
): PresenterAction | null {
  const { key } = press;
  if (
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement
  )
    return null;
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  const letter = key.length === 1 && key !== ' ';
  if (press.shiftKey && !letter) return null;
  const pressable =
    target instanceof Element &&
    target.closest('button, a[href], summary, [role="button"], [role="link"]') !== null;
  if (key === ' ' && pressable) return null;
  const onMarker = target instanceof SVGElement && target.closest('.marker, .outline') !== null;
  if (key === 'PageDown' || key === ' ' || (key === 'ArrowRight' && !onMarker)) return 'next';
  if (key === 'PageUp' || (key === 'ArrowLeft' && !onMarker)) return 'previous';
  if (key === 'Home' && !onMarker) return 'first';
  if (key === 'End' && !onMarker) return 'last';
  if (key === 'n' || key === 'N') return 'notes';
  if (key === 'f' || key === 'F') return 'fullscreen';
  return null;
}
