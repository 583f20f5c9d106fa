// Vitest global setup for the e2e project: one `npm run build` before its files run in parallel,
// so no two of them write dist/ at once.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'pipe' });
}
