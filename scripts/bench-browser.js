// The browser benchmark behind `npm run bench`: this element's standalone bundle against Datamaps
// (npm `datamaps`, d3 v3 + topojson v1) on the same page shape: a 960×500 world map with the same
// data-center points and arcs. One headless Chromium run, alternating runs, medians, at 1× and
// 4× CPU throttling. Measures navigation → the end of the first frame that shows the map (its
// layout and paint included, for both pages alike), and frame times while a request change
// animates; and an empty module script on the same page, the floor both maps stand on. Writes
// bench/latest.json and prints a table. `--no-build` uses dist/ as it is;
// BENCH_RUNS and BENCH_RATES (e.g. "1") narrow a quick run.
//
// Both pages carry the same heading and sentence above the map, as the article around an embedded
// map does. A page with no text at all would bill the browser's one-time font set-up to whichever
// map first shows a letter: ours (its legend and zoom buttons), never Datamaps' (no text).
// That was 10-15 ms at 1× here.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { findChromium } from './find-chromium.js';
import { median, medianInterval, quantile, tally, verdict } from './bench-stats.js';
import {
  ARTICLE,
  BROWSER_ARGS,
  FLOOR_MODULE,
  FRAME_PROBE,
  floorPage,
  oursPage,
} from './bench-pages.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const RATES = (process.env.BENCH_RATES ?? '1,4').split(',').map(Number);
/** Issue 6: navigation → drawn in at most 0.8 × Datamaps' time. */
const TARGET = 0.8;

if (!process.argv.includes('--no-build'))
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });

const datacenters = JSON.parse(readFileSync('data/datacenters.json', 'utf8')).datacenters;
const points = datacenters.map((d) => ({
  latitude: d.lat,
  longitude: d.lon,
  radius: 4,
  fillKey: 'direct',
  name: d.id,
}));

const OURS = oursPage('/jurisdiction-map.js');

// Datamaps' bubbles grow in from a radius of 0 over 400 ms by default (`animate`), so the frame
// taken as drawn showed none of its data centers (radius 0.0005 in that frame, measured); ours
// shows all of them. Drawn at full size at once, both frames show the same map. It did not slow
// Datamaps: 283 against 296 ms at 1× with the animation, 20 alternating loads each.
const DATAMAPS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>datamaps</title><link rel="icon" href="data:,">
<style>body{margin:0}#map{position:relative;width:960px;height:500px}</style></head><body>${ARTICLE}<div id="map"></div>
<script src="/vendor/d3.min.js"></script><script src="/vendor/topojson.min.js"></script><script src="/vendor/datamaps.world.min.js"></script>
<script>${FRAME_PROBE}
var points = ${JSON.stringify(points)};
var map = new Datamap({ element: document.getElementById('map'), projection: 'equirectangular',
  fills: { defaultFill: '#dcdfe3', direct: '#007a56', none: '#6b7280', requester: '#0072b2', data: '#c77a00' },
  data: { USA: { fillKey: 'requester' }, IRL: { fillKey: 'data' } } });
map.bubbles(points, { popupOnHover: true, animate: false });
map.arc([{ origin: { latitude: 38, longitude: -97 }, destination: { latitude: 53.35, longitude: -6.26 } },
  { origin: { latitude: 38, longitude: -97 }, destination: { latitude: 38, longitude: -97.1 } },
  { origin: { latitude: 53.35, longitude: -6.26 }, destination: { latitude: 53.3, longitude: -6.3 } }]);
window.__afterFrame();
window.__change = () => {
  map.updateChoropleth({ IRL: '#c44100' });
  map.bubbles(points.map(function (p, i) { return Object.assign({}, p, { fillKey: i % 3 ? 'direct' : 'none' }); }));
  map.arc([{ origin: { latitude: 38, longitude: -97 }, destination: { latitude: 53.35, longitude: -6.26 } },
    { origin: { latitude: 38, longitude: -97 }, destination: { latitude: 50.1, longitude: 8.7 } },
    { origin: { latitude: 50.1, longitude: 8.7 }, destination: { latitude: 53.3, longitude: -6.3 } }]);
};
</script></body></html>`;

// The engine alone, timed in the same browser: the built engine module with valibot mapped in.
const ENGINE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>engine</title><link rel="icon" href="data:,">
<script type="importmap">{ "imports": { "valibot": "/vendor/valibot.js" } }</script></head><body>
<script type="module">
const t0 = performance.now();
const engine = await import('/engine/index.js');
const world = engine.createWorld();
const load = performance.now() - t0;
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn, n) => { const xs = []; for (let i = 0; i < n; i++) { const s = performance.now(); fn(i); xs.push(performance.now() - s); } return median(xs); };
const ids = [...world.datacenters.keys()];
const types = ['us-warrant', 'mlat', 'cloud-act-order', 'eu-production-order'];
const from = { 'us-warrant': 'US', mlat: 'DE', 'cloud-act-order': 'GB', 'eu-production-order': 'FR' };
const resolveMs = time((i) => { const t = types[i % 4]; engine.resolve(world, { requestType: t, requester: from[t], datacenter: ids[i % ids.length], asOf: '2026-09-01' }); }, 400);
const reachAllMs = time((i) => { const t = types[i % 4]; engine.reachAll(world, { requestType: t, requester: from[t], asOf: '2026-09-01' }); }, 80);
const checkMs = time(() => engine.createWorld(structuredClone(engine.builtInBundle)), 7);
window.__engine = { loadMs: load, resolveMs, reachAllMs, checkMs, datacenters: ids.length };
</script></body></html>`;

