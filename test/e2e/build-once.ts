// Vitest global setup for the e2e project: one `npm run build` before its files run in parallel,
// so no two of them write dist/ at once.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  // The e2e and audits projects both name this setup; the site is built once per run.
  if (process.env.JM_E2E_BUILT) return;
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'pipe' });
  process.env.JM_E2E_BUILT = '1';
}
