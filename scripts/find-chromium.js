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

/**
 * A flag for a Chromium that times page loads. Chromium 156's headless mode loads the address
 * bar's popup, a WebUI page of about a hundred chrome:// modules, into every new window, that is
 * into every freshly launched browser and every fresh context, while the measured page loads. A
 * reader's browser loads it once per window, not with each page. On this 2-CPU machine it held
 * back the measured page's first frame and slowed its scripts (scripts/bench-pages.js and
 * test/e2e/lighthouse.ts give the numbers), so the benches and Lighthouse run without it.
 */
export const WITHOUT_ADDRESS_BAR_POPUP =
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup';

export const INSTALL_HINT =
  'No Chromium found for the browser tests: install one with `apt-get install chromium` ' +
  '(or `npx playwright install chromium`), or set CHROMIUM_PATH.';
