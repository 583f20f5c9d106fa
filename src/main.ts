// The demo page: its own styles, the element registered, the URL kept in step with the map, and
// a presentation clicker's keys passed to the map when nothing else on the page has focus.
// With ?view=speaker the page is the presenter's speaker view instead (see demo/speaker.ts).
import './demo.css';
import { linkToUrl } from './demo/deep-link.js';
import { passKeyToMap, typing } from './demo/pass-keys.js';
import { pageInFrench } from './demo/page-words.js';
import { announceSteps, openSpeakerView, renderSpeakerView } from './demo/speaker.js';
// The element is defined by this script; public/start.js then puts the map in place and draws
// it. Both block the page's first paint (index.html): one complete paint, and no long task after
// it (Lighthouse's mobile preset: 0.97, was 0.89-0.95).
import './jurisdiction-map.js';
import { setReaderSettings, setScriptUrl } from './elements/presenting.js';

// The embed code names the standalone file published beside this page (dist/jurisdiction-map.js),
// not the hashed chunk this page's build loads, which the next build renames.
setScriptUrl(new URL('jurisdiction-map.js', document.baseURI).href);
// A copied link leaves out this reader's own settings (the README says so).
setReaderSettings(['theme', 'lang', 'autoplay', 'view']);

const params = new URLSearchParams(location.search);
// The map is set up while it waits in its template (index.html): the attributes from the
// address are there for its first drawing, and the listeners for its first events.
const template = document.querySelector<HTMLTemplateElement>('#map-template');
const map = (template?.content ?? document).querySelector('jurisdiction-map');

if (params.get('view') === 'speaker') {
  document.body.className = 'speaker';
  const root = document.createElement('main');
  root.className = 'speaker-view';
  document.body.replaceChildren(root);
  void renderSpeakerView(root, params.get('scenario') ?? 'microsoft-ireland', params.get('step'));
} else if (map) {
  linkToUrl(map);
  // ?theme=dark and ?lang=fr are the reader's settings, read from the link; not part of the view
  // (a copied link leaves them out), but the address keeps them as they came (linkToUrl).
  for (const name of ['theme', 'lang']) {
    const value = params.get(name);
    if (value) map.setAttribute(name, value);
  }
  // The page around the map speaks French with it (the map's other languages fall back to
  // English, and so does the page).
  if (/^fr(-|$)/i.test(params.get('lang') ?? '')) pageInFrench();
  // ?autoplay (8 s) or ?autoplay=5: a presenter's unattended screen.
  if (params.get('autoplay') !== null) map.setAttribute('autoplay', params.get('autoplay')!);
  // The page around the map takes its theme, not only the map itself.
  const followTheme = () => {
    const theme = map.getAttribute('theme');
    if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;
    else delete document.documentElement.dataset.theme;
  };
  followTheme();
  new MutationObserver(followTheme).observe(map, { attributeFilter: ['theme'] });
  announceSteps(map);
  // A scenario opened on a phone (either way up), or on a short window (a small laptop, 1024 ×
  // 600), starts with the case's story folded: open, it pushed the map below the first screen
  // (its legend 86 px below at 1024 × 600), and a presenter's steps changed only the caption.
  // A 1280 × 720 projector has room for both.
  if (params.get('scenario') && matchMedia('(max-width: 700px), (max-height: 700px)').matches) {
    document.querySelector('.intro details')?.removeAttribute('open');
    // The pickers too took 368 of a 375 × 667 phone's 667 px above the caption, and left the map
    // 100 px (none at 844 × 390): the page opens scrolled to the map's caption, which starts
    // its `map` part, and the pickers are a scroll up (the presenter review).
    map.addEventListener(
      'jm-ready',
      () => map.shadowRoot?.querySelector('[part~="map"]')?.scrollIntoView({ block: 'start' }),
      { once: true },
    );
  }
  document.addEventListener('keydown', (event) => {
    // A key the map has used (an S in a country's typed name) opens nothing.
    if (!map.scenario || event.defaultPrevented) return;
    // S opens the speaker view for the presenter's own screen, also after a click on the map
    // (not while typing in one of its fields).
    if (
      (event.key === 's' || event.key === 'S') &&
      !typing(event.composedPath()[0]) &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey
    ) {
      openSpeakerView(map);
      return;
    }
    // The map takes its own keys when the focus is in it; the page passes on the others.
    passKeyToMap(map, event);
  });
}
