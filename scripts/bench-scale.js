// The scale and memory benchmark behind `npm run bench` (after scripts/bench-browser.js): the
// standalone bundle in headless Chromium with the built-in data (86 data centers, 42 instruments)
// and with a generated bundle of 5,000 data centers and 500 instruments (scripts/scale-bundle.js),
// loaded through `src`. Measures navigation → every marker drawn, a request change → the next
// frame, real clicks on markers (Event Timing: input → next paint), long tasks, and the heap;
// then the memory probes (scripts/memory-probe.js): heap growth after GC across 100 attach/detach
// cycles and 1,000 rapid request changes. Writes bench/scale.json (its own file: bench-browser.js
// rewrites bench/latest.json whole, so a section there is lost whenever that script runs alone).
// `--no-build` skips `npm run build` (npm run bench has just built).
/* global performance, window, document, requestAnimationFrame, setTimeout, DOMPoint */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import { chromium } from 'playwright';
import { findChromium } from './find-chromium.js';
import { attachDetach, MEMORY_PAGE, mountOne, rapidChanges, settledHeap } from './memory-probe.js';
import { scaleBundle } from './scale-bundle.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHANGES = 12;
const CLICKS = 6;

if (!process.argv.includes('--no-build')) {
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
}

const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const base = {
  jurisdictions: read('data/jurisdictions.json').jurisdictions,
  providers: read('data/providers.json').providers,
  datacenters: read('data/datacenters.json').datacenters,
  instruments: read('data/instruments.json').instruments,
  requestTypes: read('data/request-types.json').requestTypes,
  scenarios: readdirSync('data/scenarios')
    .filter((f) => f.endsWith('.json'))
    .map((f) => read(`data/scenarios/${f}`)),
};
const large = scaleBundle(base, { datacenters: 5000, instruments: 500 });
const largeJson = JSON.stringify(large);

// Records long tasks and slow input events from the start, and the first frame after the map
// shows `expected` markers.
const probe = (expected) => `
  window.__long = []; window.__events = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__events.push({ name: e.name, start: e.startTime, duration: e.duration }); })
    .observe({ type: 'event', durationThreshold: 16, buffered: true });
  document.addEventListener('jm-change', (e) => {
    if (window.__drawn) return;
    if (e.target.shadowRoot.querySelector('g.markers')?.dataset.markers !== '${expected}') return;
    requestAnimationFrame(() => { window.__drawn = performance.now(); });
  });`;

const page = (src, expected) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>scale</title><link rel="icon" href="data:,"><style>body{margin:0}
jurisdiction-map{display:block;width:1200px;height:700px}</style></head><body>
<script>${probe(expected)}</script>
<jurisdiction-map ${src ? `src="${src}" bundle-mode="replace"` : ''} request-type="mlat" requester="US"
  datacenter="azure-northeurope" as-of="2019-06-01"></jurisdiction-map>
