// `npm run lighthouse [-- --runs=N] [--form-factor=desktop|mobile]`: builds the site, then runs
// Lighthouse 12 on the demo page (dist/index.html, served gzipped by the e2e tests' static
// server) with Lighthouse's desktop preset and its default mobile preset, both of which the e2e
// test holds to the targets (mobile at the median of seven runs). Prints the four category scores and the metrics of each run and writes
// the summary to bench/lighthouse.json. Performance is simulated from a trace of a real load, so
// it moves with the machine's load: with several runs the file keeps each run and the median.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  CATEGORIES,
  runLighthouse,
  shortfalls,
  TARGETS,
  type FormFactor,
  type LighthouseSummary,
} from '../test/e2e/lighthouse.js';
import { serve } from '../test/e2e/server.js';

const option = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const runs = Number(option('runs') ?? 1);
const page = option('page') ?? '/index.html';
const formFactors = (option('form-factor')?.split(',') ?? ['desktop', 'mobile']) as FormFactor[];

if (!process.argv.includes('--no-build')) {
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (value: number | null) => (value === null ? '–' : `${Math.round(value)} ms`);

const server = await serve({});
const report: Record<string, unknown> = {
  date: new Date().toISOString(),
  page,
  targets: TARGETS,
  asserted: 'desktop (1 run) and mobile (median of 7 runs), test/e2e/lighthouse.test.ts',
};
try {
  for (const formFactor of formFactors) {
    const results: LighthouseSummary[] = [];
    for (let i = 0; i < runs; i++) {
      const summary = await runLighthouse(`${server.url}${page}`, formFactor);
      results.push(summary);
      const m = summary.metrics;
      console.log(
        `${formFactor} run ${i + 1}/${runs}: ` +
          CATEGORIES.map((c) => `${c} ${summary.scores[c]}`).join(', ') +
          ` | FCP ${ms(m['first-contentful-paint'])}, LCP ${ms(m['largest-contentful-paint'])},` +
          ` TBT ${ms(m['total-blocking-time'])}, CLS ${m['cumulative-layout-shift']?.toFixed(3)},` +
          ` SI ${ms(m['speed-index'])}`,
      );
      const short = shortfalls(summary);
      if (short) console.log(short);
    }
    const medians = Object.fromEntries(
      CATEGORIES.map((c) => [c, median(results.map((r) => r.scores[c] ?? 0))]),
    );
    if (runs > 1) {
      console.log(
        `${formFactor} median: ${CATEGORIES.map((c) => `${c} ${medians[c]}`).join(', ')}`,
      );
    }
    report.lighthouse = results[0]!.lighthouseVersion;
    report.chromium = results[0]!.chromium;
    report[formFactor] = {
      runs: results.length,
      median: medians,
      results: results.map(({ scores, metrics, failing, errors }) => ({
        scores,
        metrics,
        failing,
        errors,
      })),
    };
  }
} finally {
  await server.close();
}
mkdirSync('bench', { recursive: true });
writeFileSync('bench/lighthouse.json', `${JSON.stringify(report, null, 2)}\n`);
console.log('wrote bench/lighthouse.json');
