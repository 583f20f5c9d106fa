// Exporting the current view as a picture: the map as drawn, with a footer that carries the
// caption, the as-of date, a legend and the sources, so the image explains itself when it is
// pasted into slides or an article. SVG as text; PNG by drawing that SVG on a canvas (from a
// data: URL, which a strict img-src 'self' data: policy allows).
import type { DatacenterReach, Reach, Request, World } from '../engine/core.js';
import type { Locale, Strings } from '../i18n/strings.js';
import { BARRIER_PATH, MARKER_SHAPES } from '../map/marker-shapes.js';
import { element } from '../map/marker-layer.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The legend's words: the on-screen legend's. */
export type LegendWords = Pick<
  Strings,
  | 'legendRequester'
  | 'legendProvider'
  | 'legendData'
  | 'legendRequested'
  | 'legendParty'
  | 'legendConflict'
  | 'legendBarrier'
  | 'legendPath'
  | 'reach'
>;

export interface ExportText {
  title: string;
  caption: string;
  /** "As of 25 May 2018", in the reader's words. */
  asOf: string;
  legend: LegendWords;
  sources: string;
}

/** The footer's kinds of line: their class, font and colour. */
const FOOTER = {
  'x-title': { size: 15, weight: 700, fill: 'var(--jm-text)' },
  'x-caption': { size: 14, weight: 400, fill: 'var(--jm-text)' },
  'x-meta': { size: 11, weight: 400, fill: 'var(--jm-muted)' },
  'x-sources': { size: 10, weight: 400, fill: 'var(--jm-muted)' },
} as const;
const FONT = 'system-ui, sans-serif';
/** The footer's left and right margin. */
const MARGIN = 12;

/** A text's width in pixels in `font`, measured on a canvas. */
function measurer(font: string): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (context) context.font = font;
  // Without a canvas, about half an em a character.
  const em = parseFloat(font.replace(/^\d+ /, ''));
  return (text) => (context ? context.measureText(text).width : text.length * em * 0.55);
}

/**
 * Splits text into lines no wider than `width` pixels in `font`, at spaces, measured on a canvas
 * in the fonts that will draw the picture. (A count of characters, as before, cut the title off
 * the right edge of a phone-sized picture: a bold line is wider than its count suggests.)
 */
function wrap(text: string, width: number, font: string): string[] {
  const measure = measurer(font);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    // A word wider than a line (a web address in the sources) is broken after its slashes and
    // hyphens, else anywhere: it ran off a phone-sized picture and left the line before it empty.
    const pieces = measure(word) <= width ? [word] : word.split(/(?<=[/-])/).flatMap(chars);
    pieces.forEach((piece, i) => {
      const longer = line ? `${line}${i ? '' : ' '}${piece}` : piece;
      if (line && measure(longer) > width) {
        lines.push(line);
        line = piece;
      } else line = longer;
    });
  }
  if (line) lines.push(line);
  return lines;

  // A piece still wider than a line, in pieces that fit.
  function chars(piece: string): string[] {
    const out = [''];
    for (const c of piece) {
      if (out.at(-1) && measure(out.at(-1)! + c) > width) out.push('');
      out[out.length - 1] += c;
    }
    return out;
  }
}

/**
 * The legend's entries, as on screen: each look drawn with the map's own classes, so that it has
 * the colours the map has (a site's own, or the dark theme's), which words could not name.
 */
function legendEntries(t: LegendWords): [string, string][] {
  const marker = (reach: Reach, conflicted = false): [string, string] => [
    `marker ${reach}${conflicted ? ' conflicted' : ''}`,
    conflicted ? t.legendBarrier : t.reach[reach],
  ];
  return [
    ['country requester', t.legendRequester],
    ['country provider', t.legendProvider],
    ['country data', t.legendData],
    ['country requested', t.legendRequested],
    ['country party', t.legendParty],
    ['country hatch-swatch', t.legendConflict],
    marker('direct'),
    marker('assisted'),
    marker('contested'),
    marker('none'),
    marker('direct', true),
    ['arc', t.legendPath],
  ];
}

