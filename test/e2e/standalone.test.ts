// The standalone bundle as an embedding site uses it: one <script type="module"> and the tag, on
// a plain page, under a strict Content-Security-Policy, with no request to any other origin.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';

// The README's plain-HTML example, as a site would publish it (with an empty favicon, so the
// browser's own favicon request does not count as a console error).
const PAGE = readFileSync(new URL('../../examples/plain.html', import.meta.url), 'utf8').replace(
  '</title>',
  '</title><link rel="icon" href="data:,">',
);
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

const twice = PAGE.replace(
  '</body>',
  '<script type="module" src="/jurisdiction-map.js?copy=2"></script></body>',
);
// The same article inside an iframe of another page, and a bare page to count globals on.
const framed = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Framed</title>
<link rel="icon" href="data:,"></head><body><iframe src="/article.html" title="Map" width="1000" height="700"></iframe></body></html>`;
const bare = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bare</title>
<link rel="icon" href="data:,"></head><body></body></html>`;
// The one-file build: the same page with jurisdiction-map.single.js.
const single = PAGE.replace('src="jurisdiction-map.js"', 'src="jurisdiction-map.single.js"');
// The article in French, whose map fetches the French words.
const french = PAGE.replace('<html lang="en">', '<html lang="fr">');
const e2e = useBrowser(
  {
    '/article.html': PAGE,
    '/twice.html': twice,
    '/framed.html': framed,
    '/bare.html': bare,
    '/single.html': single,
    '/french.html': french,
  },
  STRICT_CSP,
);

/** Opens the map's Sources list and waits until the sources are listed. */
async function openSources(page: Page) {
  await page.evaluate(() => {
    const root = document.querySelector('jurisdiction-map')!.shadowRoot!;
    root.querySelector<HTMLDetailsElement>('details.sources')!.open = true;
  });
  await page.waitForFunction(
    () =>
      document.querySelector('jurisdiction-map')!.shadowRoot!.querySelectorAll('details.sources li')
        .length > 3,
  );
}

