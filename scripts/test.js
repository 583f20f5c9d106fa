// `npm test`: the type check, lint and format check, then every Vitest test (Node and real
// Chromium). Ends with one line `N passed, N failed`, counting each check as one test.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { findChromium, INSTALL_HINT } from './find-chromium.js';

const REPORT = '.vitest-report.json';
let passed = 0;
let failed = 0;

if (!findChromium()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

/** Runs a command in the foreground; true when it exits 0. */
function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  return result.status === 0;
}

const bin = (name) => `node_modules/.bin/${name}`;
for (const [label, command, args] of [
  ['type check (tsc)', bin('tsc'), ['--noEmit']],
  ['lint (eslint)', bin('eslint'), ['.']],
  ['format (prettier --check)', bin('prettier'), ['--check', '.']],
]) {
  if (run(label, command, args)) passed++;
  else failed++;
}

rmSync(REPORT, { force: true });
const vitestOk = run('tests (vitest: unit in Node, browser in Chromium)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${REPORT}`,
  ...process.argv.slice(2),
]);
if (existsSync(REPORT)) {
  const report = JSON.parse(readFileSync(REPORT, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numTotalTestSuites === 0 ? 1 : 0);
  // A suite that failed to load counts as a failure even when no test inside it ran.
  failed += report.testResults.filter(
    (r) => r.status === 'failed' && r.assertionResults.length === 0,
  ).length;
} else {
  failed++;
}
if (!vitestOk && failed === 0) failed++;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
