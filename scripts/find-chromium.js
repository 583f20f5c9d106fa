// Finds a Chromium for the browser tests: $CHROMIUM_PATH, then a system browser, then
// Playwright's own download. Returns null when there is none, so callers can say how to get one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** @returns {string | null} the path of a Chromium executable, or null */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const name of SYSTEM_BROWSERS) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8', stdio: 'pipe' }).trim();
      if (path) return path;
    } catch {
      // not on PATH: try the next name
    }
  }
  return playwrightChromium();
}

function playwrightChromium() {
  try {
    // Playwright knows where `npx playwright install chromium` puts its browser.
    const path = execFileSync(
      process.execPath,
      ['-e', "process.stdout.write(require('playwright').chromium.executablePath())"],
      { encoding: 'utf8', stdio: 'pipe' },
    ).trim();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export const INSTALL_HINT =
  'No Chromium found for the browser tests: install one with `apt-get install chromium` ' +
  '(or `npx playwright install chromium`), or set CHROMIUM_PATH.';
