// The iframe embed (embed.html?request-type=…&requester=…&datacenter=…&as-of=…&scenario=…&step=…):
// sets the map from the query string and tells the parent page its height and what it shows by
// postMessage, so a CMS can size the frame without scripts of ours on its page.
import './jurisdiction-map.js';
import { setScriptUrl } from './elements/presenting.js';

// The embed code names the standalone file published beside this page (dist/jurisdiction-map.js),
// not the hashed chunk this page's build loads, which the next build renames.
setScriptUrl(new URL('jurisdiction-map.js', document.baseURI).href);
import type { JurisdictionMap } from './jurisdiction-map.js';
import { VIEW_ATTRIBUTES } from './elements/presenting.js';
import { passKeyToMap } from './demo/pass-keys.js';

/**
 * The attributes a link may set: the view's, and how it looks. Not `src`: a link to our page must
 * not be able to show someone else's data under our name.
 */
export const EMBED_ATTRIBUTES = [
  ...VIEW_ATTRIBUTES,
  'autoplay',
  'theme',
  'controls',
  'panel',
  'lang',
] as const;

const map = document.querySelector<JurisdictionMap>('jurisdiction-map')!;
const params = new URLSearchParams(location.search);
for (const name of EMBED_ATTRIBUTES) {
  const value = params.get(name);
  if (value !== null) map.setAttribute(name, value);
}
// `lang` also names the page's language, for the reader's screen reader.
if (params.get('lang')) document.documentElement.lang = params.get('lang')!;
// The page's own background follows the map's theme (embed.css), in any case, as the element's.
const theme = params.get('theme')?.toLowerCase();
if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;
// ?height=700: the map's height in pixels on a wide frame (200 to 2000; CSSOM, so CSP allows it).
const height = Number(params.get('height'));
if (height >= 200 && height <= 2000 && matchMedia('(min-width: 721px)').matches) {
  map.style.height = `${Math.round(height)}px`;
}

// A presenter's clicker steps the scenario with the frame focused, not only once the map is (a
// click on the map to focus it could land on a data center and leave the scenario).
document.addEventListener('keydown', (event) => passKeyToMap(map, event));

// The messages carry nothing private (a height, the request shown), so any parent may read them;
// the parent checks event.origin and event.source before it acts on one.
const tell = (message: Record<string, unknown>) => {
  if (window.parent !== window) window.parent.postMessage(message, '*');
};

let lastHeight = 0;
// The body's own height: the document's scrollHeight is never less than the frame itself, so a
// frame never shrank (a phone's tall frame widened to a desktop's stayed 1,554 px for a 560 px map).
const sendHeight = () => {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height === lastHeight) return;
  lastHeight = height;
  tell({ type: 'jurisdiction-map:height', height });
};
new ResizeObserver(sendHeight).observe(document.body);
map.addEventListener('jm-ready', sendHeight);
map.addEventListener('jm-change', (e) =>
  tell({ type: 'jurisdiction-map:change', request: e.detail.request }),
);