<script type="module" src="/jurisdiction-map.js"></script></body></html>`;

const PAGES = {
  '/small.html': page('', base.datacenters.length),
  '/large.html': page('/large.json', large.datacenters.length),
  '/memory.html': MEMORY_PAGE,
};

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (PAGES[path]) return res.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGES[path]);
  if (path === '/large.json')
    return res.writeHead(200, { 'Content-Type': 'application/json' }).end(largeJson);
  // The element and its on-demand file (the checks a site's bundle goes through come with it).
  if (path === '/jurisdiction-map.js' || path === '/jurisdiction-map-sources.js') {
    return res
      .writeHead(200, { 'Content-Type': 'text/javascript' })
      .end(readFileSync(`dist${path}`));
  }
  res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: findChromium() ?? undefined,
  args: ['--disable-gpu', '--disable-quic'],
});

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const longStats = (list) => ({
  count: list.length,
  totalMs: list.reduce((s, e) => s + e.duration, 0),
  maxMs: Math.max(0, ...list.map((e) => e.duration)),
});

async function run(name) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await tab.goto(`${origin}/${name}.html`);
  await tab.waitForFunction(() => window.__drawn !== undefined, null, { timeout: 120_000 });
  const drawn = await tab.evaluate(() => window.__drawn);
  const heap = await settledHeap(cdp);
  // Request changes: each from setAttribute to the first frame after jm-change.
  const changes = await tab.evaluate(async (count) => {
    const el = document.querySelector('jurisdiction-map');
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const start = performance.now();
    const times = [];
    for (let i = 0; i < count; i++) {
      const changed = new Promise((r) => el.addEventListener('jm-change', r, { once: true }));
      const t0 = performance.now();
      // Every change must change something, or no jm-change comes.
      if (i % 3 === 2)
        el.setAttribute('request-type', el.requestType === 'mlat' ? 'us-warrant' : 'mlat');
      else el.setAttribute('as-of', `${2005 + i}-06-01`);
      await Promise.race([
        changed,
        new Promise((_, reject) => setTimeout(() => reject(new Error('no jm-change')), 60_000)),
      ]);
      await frame();
      times.push(performance.now() - t0);
    }
    return { times, start, end: performance.now() };
  }, CHANGES);
  // Real clicks on markers (each selects a data center and redraws): Event Timing gives input →
  // next paint for every event over 16 ms.
  // A large bundle's markers are dense paths (src/map/marker-layer.ts): its circles' centres,
  // read from the paths, are the targets there.
  const targets = await tab.evaluate((n) => {
    const root = document.querySelector('jurisdiction-map').shadowRoot;
    const group = root.querySelector('g.markers');
    let centres;
    if (root.querySelector('.dense')) {
      const d = ['direct', 'none']
        .flatMap((r) => [...root.querySelectorAll(`.dense-shape.${r}`)])
        .map((path) => path.getAttribute('d'))
        .join('');
      const ctm = group.getScreenCTM();
      centres = [...d.matchAll(/M([-\d.]+),([-\d.]+)A([\d.]+)/g)].map(([, x, y, r]) =>
        new DOMPoint(Number(x) - Number(r), Number(y)).matrixTransform(ctm),
      );
    } else {
      centres = [...root.querySelectorAll('.marker[data-id] .shape')].map((shape) => {
        const box = shape.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      });
    }
    const step = Math.max(1, Math.floor(centres.length / n));
    return centres
      .filter((_, i) => i % step === 0)
      .slice(0, n)
      .map(({ x, y }) => ({ x, y }));
  }, CLICKS);
  const clicksFrom = await tab.evaluate(() => performance.now());
  for (const { x, y } of targets) {
    await tab.mouse.click(x, y);
    await tab.waitForTimeout(400);
  }
  const { long, events } = await tab.evaluate(() => ({
    long: window.__long,
    events: window.__events,
  }));
  await context.close();
  const clickEvents = events.filter(
    (e) => e.start >= clicksFrom && ['pointerdown', 'pointerup', 'click'].includes(e.name),
  );
  return {
    drawn,
    heapMB: heap.heap / 1048576,
    nodes: heap.nodes,
    changeMedian: median(changes.times),
    changeMax: Math.max(...changes.times),
    loadLong: longStats(long.filter((e) => e.start < drawn)),
    changeLong: longStats(long.filter((e) => e.start >= changes.start && e.start <= changes.end)),
    clickWorst: Math.max(0, ...clickEvents.map((e) => e.duration)),
    clicksOver200: clickEvents.filter((e) => e.name === 'click' && e.duration > 200).length,
  };
}

const scale = {};
for (const name of ['small', 'large']) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) samples.push(await run(name));
  const m = (f) => median(samples.map(f));
  scale[name] = {
    datacenters: name === 'large' ? large.datacenters.length : base.datacenters.length,
    instruments: name === 'large' ? large.instruments.length : base.instruments.length,
    drawnMs: m((s) => s.drawn),
    changeMedianMs: m((s) => s.changeMedian),
    changeMaxMs: m((s) => s.changeMax),
    loadLongTasks: m((s) => s.loadLong.count),
    loadLongestTaskMs: m((s) => s.loadLong.maxMs),
    changeLongTasks: m((s) => s.changeLong.count),
    changeLongestTaskMs: m((s) => s.changeLong.maxMs),
    clickToPaintWorstMs: m((s) => s.clickWorst),
    heapMB: m((s) => s.heapMB),
    domNodes: m((s) => s.nodes),
  };
}

// Memory: the same probes as test/e2e/memory.test.ts, with the numbers kept.
const context = await browser.newContext({ viewport: { width: 1100, height: 700 } });
const tab = await context.newPage();
const cdp = await context.newCDPSession(tab);
await tab.goto(`${origin}/memory.html`);
await attachDetach(tab, 10);
const a0 = await settledHeap(cdp);
let t = performance.now();
await attachDetach(tab, 100);
const cycleMs = (performance.now() - t) / 100;
const a1 = await settledHeap(cdp);
await mountOne(tab);
await rapidChanges(tab, 100);
const r0 = await settledHeap(cdp);
const curve = [];
t = performance.now();
for (let k = 0; k < 4; k++) {
  await rapidChanges(tab, 250, 100 + 250 * k);
  const h = await settledHeap(cdp);
  curve.push(Math.round((h.heap - r0.heap) / 1024));
}
const changeMs = (performance.now() - t) / 1000;
const r1 = await settledHeap(cdp);
await context.close();
await browser.close();
server.close();

const memory = {
  attachDetach: {
    cycles: 100,
    heapGrowthKB: (a1.heap - a0.heap) / 1024,
    nodesGrowth: a1.nodes - a0.nodes,
    listenersGrowth: a1.listeners - a0.listeners,
    msPerCycle: cycleMs,
  },
  rapidChanges: {
    changes: 1000,
    heapGrowthKB: (r1.heap - r0.heap) / 1024,
    // An object, not a list: the file stays as Prettier formats it.
    heapGrowthKBAfter: Object.fromEntries(curve.map((kb, k) => [String(250 * (k + 1)), kb])),
    nodesGrowth: r1.nodes - r0.nodes,
    listenersGrowth: r1.listeners - r0.listeners,
    msPerChange: changeMs,
  },
};

mkdirSync('bench', { recursive: true });
const results = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
  runs: RUNS,
  scale,
  memory,
};
writeFileSync('bench/scale.json', JSON.stringify(results, null, 2) + '\n');

const f = (n, d = 0) => n.toFixed(d).padStart(8);
console.log(`\nScale benchmark (${results.machine}; median of ${RUNS} runs, 1× CPU)`);
console.log(
  'data            drawn ms  change ms (max)   long tasks load/change (longest)   click→paint worst  heap MB',
);
for (const x of Object.values(scale)) {
  console.log(
    `${`${x.datacenters} DC/${x.instruments} ins`.padEnd(15)} ${f(x.drawnMs)} ${f(x.changeMedianMs)} (${f(x.changeMaxMs)})   ${String(x.loadLongTasks).padStart(3)} / ${String(x.changeLongTasks).padStart(3)} (${f(x.loadLongestTaskMs)} / ${f(x.changeLongestTaskMs)})   ${f(x.clickToPaintWorstMs)}        ${f(x.heapMB, 1)}`,
  );
}
console.log(
  `\nMemory after GC: 100 attach/detach cycles ${memory.attachDetach.heapGrowthKB.toFixed(0)} kB heap, ${memory.attachDetach.nodesGrowth} nodes, ${memory.attachDetach.listenersGrowth} listeners (${cycleMs.toFixed(0)} ms a cycle)`,
);
console.log(
  `1,000 rapid request changes ${memory.rapidChanges.heapGrowthKB.toFixed(0)} kB heap (every 250: ${curve.join(', ')} kB), ${memory.rapidChanges.nodesGrowth} nodes (${changeMs.toFixed(1)} ms a change)`,
);
