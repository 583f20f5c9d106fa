// Exporting the current view as a picture: the map as drawn, with a footer that carries the
// caption, the as-of date, a legend line and the sources, so the image explains itself when it
// is pasted into slides or an article. SVG as text; PNG by drawing that SVG on a canvas (from a
// data: URL, which a strict img-src 'self' data: policy allows).

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface ExportText {
  title: string;
  caption: string;
  /** "As of 25 May 2018", in the reader's words. */
  asOf: string;
  legend: string;
  sources: string;
}

/** The footer's kinds of line: their class, font and colour. */
const FOOTER = {
  'x-title': { size: 15, weight: 700, fill: '#1d2433' },
  'x-caption': { size: 14, weight: 400, fill: '#1d2433' },
  'x-meta': { size: 11, weight: 400, fill: '#4a5568' },
  'x-sources': { size: 10, weight: 400, fill: '#4a5568' },
} as const;
const FONT = 'system-ui, sans-serif';
/** The footer's left and right margin. */
const MARGIN = 12;

/**
 * Splits text into lines no wider than `width` pixels in `font`, at spaces, measured on a canvas
 * in the fonts that will draw the picture. (A count of characters, as before, cut the title off
 * the right edge of a phone-sized picture: a bold line is wider than its count suggests.)
 */
function wrap(text: string, width: number, font: string): string[] {
  const context = document.createElement('canvas').getContext('2d');
  // Without a canvas, about half an em a character.
  const em = parseFloat(font.replace(/^\d+ /, ''));
  const measure = (line: string) =>
    context ? context.measureText(line).width : line.length * em * 0.55;
  if (context) context.font = font;
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
  const lineWidth = width - 2 * MARGIN;
  const blocks = (
    [
      ['x-title', text.title],
      ['x-caption', text.caption],
      ['x-meta', `${text.asOf} · ${text.legend}`],
      ['x-sources', text.sources],
    ] as const
  ).flatMap(([className, words]) => {
    const { size, weight } = FOOTER[className];
    return wrap(words, lineWidth, `${weight} ${size}px ${FONT}`).map((t) => ({
      text: t,
      className,
      size,
    }));
  });
  let y = height + 20;
  const footer = document.createElementNS(SVG_NS, 'g');
  const band = document.createElementNS(SVG_NS, 'rect');
  for (const block of blocks) {
    const line = document.createElementNS(SVG_NS, 'text');
    line.setAttribute('x', String(MARGIN));
    line.setAttribute('y', String(y));
    line.setAttribute('class', block.className);
    line.textContent = block.text;
    footer.append(line);
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
    .x-band { fill: #ffffff; }
    .x-ocean { fill: #eef4f9; }
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
