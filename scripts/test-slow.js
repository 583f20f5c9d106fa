// `npm run test:slow`: the property tests at full strength. FUZZ_RUNS (default 10,000) cases of
// bundle mutations in Node, a fifth as many attribute sequences in Chromium (each drives a live
// map, so costs far more) and every hostile value on every attribute. Browser tests see only
// VITE_-prefixed variables, hence both names. Ends with `N passed, N failed` like npm test.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const RUNS = process.env.FUZZ_RUNS ?? '10000';
const REPORT = '.vitest-slow-report.json';
const FILES = ['test/engine/fuzz-bundle.test.ts', 'test/browser/fuzz-attributes.test.ts'];

rmSync(REPORT, { force: true });
console.log(`▶ property tests with FUZZ_RUNS=${RUNS}`);
const result = spawnSync(
  'node_modules/.bin/vitest',
  [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${REPORT}`,
    ...FILES,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: RUNS, VITE_FUZZ_RUNS: RUNS } },
);
let passed = 0;
let failed = 0;
if (existsSync(REPORT)) {
  const report = JSON.parse(readFileSync(REPORT, 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests + (report.numTotalTestSuites === 0 ? 1 : 0);
  rmSync(REPORT, { force: true });
}
if (result.status !== 0 && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
