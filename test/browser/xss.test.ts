// Markup and script in the data stay text. A bundle loaded through `src` carries an <img onerror>,
// a <script>, an <svg onload>, an <iframe srcdoc>, a javascript: link and template syntax in EVERY
// free-text field of the schema (names, notes, citations, captions, scenario text, titles…), and
// javascript:/data:/vbscript: URLs in every url field. Walking the panel, tooltips, comparison,
// country details, table view, scenario caption and notes, error message, picture export and embed
// code: nothing runs, no element is injected, every text shows literally, and no link leads to a
// URL that is not http(s).
import { afterAll, describe, expect, it, vi } from 'vitest';
import { builtInBundle } from '../../src/engine/index.js';
import { Bundle, Jurisdiction } from '../../src/engine/schema.js';
import { mount } from './mount.js';

type Win = Window & Record<string, unknown>;
const RAN = '__xssRan';
const CONTROL = '__xssControl';

/** Markup that runs `window[flag].push(tag)` wherever it is parsed as HTML. */
function payload(tag: string, flag = RAN): string {
  const run = `(window.${flag}=window.${flag}||[]).push('${tag}')`;
  return (
    ` <img src=x onerror="${run}"><script>${run}</script><svg onload="${run}"></svg>` +
    `<iframe srcdoc="<script>parent.${run.replaceAll('window', 'parent')}</script>"></iframe>` +
    `<a href="javascript:${run}">click</a><b style="position:fixed">{{${tag}}} \${${tag}}</b>`
  );
}

/** Hostile URLs that URL.canParse accepts, so they pass the schema's url check. */
const BAD_URLS = [
  `javascript:(window.${RAN}=window.${RAN}||[]).push('url')`,
  `JavaScript:(window.${RAN}=window.${RAN}||[]).push('url')`,
  ` javascript:(window.${RAN}=window.${RAN}||[]).push('url')`,
  `java\tscript:(window.${RAN}=window.${RAN}||[]).push('url')`,
  `data:text/html,<script>(parent.${RAN}=parent.${RAN}||[]).push('url')</script>`,
  'vbscript:msgbox(1)',
];

// The free-text and url fields, read from the schema itself, so a field added later is covered.
const TEXT = Jurisdiction.entries.name;
interface Schema {
  type: string;
  entries?: Record<string, Schema>;
  wrapped?: Schema;
  item?: Schema;
  items?: Schema[];
  pipe?: { type: string }[];
}
const textKeys = new Set<string>();
const urlKeys = new Set<string>();
(function visit(schema: Schema, key: string) {
  if ((schema as unknown) === TEXT) textKeys.add(key);
  if (schema.pipe?.some((a) => a.type === 'url')) urlKeys.add(key);
  if (schema.wrapped) visit(schema.wrapped, key);
  if (schema.item) visit(schema.item, key);
  for (const item of schema.items ?? []) visit(item, key);
  for (const [k, s] of Object.entries(schema.entries ?? {})) visit(s, k);
})(Bundle as unknown as Schema, '');

// Two Text fields carry ids or map to shapes, so markup in them cannot pass the checks: a data
// center's `region` must make its id (<provider>-<region>), and `atlasNames` pick map shapes.
const KEPT = new Set(['region', 'atlasNames']);

/** The built-in bundle with a payload in every free-text field and a bad URL in every url. */
function poisoned(): unknown {
  let urls = 0;
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') {
      if (urlKeys.has(key)) return BAD_URLS[urls++ % BAD_URLS.length];
      if (textKeys.has(key) && !KEPT.has(key)) return `${value}${payload(key)}`;
      return value;
    }
    if (Array.isArray(value)) return value.map((x) => walk(x, key));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, walk(x, k)]));
    return value;
  };
  return walk(structuredClone(builtInBundle), '');
}

const DANGEROUS = 'img, script, iframe, object, embed, foreignObject, frame, base, meta, link';
const onAttributes = (root: ParentNode) =>
  [...root.querySelectorAll('*')].flatMap((e) =>
    e.getAttributeNames().filter((n) => n.toLowerCase().startsWith('on')),
  );

let url = '';
afterAll(() => URL.revokeObjectURL(url));