const FILES = {
  '/jurisdiction-map.js': 'dist/jurisdiction-map.js',
  '/engine/index.js': 'dist/engine/index.js',
  '/vendor/valibot.js': 'node_modules/valibot/dist/index.mjs',
  '/vendor/d3.min.js': 'node_modules/d3/d3.min.js',
  '/vendor/topojson.min.js': 'node_modules/topojson/build/topojson.min.js',
  '/vendor/datamaps.world.min.js': 'node_modules/datamaps/dist/datamaps.world.min.js',
};
const PAGES = {
  '/ours.html': OURS,
  '/datamaps.html': DATAMAPS,
  '/floor.html': floorPage('/floor.js'),
  '/engine.html': ENGINE,
};

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (PAGES[path]) return res.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGES[path]);
  if (path === '/floor.js')
    return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(FLOOR_MODULE);
  if (FILES[path]) {
    const type = extname(path) === '.js' ? 'text/javascript' : 'application/octet-stream';
    return res.writeHead(200, { 'Content-Type': type }).end(readFileSync(FILES[path]));
  }
  res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: findChromium() ?? undefined,
  args: BROWSER_ARGS,
});

async function run(name, rate) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 720 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(`${base}/${name}.html`);
  await page.waitForFunction(() => window.__drawn !== undefined, null, { timeout: 30_000 });
  const drawn = await page.evaluate(() => window.__drawn);
  if (name === 'floor') {
    await context.close();
    return { drawn };
  }
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await page.waitForTimeout(300);
  // The same recording with nothing happening: what this machine's frame clock does on its own.
  const idle = await page.evaluate(() => window.__recordFrames(1500));
  const frames = await page.evaluate(() => {
    window.__frames = [];
    const recording = window.__recordFrames(1500);
    window.__change();
    return recording;
  });
  await context.close();
  const sorted = [...frames].sort((a, b) => a - b);
  return {
    drawn,
    heapMB: heap / 1048576,
    p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
    worst: sorted.at(-1) ?? 0,
    over20: frames.filter((f) => f > 20).length,
    idleOver20: idle.filter((f) => f > 20).length,
  };
}

const gz = (files) => files.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);

const results = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
  // Runs on different machines or browsers are not comparable (the speed log's run 16).
  browser: `Chromium ${browser.version()}`,
  load: loadavg()[0],
  runs: RUNS,
  rates: {},
};
results.transferKB = {
  ours: gz([FILES['/jurisdiction-map.js']]) / 1024,
  // Fetched only when a reader opens the sources, exports an image or merges data.
  oursSourcesOnDemand: gz(['dist/jurisdiction-map-sources.js']) / 1024,
  datamaps:
    gz([
      FILES['/vendor/d3.min.js'],
      FILES['/vendor/topojson.min.js'],
      FILES['/vendor/datamaps.world.min.js'],
    ]) / 1024,
};
for (const rate of RATES) {
  const samples = { ours: [], datamaps: [] };
  const floor = [];
  for (let i = 0; i < RUNS; i++) {
    // Alternate, so drift in the machine's load affects both alike.
    for (const name of i % 2 ? ['datamaps', 'ours'] : ['ours', 'datamaps'])
      samples[name].push(await run(name, rate));
    floor.push((await run('floor', rate)).drawn);
  }
  // Each run of ours against the Datamaps run beside it: the machine's load drifts over minutes
  // (Datamaps' own median moved by 20 % between runs of the bench), and a pair shares it.
  const ratios = samples.ours.map((s, i) => s.drawn / samples.datamaps[i].drawn);
  results.rates[`${rate}x`] = Object.fromEntries(
    Object.entries(samples).map(([name, list]) => [
      name,
      {
        drawnMs: median(list.map((s) => s.drawn)),
        drawnP25Ms: quantile(
          list.map((s) => s.drawn),
          0.25,
        ),
        drawnP75Ms: quantile(
          list.map((s) => s.drawn),
          0.75,
        ),
        frameP95Ms: median(list.map((s) => s.p95)),
        worstFrameMs: Math.max(...list.map((s) => s.worst)),
        framesOver20: median(list.map((s) => s.over20)),
        framesOver20ByRun: tally(list.map((s) => s.over20)),
        idleFramesOver20: median(list.map((s) => s.idleOver20)),
        heapMB: median(list.map((s) => s.heapMB)),
      },
    ]),
  );
  // The part of each map's time above the floor page's: its own script's work and frame.
  const oursAbove = median(samples.ours.map((s) => s.drawn)) - median(floor);
  const datamapsAbove = median(samples.datamaps.map((s) => s.drawn)) - median(floor);
  results.rates[`${rate}x`].floor = {
    drawnMs: median(floor),
    drawnP25Ms: quantile(floor, 0.25),
    drawnP75Ms: quantile(floor, 0.75),
  };
  results.rates[`${rate}x`].aboveFloor = {
    oursMs: oursAbove,
    datamapsMs: datamapsAbove,
    ratio: oursAbove / datamapsAbove,
  };
  const interval = medianInterval(ratios);
  results.rates[`${rate}x`].pairedRatio = {
    median: median(ratios),
    p25: quantile(ratios, 0.25),
    p75: quantile(ratios, 0.75),
    // How sure the median is (95 % bootstrap), and issue 6's target of 0.8 judged on it.
    // An object, not a pair: the file stays in Prettier's format as JSON.stringify writes it.
    ci95: interval,
    target: TARGET,
    verdict: verdict(interval, TARGET),
  };
}
// Engine timings (ms, medians) at each CPU rate: resolve one request, reach every data center, and
// check the whole built-in bundle as a site's bundle is checked.
results.engine = {};
for (const rate of RATES) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(`${base}/engine.html`);
  await page.waitForFunction(() => window.__engine, null, { timeout: 60_000 });
  results.engine[`${rate}x`] = await page.evaluate(() => window.__engine);
  await context.close();
}
await browser.close();
server.close();