/** One legend entry's sign, 14 px across, with its top left corner at (x, y). */
function legendSign(look: string, x: number, y: number): SVGElement {
  if (look.startsWith('country'))
    return element('rect', {
      class: look,
      x: x + 1,
      y: y + 1,
      width: 12,
      height: 12,
      rx: 2,
      // The legends' own hatching (the map's is scaled for the base map's units).
      // (An attribute, not a style: a page's CSP may forbid inline styles, which the page reports.)
      ...(look.endsWith('hatch-swatch') ? { fill: 'url(#jm-hatch-legend)' } : {}),
    });
  if (look === 'arc')
    return element('path', {
      class: look,
      d: `M${x},${y + 11}Q${x + 7},${y + 1} ${x + 14},${y + 11}`,
    });
  const g = element('g', { class: look, transform: `translate(${x + 7} ${y + 7})` });
  const reach = look.split(' ')[1] as Reach;
  g.append(element('path', { class: 'shape', d: MARKER_SHAPES[reach] }));
  if (look.endsWith('conflicted')) g.append(element('path', { class: 'barrier', d: BARRIER_PATH }));
  return g;
}

/** A standalone SVG document of the map with its explaining footer. */
export function exportSvg(
  map: SVGSVGElement,
  css: string,
  text: ExportText,
  view?: { k: number; x: number; y: number },
): string {
  const [, , width, height] = (map.getAttribute('viewBox') ?? '0 0 960 500')
    .split(' ')
    .map(Number) as [number, number, number, number];
  const svg = map.cloneNode(true) as SVGSVGElement;
  // A view of its own (a scenario step's focus, framed for the picture, not for the screen).
  const layer = svg.querySelector<SVGGElement>('.zoom-layer');
  if (view && layer) {
    layer.setAttribute('transform', `translate(${view.x},${view.y}) scale(${view.k})`);
    layer.style.setProperty('--k', String(view.k));
  }
  svg.style.removeProperty('touch-action');
  // The path as drawn: a picture taken while its drawing waits to start (a change in the last two
  // frames, as the story's handout makes) copied it hidden (the element's #animateArcs).
  for (const el of svg.querySelectorAll<SVGElement>('.arcs *')) {
    el.style.removeProperty('fill-opacity');
    el.style.removeProperty('stroke-opacity');
  }
  // The pointer's outline belongs to the screen, not to a picture.
  svg.querySelector('.hover-ring')?.remove();
  // The colours as the screen shows them: the copied styles give the element's defaults (for
  // :host), not a site's own custom properties on the element nor the dark theme's.
  const live = getComputedStyle(map);
  for (const [name] of new Set(css.matchAll(/--jm-[\w-]+(?=\s*:)/g)))
    svg.style.setProperty(name!, live.getPropertyValue(name!).trim());
  const lineWidth = width - 2 * MARGIN;
  const lines = (className: keyof typeof FOOTER, words: string) => {
    const { size, weight } = FOOTER[className];
    return wrap(words, lineWidth, `${weight} ${size}px ${FONT}`).map((t) => ({
      text: t,
      className,
      size,
    }));
  };
  let y = height + 20;
  const footer = document.createElementNS(SVG_NS, 'g');
  const band = document.createElementNS(SVG_NS, 'rect');
  const write = (block: { text: string; className: string; size: number }, x = MARGIN) => {
    footer.append(element('text', { x, y, class: block.className }));
    footer.lastChild!.textContent = block.text;
  };
  for (const block of [
    ...lines('x-title', text.title),
    ...lines('x-caption', text.caption),
    ...lines('x-meta', text.asOf),
  ]) {
    write(block);
    y += block.size + 5;
  }
  // The legend: a sign and its words per entry, as many to a row as fit.
  const { size, weight } = FOOTER['x-meta'];
  const measure = measurer(`${weight} ${size}px ${FONT}`);
  const legend = element('g', { class: 'x-legend' });
  footer.append(legend);
  let x = MARGIN;
  y += 2;
  for (const [look, words] of legendEntries(text.legend)) {
    const w = 18 + measure(words);
    if (x > MARGIN && x + w > width - MARGIN) [x, y] = [MARGIN, y + 18];
    legend.append(legendSign(look, x, y - 11));
    write({ text: words, className: 'x-meta', size }, x + 18);
    legend.append(footer.lastChild!);
    x += w + 12;
  }
  y += 22;
  for (const block of lines('x-sources', text.sources)) {
    write(block);
    y += block.size + 5;
  }
  const total = Math.ceil(y + 6);
  band.setAttribute('x', '0');
  band.setAttribute('y', String(height));
  band.setAttribute('width', String(width));
  band.setAttribute('height', String(total - height));
  band.setAttribute('class', 'x-band');
  footer.prepend(band);
  svg.append(footer);
  // The ocean is the element's background on screen; a picture needs it drawn.
  const ocean = document.createElementNS(SVG_NS, 'rect');
  ocean.setAttribute('width', String(width));
  ocean.setAttribute('height', String(height));
  ocean.setAttribute('class', 'x-ocean');
  svg.prepend(ocean);
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('viewBox', `0 0 ${width} ${total}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(total));
  const style = document.createElementNS(SVG_NS, 'style');
  style.textContent = `${css.replace(/:host\b/g, 'svg')}
    svg { font-family: ${FONT}; }
    .x-band { fill: var(--jm-background); }
    .x-ocean { fill: var(--jm-ocean); }
    ${Object.entries(FOOTER)
      .map(([name, f]) => `.${name} { font: ${f.weight} ${f.size}px ${FONT}; fill: ${f.fill}; }`)
      .join('\n    ')}`;
  svg.prepend(style);
  return new XMLSerializer().serializeToString(svg);
}

/** Renders SVG text to a PNG Blob at `scale` times its size. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const image = new Image();
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    // The usual cause: a Content-Security-Policy whose img-src leaves out data: URLs.
    image.onerror = () =>
      reject(
        new Error('the SVG could not be drawn (a page policy without img-src data: stops it)'),
      );
  });
  // base64 of UTF-8: the caption and sources may hold any character.
  const bytes = new TextEncoder().encode(svgText);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  image.src = `data:image/svg+xml;base64,${btoa(binary)}`;
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(image.width * scale);
  canvas.height = Math.round(image.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
      'image/png',
    ),
  );
}

/**
 * The reach of the current request to every data center, one row each, as a CSV file (RFC 4180,
 * for a spreadsheet or a newsroom's own chart): the table view's rows with their ids, places and
 * coordinates. Column names are fixed identifiers (README lists them); the reach is given both as
 * its code and in the reader's words.
 */
export function reachCsv(
  world: World,
  reaches: ReadonlyMap<string, DatacenterReach>,
  locale: Locale,
  request: Omit<Request, 'datacenter'>,
): string {
  const rows = [...world.datacenters.values()].map((d) => {
    const reach = reaches.get(d.id);
    return [
      d.id,
      world.providers.get(d.provider)?.name ?? d.provider,
      d.name,
      d.city ?? '',
      locale.country(d.country, world.jurisdictions.get(d.country)?.name ?? d.country),
      d.country,
      String(d.lat),
      String(d.lon),
      reach?.reach ?? '',
      reach ? locale.t.reach[reach.reach] : '',
      (reach?.conflicts ?? []).map((id) => world.instruments.get(id)?.shortTitle ?? id).join('; '),
      request.asOf ?? '',
      request.requestType,
      request.requester,
    ];
  });
  const header = [
    'datacenter',
    'provider',
    'name',
    'city',
    'country',
    'country_id',
    'lat',
    'lon',
    'reach',
    'reach_words',
    'laws_in_the_way',
    'as_of',
    'request_type',
    'requester',
  ];
  return `${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * One CSV cell: quoted when it holds a comma, a quote or a line break. A spreadsheet runs a cell
 * that starts with = + - or @ as a formula, and a site's own data may hold any text: such a cell,
 * unless it is a plain number, starts with an apostrophe, which keeps it text (CSV injection).
 */
function csvCell(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
