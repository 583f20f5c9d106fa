// A Vite plugin that keeps a page's render-blocking scripts as its source wrote them, in builds.
// Vite replaces the entry <script type="module" src="/src/…"> with its built chunk, drops the
// entry's other attributes and puts it at the end of the head. This puts `blocking="render"` back
// on the built entry of any page whose source asked for it, and puts the deferred classic scripts
// that the source wrote after the entry (public/start.js) after it again: deferred scripts run in
// the page's order, and such a script counts on the entry having run. The dev server (`npm
// start`) keeps the page's own tags in its order, after its client script: nothing to do there.
const ENTRY = /<script\b(?=[^>]*\btype="module")(?=[^>]*\bsrc=)[^>]*><\/script>/;
const DEFERRED_CLASSIC =
  /<script\b(?![^>]*\btype=)(?=[^>]*\bdefer\b)[^>]*\bsrc="([^"]*)"[^>]*><\/script>/g;
const fileName = (src) => src.split('/').pop();

export function renderBlocking() {
  const asked = new Set();
  /** Per page: the file names of the deferred classic scripts its source wrote after the entry. */
  const after = new Map();
  return [
    {
      name: 'jurisdiction-map-render-blocking-source',
      transformIndexHtml: {
        order: 'pre',
        handler(html, ctx) {
          const entry = html.match(ENTRY);
          if (!entry) return html;
          if (/blocking="render"/.test(entry[0])) asked.add(ctx.filename);
          const rest = html.slice(entry.index + entry[0].length);
          after.set(
            ctx.filename,
            new Set([...rest.matchAll(DEFERRED_CLASSIC)].map((m) => fileName(m[1]))),
          );
          return html;
        },
      },
    },
    {
      name: 'jurisdiction-map-render-blocking-built',
      transformIndexHtml: {
        order: 'post',
        handler(html, ctx) {
          const entry = html.match(ENTRY)?.[0];
          if (ctx.server || !entry) return html;
          let built = entry;
          if (asked.has(ctx.filename) && !/\bblocking="render"/.test(entry))
            built = built.replace('<script', '<script blocking="render"');
          const names = after.get(ctx.filename) ?? new Set();
          const moved = [...html.matchAll(DEFERRED_CLASSIC)]
            .filter((m) => names.has(fileName(m[1])))
            .map((m) => m[0]);
          for (const tag of moved) html = html.replace(tag, '');
          built += moved.map((tag) => `\n    ${tag}`).join('');
          return html.replace(entry, built);
        },
      },
    },
  ];
}