mkdirSync('bench', { recursive: true });
writeFileSync('bench/latest.json', JSON.stringify(results, null, 2) + '\n');
const f = (n) => n.toFixed(1).padStart(7);
console.log(
  `\nBrowser benchmark (${results.machine}, ${results.browser}, load ${results.load.toFixed(1)} at the start; median of ${RUNS} alternating runs)`,
);
console.log(
  `gzip transfer (KiB): ours ${results.transferKB.ours.toFixed(1)} (+ ${results.transferKB.oursSourcesOnDemand.toFixed(1)} sources on demand), Datamaps ${results.transferKB.datamaps.toFixed(1)}`,
);
console.log(
  'CPU   page       drawn ms (p25-p75)     ratio  frame p95  worst  frames>20 (idle)  heap MB',
);
for (const [rate, r] of Object.entries(results.rates)) {
  for (const name of ['ours', 'datamaps']) {
    const x = r[name];
    const spread = `(${x.drawnP25Ms.toFixed(0)}-${x.drawnP75Ms.toFixed(0)})`.padEnd(13);
    console.log(
      `${rate.padEnd(5)} ${name.padEnd(9)} ${f(x.drawnMs)} ${spread} ${(x.drawnMs / r.datamaps.drawnMs).toFixed(2).padStart(6)} ${f(x.frameP95Ms)}    ${f(x.worstFrameMs)} ${String(x.framesOver20).padStart(6)} (${x.idleFramesOver20})  ${f(x.heapMB)}`,
    );
  }
  const fl = r.floor;
  const above = r.aboveFloor;
  console.log(
    `${rate.padEnd(5)} floor     ${f(fl.drawnMs)} (${fl.drawnP25Ms.toFixed(0)}-${fl.drawnP75Ms.toFixed(0)})  an empty module script; above it: ours ${above.oursMs.toFixed(0)} ms, Datamaps ${above.datamapsMs.toFixed(0)} ms (${above.ratio.toFixed(2)})`,
  );
  const frames = (x) =>
    `mean ${x.framesOver20ByRun.mean.toFixed(2)} (${Object.entries(x.framesOver20ByRun.runs)
      .map(([count, runs]) => `${count}: ${runs}`)
      .join(', ')} runs)`;
  console.log(
    `${rate.padEnd(5)} frames over 20 ms, run by run: ours ${frames(r.ours)}; Datamaps ${frames(r.datamaps)}`,
  );
  const p = r.pairedRatio;
  console.log(
    `${rate.padEnd(5)} ours / Datamaps, run by run: median ${p.median.toFixed(2)} (p25-p75 ${p.p25.toFixed(2)}-${p.p75.toFixed(2)}; 95 % interval ${p.ci95.low.toFixed(2)}-${p.ci95.high.toFixed(2)}): target ${p.target} ${p.verdict}`,
  );
}
console.log(
  '\nEngine in the browser (ms, medians): rate  resolve  reachAll  check bundle  load+index',
);
for (const [rate, e] of Object.entries(results.engine)) {
  console.log(
    `  ${rate.padEnd(4)} ${e.resolveMs.toFixed(3).padStart(8)} ${e.reachAllMs.toFixed(2).padStart(9)} ${e.checkMs.toFixed(1).padStart(13)} ${e.loadMs.toFixed(1).padStart(11)}   (${e.datacenters} data centers)`,
  );
}
