// The page `npm run bench` loads this element on (scripts/bench-browser.js), shared with
// scripts/bench-ab.js: a heading, a sentence and a 960×500 map, and the probe that says when the
// map is drawn; the browser's flags both use.
import { WITHOUT_ADDRESS_BAR_POPUP } from './find-chromium.js';

/**
 * Chromium's flags for the benches, without the address bar's popup (scripts/find-chromium.js).
 * With the popup loading into every fresh context, a localhost script took 150 ms from request to
 * response instead of 40–90, and navigation → drawn was 440 ms for ours and 420 for Datamaps with
 * a spread of ±60, against 200 and 230 (±15) without it (11 runs each, 2026-11-27).
 */
export const BROWSER_ARGS = ['--disable-gpu', '--disable-quic', WITHOUT_ADDRESS_BAR_POPUP];

// Both pages carry the same heading and sentence above the map, as the article around an embedded
// map does (bench-browser.js says why).
export const ARTICLE = `<h1>Who can reach data in the cloud?</h1>
<p>A map of the laws that let a government reach data stored abroad.</p>`;

// "Drawn" is taken when the frame after the drawing has been laid out and painted: a task posted
// from an animation-frame callback runs once that frame's rendering is done. Both pages use it.
export const FRAME_PROBE = `
  window.__afterFrame = () => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { window.__drawn = performance.now(); };
    channel.port2.postMessage(0);
  });
  window.__frames = [];
  window.__recordFrames = (ms) => new Promise((done) => {
    const start = performance.now(); let last = start;
    const tick = (t) => { window.__frames.push(t - last); last = t; if (t - start < ms) requestAnimationFrame(tick); else done(window.__frames); };
    requestAnimationFrame((t) => { last = t; requestAnimationFrame(tick); });
  });`;

/** The bench's page with the standalone element loaded from `src`. */
export const oursPage = (
  src,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ours</title><link rel="icon" href="data:,">
<style>body{margin:0}jurisdiction-map{display:block;width:960px;height:500px}</style></head><body>${ARTICLE}
<jurisdiction-map controls="none" panel="none" request-type="us-warrant" requester="US" datacenter="azure-northeurope" as-of="2014-06-01"></jurisdiction-map>
<script>${FRAME_PROBE}
document.addEventListener('jm-ready', () => window.__afterFrame(), { once: true });
window.__change = () => document.querySelector('jurisdiction-map').setAttribute('as-of', '2019-06-01');
</script>
<script type="module" src="${src}"></script></body></html>`;

/**
 * The same page with an empty module script in place of a map: what any page pays from
 * navigation to a frame after its module has run (the HTML, the script's request, the frame).
 * Neither map can be faster than this; the bench reports it beside them.
 */
export const floorPage = (
  src,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title><link rel="icon" href="data:,">
<style>body{margin:0}</style></head><body>${ARTICLE}
<script>${FRAME_PROBE}
window.__change = () => {};
</script>
<script type="module" src="${src}"></script></body></html>`;

/** The floor page's module: it only asks for the frame after it. */
export const FLOOR_MODULE = 'window.__afterFrame();\n';