describe('dist/jurisdiction-map.js on a plain page', () => {
  it('shows the map, the path and the explanation under a strict CSP, asking no other origin', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1200, height: 800 } });
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${e2e.server.url}/article.html`);
    await page.waitForFunction(() => {
      const el = document.querySelector('jurisdiction-map') as HTMLElement & {
        resolution?: unknown;
      };
      return !!el?.resolution && !!el.shadowRoot?.querySelector('.arcs path.arc');
    });
    const seen = await page.evaluate(() => {
      const root = document.querySelector('jurisdiction-map')!.shadowRoot!;
      return {
        countries: root.querySelectorAll('path.country').length,
        markers: root.querySelectorAll('.marker[data-id]').length,
        arcs: root.querySelectorAll('.arcs .arc').length,
        summary: root.querySelector('.panel .summary')?.textContent ?? '',
        // Styles applied despite style-src 'self': the ocean has its colour.
        ocean: getComputedStyle(root.querySelector('.stage')!).backgroundColor,
        // Characters beyond ASCII, escaped in the file (scripts/build.js): one in a template
        // literal, one in the data's strings.
        zoomOut: root.querySelector('button[title^="Zoom out"]')?.getAttribute('title'),
        dash: [...root.querySelectorAll('.panel *')].some((e) => e.textContent!.includes('–')),
      };
    });
    expect(seen.zoomOut).toBe('Zoom out (\u2212)');
    expect(seen.dash).toBe(true);
    expect(seen.countries).toBeGreaterThanOrEqual(170);
    expect(seen.markers).toBeGreaterThanOrEqual(60);
    expect(seen.arcs).toBeGreaterThanOrEqual(1);
    expect(seen.summary).toMatch(/courts disagree/);
    expect(seen.ocean).not.toBe('rgba(0, 0, 0, 0)');
    // An English page fetches no French.
    expect(requests.filter((u) => u.endsWith('-fr.js'))).toEqual([]);
    // The sources come in a second file beside the first, fetched when a reader opens them.
    await openSources(page);
    expect(requests.some((u) => u.endsWith('/jurisdiction-map-sources.js'))).toBe(true);
    expect(problems).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(e2e.server.url) && !u.startsWith('data:'))).toEqual(
      [],
    );
    await page.close();
  });

  it('works inside an iframe under the same strict CSP', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1100, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${e2e.server.url}/framed.html`);
    const frame = page.frameLocator('iframe');
    await frame.locator('jurisdiction-map').waitFor();
    await expect
      .poll(() =>
        frame
          .locator('jurisdiction-map')
          .evaluate((el) => el.shadowRoot?.querySelectorAll('.arcs .arc').length ?? 0),
      )
      .toBeGreaterThan(0);
    expect(
      await frame
        .locator('jurisdiction-map')
        .evaluate((el) => el.shadowRoot!.querySelector('.panel .summary')?.textContent),
    ).toMatch(/courts disagree/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('jurisdiction-map.single.js is one file with the sources in it: nothing else is fetched', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1200, height: 800 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${e2e.server.url}/single.html`);
    await page.waitForFunction(
      () => (document.querySelector('jurisdiction-map') as { resolution?: unknown })?.resolution,
    );
    await openSources(page);
    expect(requests).toEqual(['/single.html', '/jurisdiction-map.single.js']);
    await page.close();
  });

  it('speaks French on a French page from its first drawing, with the French words in a file beside it', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1200, height: 800 } });
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    page.on('pageerror', (e) => problems.push(e.message));
    // What the map shows when it announces jm-ready, before anything could draw it again.
    await page.addInitScript(() =>
      document.addEventListener('jm-ready', (event) => {
        const root = (event.target as HTMLElement).shadowRoot!;
        (window as { firstWords?: unknown }).firstWords = [
          root.querySelector('.legend summary')?.textContent,
          root.querySelector('#jm-date-label')?.textContent,
        ];
      }),
    );
    await page.goto(`${e2e.server.url}/french.html`);
    await page.waitForFunction(() => (window as { firstWords?: string[] }).firstWords);
    const [legend, date] = await page.evaluate(
      () => (window as unknown as { firstWords: string[] }).firstWords,
    );
    // Not English first and French later: the map waited for its words.
    expect(legend).toMatch(/Légende/);
    expect(date).toBe('Au 1er juin 2017');
    expect(requests).toContain('/jurisdiction-map-fr.js');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says it is loading, in French, while the French words take a moment to arrive', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1200, height: 800 } });
    // The French file is held until the placeholder has been seen.
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    await page.route('**/jurisdiction-map-fr.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${e2e.server.url}/french.html`);
    const placeholder = page.locator('jurisdiction-map [part~="placeholder"]');
    await placeholder.waitFor();
    // Past its moment of silence (a fast load shows no text), it says so in French.
    await page.waitForFunction(() => {
      const p = document.querySelector('jurisdiction-map')!.shadowRoot!.querySelector('.waiting');
      return p && getComputedStyle(p).color !== 'rgba(0, 0, 0, 0)';
    });
    expect(await placeholder.textContent()).toContain('Chargement de la carte…');
    expect(await placeholder.getAttribute('aria-label')).toBe('Carte du monde, chargement');
    release();
    await page.waitForFunction(() =>
      document
        .querySelector('jurisdiction-map')!
        .shadowRoot!.querySelector('.legend summary')
        ?.textContent?.includes('Légende'),
    );
    expect(await placeholder.count()).toBe(0);
    await page.close();
  });

  it('speaks English and says why when the French words cannot be loaded', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1200, height: 800 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.route('**/jurisdiction-map-fr.js', (route) => route.abort());
    await page.addInitScript(() =>
      document.addEventListener('jm-error', (event) => {
        const { source, message } = (event as CustomEvent).detail;
        ((window as { jmErrors?: unknown[] }).jmErrors ??= []).push({ source, message });
      }),
    );
    await page.goto(`${e2e.server.url}/french.html`);
    await page.waitForFunction(
      () => (document.querySelector('jurisdiction-map') as { resolution?: unknown })?.resolution,
    );
    const seen = await page.evaluate(() => ({
      legend: document
        .querySelector('jurisdiction-map')!
        .shadowRoot!.querySelector('.legend summary')?.textContent,
      date: document.querySelector('jurisdiction-map')!.shadowRoot!.querySelector('#jm-date-label')
        ?.textContent,
      errors: (window as { jmErrors?: { source: string; message: string }[] }).jmErrors,
    }));
    expect(seen.legend).toMatch(/Legend/);
    // Its dates too (a review found "As of 1er juin 2017" in the English map).
    expect(seen.date).toBe('As of June 1, 2017');
    const said = { source: 'lang', message: expect.stringMatching(/lang="fr".*speaks English/) };
    expect(seen.errors).toEqual([said]);
    // A French map added after the failure says it too (it spoke English in silence).
    await page.evaluate(() => {
      const second = document.createElement('jurisdiction-map');
      second.setAttribute('lang', 'fr');
      document.body.append(second);
    });
    await page.waitForFunction(
      () => ((window as { jmErrors?: unknown[] }).jmErrors ?? []).length === 2,
    );
    expect(await page.evaluate(() => (window as { jmErrors?: unknown[] }).jmErrors)).toEqual([
      said,
      said,
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('adds no global but the tag', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.server.url}/bare.html`);
    const before = await page.evaluate(() => Object.keys(window));
    await page.addScriptTag({ url: '/jurisdiction-map.js', type: 'module' });
    await page.waitForFunction(() => customElements.get('jurisdiction-map'));
    const added = await page.evaluate(
      (known) => Object.keys(window).filter((k) => !known.includes(k)),
      before,
    );
    // Lit's own globals (its versions and decorator metadata), as every Lit element has.
    const lit = [
      'litElementVersions',
      'litHtmlVersions',
      'reactiveElementVersions',
      'litPropertyMetadata',
    ];
    expect(added.filter((k) => !lit.includes(k))).toEqual([]);
    await page.close();
  });

  it('survives being loaded twice on one page', async () => {
    const page = await e2e.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${e2e.server.url}/twice.html`);
    await page.waitForFunction(
      () => (document.querySelector('jurisdiction-map') as { resolution?: unknown })?.resolution,
    );
    // Both copies have run by the load event (module scripts come before it); a frame and a task
    // later anything they scheduled has run too.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stays within 90 kB gzip, the validator and the export in the on-demand file', () => {
    // Issue 6's budget (Datamaps with d3 v3 and topojson is 93 kB for a bare map). The checks for
    // a site's own bundle (valibot) and the image export load with the sources, when needed.
    const dist = (file: string) => readFileSync(new URL(`../../dist/${file}`, import.meta.url));
    const element = dist('jurisdiction-map.js');
    expect(gzipSync(element).length).toBeLessThanOrEqual(90_000);
    // The styles' comments stay in the source (scripts/css-comments.js); the licence banner and
    // the minifier's purity marks are the only comments left.
    const comments = element.toString().match(/\/\*[^]*?\*\//g) ?? [];
    expect(comments.filter((c) => !c.startsWith('/*!') && !c.includes('__PURE__'))).toEqual([]);
    // Nor their line breaks and indentation (about 300 bytes gzip).
    const styles = /` ?:host\{[^`]*`/.exec(element.toString())?.[0] ?? '';
    expect(styles.length).toBeGreaterThan(10_000);
    expect(styles).not.toMatch(/\n| {2}/);
    const onDemand = dist('jurisdiction-map-sources.js').toString();
    for (const marker of ['abortEarly', 'is not a known field', 'PNG encoding failed']) {
      expect(element.toString()).not.toContain(marker);
      expect(onDemand).toContain(marker);
    }
  });

  it('is ASCII alone, so that V8 keeps its source at one byte a character', () => {
    // scripts/build.js says why and what it measured.
    for (const name of ['', '-sources', '-fr', '.single']) {
      const file = readFileSync(new URL(`../../dist/jurisdiction-map${name}.js`, import.meta.url));
      expect(
        file.findIndex((byte) => byte > 0x7f),
        name,
      ).toBe(-1);
    }
  });

  it('asks V8 to compile the element while it streams in, not the on-demand file', () => {
    // Chrome reads the compile hint only on a file's first line (scripts/build.js says why).
    const first = (file: string) =>
      readFileSync(new URL(`../../dist/${file}`, import.meta.url), 'utf8').split('\n')[0];
    expect(first('jurisdiction-map.js')).toBe('//# allFunctionsCalledOnLoad');
    expect(first('jurisdiction-map.single.js')).toBe('//# allFunctionsCalledOnLoad');
    expect(first('jurisdiction-map-sources.js')).not.toContain('allFunctionsCalledOnLoad');
  });
});
