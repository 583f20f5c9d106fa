// A Vite plugin that keeps `blocking="render"` on a page's entry script. Vite replaces the
// entry <script type="module" src="/src/…"> with its built chunk and drops other attributes;
// this puts the attribute back on the built tag of any page whose source asked for it.
const ENTRY = /<script\b(?=[^>]*\btype="module")(?=[^>]*\bsrc=)[^>]*>/;

export function renderBlocking() {
  const asked = new Set();
  return [
    {
      name: 'jurisdiction-map-render-blocking-source',
      transformIndexHtml: {
        order: 'pre',
        handler(html, ctx) {
          if (/blocking="render"/.test(html.match(ENTRY)?.[0] ?? '')) asked.add(ctx.filename);
          return html;
        },
      },
    },
    {
      name: 'jurisdiction-map-render-blocking-built',
      transformIndexHtml: {
        order: 'post',
        handler(html, ctx) {
          // Under `npm start` the page keeps its own tag (with the attribute): nothing to do.
          if (!asked.has(ctx.filename) || /<script\b[^>]*\bblocking="render"/.test(html))
            return html;
          return html.replace(ENTRY, (tag) => tag.replace('<script', '<script blocking="render"'));
        },
      },
    },
  ];
}
