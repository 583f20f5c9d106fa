// axe-core over every state of the built demo pages, shadow DOM included, under the strict
// Content-Security-Policy an embedding site would set: the explorer, each step of each scenario
// (by deep link), the panel with country details, compare and sources open, the table view,
// the legend, a tooltip, the speaker view and story.html; light, theme="dark" and the system's
// dark setting; a 1280 px window and a 360 px phone. Every rule axe runs by default, none
// disabled: any violation fails, listed by state, rule, element and reason.
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';

const AXE = readFileSync(
  new URL('../../node_modules/axe-core/axe.min.js', import.meta.url),
  'utf8',
);
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";
const SCENARIOS = readdirSync(new URL('../../data/scenarios/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const s = JSON.parse(
      readFileSync(new URL(`../../data/scenarios/${f}`, import.meta.url), 'utf8'),
    ) as { id: string; steps: { notes?: string }[] };
    return { id: s.id, steps: s.steps.length, notes: s.steps.map((step) => !!step.notes) };
  });

const e2e = useBrowser({}, STRICT_CSP);

// Reduced motion: each state is checked as it ends, without waiting for arcs to draw.
const WIDE = {
  viewport: { width: 1280, height: 800 },
  reducedMotion: 'reduce',
} satisfies BrowserContextOptions;
const PHONE = {
  viewport: { width: 360, height: 740 },
  reducedMotion: 'reduce',
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
} satisfies BrowserContextOptions;

type Element = HTMLElement & {
  resolution?: unknown;
  updateComplete?: Promise<unknown>;
  shadowRoot: ShadowRoot;
};

/** Waits until the map shows an answer and nothing on the page is still moving. */
async function settle(page: Page) {
  await page.waitForFunction(() => {
    const el = document.querySelector('jurisdiction-map') as Element | null;
    return !!el?.resolution && !!el.shadowRoot.querySelector('path.country');
  });
  await page.evaluate(async () => {
    const el = document.querySelector('jurisdiction-map') as Element;
    await el.updateComplete;
    const running = () =>
      [...document.getAnimations(), ...el.shadowRoot.getAnimations()].filter(
        (a) => a.playState === 'running' || a.pending,
      );
    // Arcs draw in about a second and colours fade in 0.6 s; axe reads the settled colours.
    for (let i = 0; i < 50 && running().length; i++) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => requestAnimationFrame(() => r(null)));
  });
}

/** axe's violations on the page as lines: state, rule, elements and why. */
async function violations(page: Page, state: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map(
        (n) => `${JSON.stringify(n.target)} ${(n.failureSummary ?? '').replace(/\s*\n\s*/g, ' ')}`,
      ),
    }));
  });
  return found.map((v) => `${state}: ${v.id} (${v.help})\n    ${v.nodes.join('\n    ')}`);
}

/** Opens `path` in a fresh context (with `theme` set on the map, if given) and returns the page
 * once the map has settled. */