describe('markup and script in the data', () => {
  it('finds the free-text and url fields in the schema', () => {
    for (const key of ['name', 'note', 'citation', 'caption', 'notes', 'summary', 'title'])
      expect(textKeys).toContain(key);
    expect([...urlKeys]).toEqual(['url']);
  });

  it('render as text in every view, run nothing and make no javascript: link', async () => {
    const win = window as unknown as Win;
    delete win[RAN];
    const documentBefore = {
      dangerous: document.querySelectorAll(DANGEROUS).length,
      on: onAttributes(document).length,
    };
    url = URL.createObjectURL(new Blob([JSON.stringify(poisoned())], { type: 'application/json' }));
    const el = await mount({
      'bundle-mode': 'replace',
      src: url,
      'request-type': 'us-warrant',
      requester: 'US',
      datacenter: 'azure-northeurope',
      'as-of': '2019-06-01',
      'compare-datacenter': 'aws-us-east-1',
    });
    const root = el.shadowRoot!;
    const $ = <T extends Element = Element>(s: string) => root.querySelector<T>(s)!;
    const settle = async () => {
      await el.updateComplete;
      await el.updateComplete;
    };
    // Tags of the fields whose payload reached the screen as text.
    const shown = new Set<string>();
    const seen: string[] = [];
    const check = (view: string) => {
      seen.push(view);
      expect(root.querySelectorAll(DANGEROUS).length, `${view}: injected element`).toBe(0);
      expect(onAttributes(root), `${view}: event-handler attribute`).toEqual([]);
      expect(document.querySelectorAll(DANGEROUS).length, view).toBe(documentBefore.dangerous);
      expect(onAttributes(document).length, view).toBe(documentBefore.on);
      for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href]'))
        expect(['http:', 'https:'], `${view}: link to ${a.href}`).toContain(a.protocol);
      expect(win[RAN], `${view}: a payload ran`).toBeUndefined();
      const text = root.textContent ?? '';
      const attributes = [...root.querySelectorAll('*')]
        .flatMap((e) => ['aria-label', 'title'].map((n) => e.getAttribute(n) ?? ''))
        .join(' ');
      for (const key of textKeys) {
        if ((text + attributes + (el.resolution?.summary ?? '')).includes(`push('${key}')`))
          shown.add(key);
      }
    };

    // The bundle replaces the built-in data: its markup shows, literally, in the panel.
    await vi.waitFor(() => expect($('.panel .summary').textContent).toContain('<img src=x'), {
      timeout: 10_000,
    });
    await settle();
    expect($('.panel .summary').textContent).toContain(`onerror="(window.${RAN}`);
    for (const details of root.querySelectorAll('details')) details.open = true;
    await settle();
    check('panel, sources and comparison');
    // The sources list is open and shows each source's citation (whose url was a bad one).
    const lists = [...root.querySelectorAll('.panel details ul')];
    expect(lists.some((ul) => ul.textContent!.includes("push('citation')"))).toBe(true);
    expect($('.compare').textContent).toContain('<script>');
    expect(root.querySelectorAll('.panel a').length, 'no link at all in the panel').toBe(0);

    // Tooltips: a data center on hover, a country on focus.
    $('.marker[data-id="azure-northeurope"]').dispatchEvent(
      new PointerEvent('pointerover', { bubbles: true }),
    );
    await settle();
    expect($('.tooltip').textContent).toContain('<svg onload=');
    check('marker tooltip');
    $<SVGPathElement>('.outline').dispatchEvent(new FocusEvent('focus'));
    await settle();
    expect($('.tooltip').textContent).toContain('<iframe srcdoc=');
    check('country tooltip');

    // A country's details: its note, the instruments binding it, its data centers.
    $('path.country[data-jurisdiction="IE"]').dispatchEvent(
      new MouseEvent('click', { bubbles: true }),
    );
    await settle();
    expect($('.country-details').textContent).toContain('<img src=x');
    check('country details');
    // Cyprus has a note of its own.
    $('path.country[data-jurisdiction="CY"]').dispatchEvent(
      new MouseEvent('click', { bubbles: true }),
    );
    await settle();
    expect($('.country-details').textContent).toContain("push('note')");
    check('country details with a note');

    // The table view of every data center.
    $<HTMLButtonElement>('.controls button[aria-pressed]').click();
    await settle();
    expect($('.table-wrap').textContent).toContain('<img src=x');
    check('table view');
    $<HTMLButtonElement>('.controls button[aria-pressed]').click();
    await settle();

    // A scenario: its title and caption on the map, then the presenter's notes.
    el.setAttribute('scenario', 'microsoft-ireland');
    el.setAttribute('step', '2');
    await settle();
    expect($('[part="caption"]').textContent).toContain('<script>');
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true, composed: true }));
    await settle();
    expect($('.caption-notes').textContent).toContain('<img src=x');
    check('scenario caption and notes');

    // A bad attribute value is named in the error message, as text.
    el.setAttribute('requester', payload('attribute'));
    await settle();
    expect($('.error[role="alert"]').textContent).toContain("push('attribute')");
    check('error message');

    // The picture export and the embed code carry the text escaped.
    const picture = await (await el.exportImage('svg')).text();
    const parsed = new DOMParser().parseFromString(picture, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(parsed.querySelectorAll(DANGEROUS).length, 'export: injected element').toBe(0);
    expect(onAttributes(parsed), 'export: event-handler attribute').toEqual([]);
    expect(parsed.documentElement.textContent).toContain('<img src=x');
    const embed = new DOMParser().parseFromString(el.embedCode(), 'text/html');
    expect(embed.querySelectorAll('jurisdiction-map').length).toBe(1);
    expect(embed.querySelectorAll('img, iframe, svg').length, 'embed code: injected').toBe(0);

    // The same markup parsed as HTML does run here (the control), so silence above is real.
    const control = document.createRange().createContextualFragment(payload('control', CONTROL));
    const box = document.createElement('div');
    box.append(control);
    document.body.append(box);
    try {
      await vi.waitFor(() => expect(win[CONTROL]).toContain('control'), { timeout: 10_000 });
    } finally {
      box.remove();
      delete win[CONTROL];
    }
    expect(win[RAN], 'a payload ran').toBeUndefined();
    expect(seen).toHaveLength(8);
    // The fields a reader sees reached the screen (as text) in the views walked above.
    for (const key of ['name', 'city', 'shortTitle', 'citation', 'text', 'summary', 'caption'])
      expect(shown, `${key} was not shown`).toContain(key);
    for (const key of ['notes', 'title', 'note', 'action', 'inSentence'])
      expect(shown, `${key} was not shown`).toContain(key);
  });
});
