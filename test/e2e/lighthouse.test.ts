// Lighthouse on the built demo page with both of its presets: performance at least 0.95,
// accessibility, best practices and SEO at 1. A shortfall names the failing audits. This file runs
// in the `audits` project, after every other test, so the simulated timings are not taken while
// other browsers share the CPU (see vite.config.ts). The desktop preset runs once; the mobile one
// (a phone with the CPU slowed 4×, where the score moves most with the machine's load) is held at
// the median of seven runs: Lighthouse's variability guide (docs/variability.md) advises running
// several times, and the median of five about halves the spread. Three runs beside a busy process
// gave a median of 0.94 once, for a page that scores 0.97 on a quiet machine. Seven, not five,
// since the map was drawn in the module's task: in about one run in six (most runs in one CI run)
// Lantern's simulation put the first paint before that task and counted it as blocking
// (0.83–0.95), a module having no script URL in the trace to tie its task to the paint. The map
// is now drawn by a classic script (public/start.js; 13 of 13 runs at 0.97–0.98, 7 of them
// beside a busy process); the seven runs stay as a margin for a loaded machine.
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  CATEGORIES,
  runLighthouse,
  shortfalls,
  TARGETS,
  type LighthouseSummary,
} from './lighthouse.js';
import { serve, type TestServer } from './server.js';

let server: TestServer;
beforeAll(async () => {
  server = await serve({});
});
afterAll(() => server?.close());

/** Asserts every category of the summary at its target, naming the failing audits if not. */
function expectTargets(summary: LighthouseSummary) {
  const short = shortfalls(summary);
  if (short) console.error(`Lighthouse (${summary.formFactor}) below target:\n${short}`);
  for (const category of CATEGORIES) {
    expect(summary.scores[category] ?? 0, short).toBeGreaterThanOrEqual(TARGETS[category]);
  }
}

it('scores the demo page at the targets (desktop preset)', async () => {
  expectTargets(await runLighthouse(`${server.url}/index.html`, 'desktop'));
}, 120_000);

it('scores the demo page at the targets (mobile preset, median of 7 runs)', async () => {
  const runs: LighthouseSummary[] = [];
  for (let i = 0; i < 7; i++) runs.push(await runLighthouse(`${server.url}/index.html`, 'mobile'));
  // The run with the median performance score stands for the seven.
  runs.sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  expectTargets(runs[3]!);
}, 480_000);