async function open(browser: Browser, path: string, options: BrowserContextOptions, theme = '') {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${e2e.server.url}${path}`);
  if (theme) {
    await page.evaluate(
      (t) => document.querySelector('jurisdiction-map')!.setAttribute('theme', t),
      theme,
    );
  }
  await settle(page);
  return { page, errors, close: () => context.close() };
}

/** The element's shadow root, for clicks inside it. */
const inMap = (page: Page, selector: string) => page.locator(`jurisdiction-map ${selector}`);

/** The explorer's states in one window: default, legend, tooltip, country details with sources
 * and compare, the table view. */
async function explorerStates(label: string, options: BrowserContextOptions, theme = '') {
  const { page, errors, close } = await open(e2e.browser, '/index.html', options, theme);
  const found = await violations(page, `${label} explorer`);

  // The legend open (on a phone it starts closed).
  const legend = inMap(page, 'details.legend');
  if (!(await legend.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await inMap(page, 'details.legend > summary').click();
  }
  // A tooltip, from keyboard focus on a data center (an arrow key to the next one: focus from
  // a script after the legend's click would be a pointer's, which shows none).
  await inMap(page, '.marker[tabindex="0"]').focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('jurisdiction-map .tooltip');
  found.push(...(await violations(page, `${label} legend + tooltip`)));

  // Country details (Enter on the countries' tab stop), every <details> open, a comparison.
  await inMap(page, '.outline[tabindex="0"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('jurisdiction-map .country-details');
  await page.evaluate(() =>
    document.querySelector('jurisdiction-map')!.setAttribute('compare-datacenter', 'aws-us-east-1'),
  );
  await settle(page);
  await page.evaluate(() => {
    const root = document.querySelector('jurisdiction-map')!.shadowRoot!;
    for (const d of root.querySelectorAll('details')) d.open = true;
  });
  await settle(page);
  found.push(...(await violations(page, `${label} country details + compare + sources`)));

  // The table view.
  await inMap(page, 'button[aria-pressed]').click();
  await page.waitForSelector('jurisdiction-map table');
  await settle(page);
  found.push(...(await violations(page, `${label} table view`)));

  expect(errors, label).toEqual([]);
  await close();
  return found;
}

const stepShown = () =>
  (document.querySelector('jurisdiction-map') as unknown as { scenarioView?: { step: number } })
    .scenarioView?.step;

/** Steps 1…`steps` of a scenario: step 1 by deep link, then → as a presenter's clicker sends it
 * (the page's URL follows); the notes shown (N) from the first step that has some. */
async function scenarioSteps(
  label: string,
  id: string,
  steps: number,
  notes: boolean[],
  options: BrowserContextOptions,
  theme = '',
) {
  const path = `/index.html?scenario=${id}&step=1`;
  const { page, errors, close } = await open(e2e.browser, path, options, theme);
  const found: string[] = [];
  let notesShown = false;
  for (let step = 1; step <= steps; step++) {
    if (step > 1) {
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((n) => location.search.includes(`step=${n}`), step);
      await settle(page);
    }
    expect(await page.evaluate(stepShown), `${id} step`).toBe(step);
    if (notes[step - 1] && !notesShown) {
      await page.keyboard.press('n');
      notesShown = true;
    }
    if (notes[step - 1]) await page.waitForSelector('jurisdiction-map .caption-notes');
    found.push(...(await violations(page, `${label} ${id} step ${step}`)));
  }
  expect(errors, `${label} ${id}`).toEqual([]);
  await close();
  return found;
}

describe('axe finds no violation on the demo pages', () => {
  it('explorer, light, 1280 px', async () => {
    expect((await explorerStates('light 1280', WIDE)).join('\n')).toBe('');
  });

  it('explorer, theme="dark" and the system dark setting, 1280 px', async () => {
    const found = await explorerStates('theme=dark 1280', WIDE, 'dark');
    found.push(...(await explorerStates('system dark 1280', { ...WIDE, colorScheme: 'dark' })));
    expect(found.join('\n')).toBe('');
  });

  it('explorer on a 360 px phone, light and dark', async () => {
    const found = await explorerStates('light 360', PHONE);
    found.push(...(await explorerStates('theme=dark 360', PHONE, 'dark')));
    expect(found.join('\n')).toBe('');
  });

  it('every step of every scenario: opened by deep link, stepped with the clicker keys', async () => {
    const found: string[] = [];
    for (const { id, steps, notes } of SCENARIOS) {
      found.push(...(await scenarioSteps(`${id}`, id, steps, notes, WIDE)));
    }
    expect(found.join('\n')).toBe('');
  }, 180_000);

  it('scenario steps on a phone and in the dark', async () => {
    const [ireland, uk, china] = [
      'microsoft-ireland',
      'uk-cloud-act-agreement',
      'data-in-china',
    ].map((id) => SCENARIOS.find((s) => s.id === id)!);
    const found = [
      ...(await scenarioSteps('360', ireland!.id, ireland!.steps, ireland!.notes, PHONE)),
      ...(await scenarioSteps('theme=dark', uk!.id, uk!.steps, uk!.notes, WIDE, 'dark')),
      ...(await scenarioSteps('system dark 360', china!.id, 1, china!.notes, {
        ...PHONE,
        colorScheme: 'dark',
      })),
    ];
    expect(found.join('\n')).toBe('');
  }, 120_000);

  it('story.html, at its top and at step 4, and the speaker view', async () => {
    const found: string[] = [];
    for (const [label, options] of [
      ['1280', WIDE],
      ['360', PHONE],
      // The page's own greys on the system's dark background (2.4:1 before a review's fix).
      ['360 system dark', { ...PHONE, colorScheme: 'dark' }],
    ] as const) {
      const story = await open(e2e.browser, '/story.html', options);
      found.push(...(await violations(story.page, `story ${label}`)));
      await story.page.evaluate(() =>
        document.querySelector('[data-step="4"]')!.scrollIntoView({ block: 'center' }),
      );
      await story.page.waitForFunction(
        () =>
          (
            document.querySelector('jurisdiction-map') as unknown as {
              scenarioView?: { step: number };
            }
          ).scenarioView?.step === 4,
      );
      await settle(story.page);
      found.push(...(await violations(story.page, `story ${label} step 4`)));
      await story.close();
    }
    const context = await e2e.browser.newContext(WIDE);
    const speaker = await context.newPage();
    await speaker.goto(`${e2e.server.url}/index.html?view=speaker&scenario=microsoft-ireland`);
    await speaker.waitForSelector('.speaker-caption');
    found.push(...(await violations(speaker, 'speaker view')));
    await context.close();
    expect(found.join('\n')).toBe('');
  }, 120_000);
});
