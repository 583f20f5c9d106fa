// The demo page: its own styles, the element registered, the URL kept in step with the map, and
// a presentation clicker's keys passed to the map when nothing else on the page has focus.
import './demo.css';
import { linkToUrl } from './demo/deep-link.js';
import './jurisdiction-map.js';

const map = document.querySelector('jurisdiction-map');
if (map) {
  linkToUrl(map);
  document.addEventListener('keydown', (event) => {
    if (event.target !== document.body || !map.scenario) return;
    const forwarded = new KeyboardEvent('keydown', {
      key: event.key,
      bubbles: true,
      cancelable: true,
    });
    map.dispatchEvent(forwarded);
    if (forwarded.defaultPrevented) event.preventDefault();
  });
}
