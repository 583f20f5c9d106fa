// dist/embed.html in a CMS article: the README's snippet (examples/cms-embed.html) on a page of
// one origin, the embed served from another. The frame shows the map from its query string,
// grows to the height the embed posts, and asks no third origin for anything.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { serve, type TestServer } from './server.js';

const SNIPPET = readFileSync(new URL('../../examples/cms-embed.html', import.meta.url), 'utf8');

/** An article page with the snippet, pointing at `embedOrigin`, with extra query parameters. */
function article(embedOrigin: string, query = '') {
  const snippet = SNIPPET.replaceAll('https://maps.example.org', embedOrigin).replace(
    'as-of=2017-06-01',
    `as-of=2017-06-01${query}`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title>
<link rel="icon" href="data:,"></head><body><h1>An article</h1><p>Text before the map.</p>
${snippet}<p>Text after the map.</p></body></html>`;
}

// The CMS: its own origin, serving the articles. The embed: dist/ on another origin, as a site
// would publish it. The articles are written once the embed's origin is known.
const articles: Record<string, string> = {};
const cms = useBrowser(articles);
let maps: TestServer;
beforeAll(async () => {
  maps = await serve({});
  articles['/article.html'] = article(maps.url);
  articles['/article-view.html'] = article(
    maps.url,
    '&lang=fr&theme=dark&scenario=microsoft-ireland&step=2&src=https://evil.example/bundle.json',
  );
});
// Not awaited: the browser still holds a keep-alive connection until it closes after this.
afterAll(() => void maps?.close());

async function open(width: number, path = '/article.html') {
  const page = await cms.browser.newPage({ viewport: { width, height: 900 } });
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${cms.server.url}${path}`);
  const frame = page.frameLocator('iframe.jurisdiction-map');
  return { page, frame, requests, problems };
}

/** The iframe's height and the embed's own document height. */
async function heights(page: import('playwright').Page) {
  const frame = await page.evaluate(() => document.querySelector('iframe')!.offsetHeight);
  const content = await page
    .frames()[1]!
    .evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  return { frame, content };
}

/** Waits until the iframe has taken the height the embed posted (its own document's height). */
async function grownHeights(page: import('playwright').Page) {
  await expect
    .poll(() => heights(page), { timeout: 10_000 })
    .toSatisfy(({ frame, content }) => frame === content);
  return heights(page);
}

describe('dist/embed.html in a CMS page (another origin)', () => {
  it('shows the request from its query string and the frame grows to the posted height', async () => {
    const { page, frame, requests, problems } = await open(1200);
    await expect
      .poll(() =>
        frame.locator('jurisdiction-map').evaluate((el) => {
          const map = el as HTMLElement & {
            resolution?: { reach: string; request: { asOf: string } };
          };
          return map.resolution ? `${map.resolution.reach} ${map.resolution.request.asOf}` : '';
        }),
      )
      .toBe('contested 2017-06-01');
    const heights = await grownHeights(page);
    // The snippet's 600 px was replaced by what the embed posted: its own height (the map's
    // 560 px), smaller than the frame it was given.
    expect(heights.frame).toBe(heights.content);
    expect(heights.frame).toBe(560);
    expect(problems).toEqual([]);
    const origins = new Set(requests.map((u) => new URL(u).origin));
    origins.delete(cms.server.url);
    origins.delete(maps.url);
    expect([...origins]).toEqual([]);
    await page.close();
  });

  it('on a phone the panel stacks under the map and the frame grows with it', async () => {
    const { page } = await open(390);
    await page
      .frames()[1]!
      .waitForFunction(
        () =>
          !!(document.querySelector('jurisdiction-map') as HTMLElement & { resolution?: unknown })
            ?.resolution,
      );
    const grown = await grownHeights(page);
    expect(grown.frame).toBe(grown.content);
    expect(grown.frame).toBeGreaterThan(900);
    // Turned into a wide window, the frame shrinks back to the map.
    await page.setViewportSize({ width: 1200, height: 900 });
    await expect
      .poll(() => heights(page), { timeout: 10_000 })
      .toEqual({ frame: 560, content: 560 });
    await page.close();
  });

  it('takes the view attributes (lang, theme, scenario) but never a data source from the URL', async () => {
    const { page, frame, requests } = await open(1200, '/article-view.html');
    const map = frame.locator('jurisdiction-map');
    await expect
      .poll(() =>
        map.evaluate(
          (el) => (el as HTMLElement & { scenarioView?: { step: number } }).scenarioView?.step,
        ),
      )
      .toBe(2);
    expect(await map.getAttribute('lang')).toBe('fr');
    expect(await map.getAttribute('theme')).toBe('dark');
    expect(await map.getAttribute('src')).toBeFalsy();
    expect(requests.filter((u) => u.startsWith('https://evil.example'))).toEqual([]);
    expect(
      await map.evaluate((el) => el.shadowRoot!.querySelector('.legend summary')?.textContent),
    ).toBe('Légende');
    // The page under a dark map is dark too: a frame taller than the map showed a white strip.
    expect(
      await frame.locator('html').evaluate((html) => getComputedStyle(html).backgroundColor),
    ).toBe('rgb(18, 22, 31)');
    await page.close();
  });
});
