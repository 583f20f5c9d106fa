// `node scripts/bench-ab.js A.js B.js [C.js …]`: two or more builds of the standalone element on
// the bench's page (scripts/bench-pages.js), loaded in turn so that drift in the machine's load
// falls on each alike. For each: navigation → drawn and the main thread's task time until then
// (Chromium's TaskDuration), medians; then each build's drawn over A's, load by load, with a 95 %
// bootstrap interval. The bench compares us with Datamaps; this measures one change of ours
// apart from the noise, e.g. V8's compile hint (scripts/build.js):
//
//   npm run build && tail -n +2 dist/jurisdiction-map.js > /tmp/no-hint.js
//   node scripts/bench-ab.js /tmp/no-hint.js dist/jurisdiction-map.js
//
// BENCH_RUNS (15) loads of each at each of BENCH_RATES (1,4) CPU throttling.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from 'playwright';
import { findChromium } from './find-chromium.js';
import { median, medianInterval } from './bench-stats.js';
import { BROWSER_ARGS, oursPage } from './bench-pages.js';

const builds = process.argv.slice(2);
if (builds.length < 2) {
  console.error('usage: node scripts/bench-ab.js A.js B.js [C.js …]');
  process.exit(2);
}
const missing = builds.filter((file) => !existsSync(file));
if (missing.length) {
  console.error(`no such file: ${missing.join(', ')}`);
  process.exit(2);
}
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const RATES = (process.env.BENCH_RATES ?? '1,4').split(',').map(Number);

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const page = path.match(/^\/(\d+)\.html$/);
  if (page)
    return res.writeHead(200, { 'Content-Type': 'text/html' }).end(oursPage(`/${page[1]}.js`));
  const build = path.match(/^\/(\d+)\.js$/);
  const file = build ? builds[Number(build[1])] : undefined;
  // The sources file loads only on demand (not on this page); dist's serves every build.
  const name = file ?? (path === '/jurisdiction-map-sources.js' ? 'dist' + path : undefined);
  if (!name) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(name));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: findChromium() ?? undefined,
  args: BROWSER_ARGS,
});

/** One load of build `i` in a fresh context: drawn (ms) and main-thread task time (ms). */
async function load(i, rate) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 720 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await cdp.send('Performance.enable');
  await page.goto(`${base}/${i}.html`);
  await page.waitForFunction(() => window.__drawn !== undefined, null, { timeout: 30_000 });
  const drawn = await page.evaluate(() => window.__drawn);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await context.close();
  const task = metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
  return { drawn, task: task * 1000 };
}

const f = (n) => n.toFixed(0).padStart(6);
for (const rate of RATES) {
  const samples = builds.map(() => []);
  for (let run = 0; run < RUNS; run++) {
    // A different build first each time, so none always loads into a freshly idle machine.
    for (let k = 0; k < builds.length; k++) {
      const i = (run + k) % builds.length;
      samples[i].push(await load(i, rate));
    }
  }
  console.log(`\n${rate}× CPU, ${RUNS} loads each: drawn ms, main-thread task ms, drawn against A`);
  builds.forEach((file, i) => {
    const drawn = samples[i].map((s) => s.drawn);
    const task = samples[i].map((s) => s.task);
    const ratios = drawn.map((d, run) => d / samples[0][run].drawn);
    const { low, high } = medianInterval(ratios);
    const against =
      i === 0 ? '' : `  ${median(ratios).toFixed(3)} (95 % ${low.toFixed(3)}-${high.toFixed(3)})`;
    console.log(
      `${String.fromCharCode(65 + i)} ${f(median(drawn))} ${f(median(task))}${against}  ${file}`,
    );
  });
}
await browser.close();
server.close();
