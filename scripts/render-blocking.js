// A Vite plugin that keeps a page's render-blocking scripts as its source wrote them. Vite
// replaces the entry <script type="module" src="/src/…"> with its built chunk, drops the entry's
// other attributes and puts it at the end of the head. This puts `blocking="render"` back on the
// built entry of any page whose source asked for it, and puts the deferred classic scripts that
// the source wrote after the entry (public/start.js) after it again: deferred scripts run in the
// page's order, and such a script counts on the entry having run.
const ENTRY = /<script\b(?=[^>]*\btype="module")(?=[^>]*\bsrc=)[^>]*><\/script>/;
const DEFERRED_CLASSIC =
  /<script\b(?![^>]*\btype=)(?=[^>]*\bdefer\b)(?=[^>]*\bsrc=)[^>]*><\/script>/g;

export function renderBlocking() {
  const asked = new Set();
  const after = new Set();
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
          if (DEFERRED_CLASSIC.test(rest)) after.add(ctx.filename);
          DEFERRED_CLASSIC.lastIndex = 0;
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
          // Under `npm start` the page keeps its own tags, in its order: nothing to do.
          if (!entry || /\bblocking="render"/.test(entry)) return html;
          let built = entry;
          if (asked.has(ctx.filename))
            built = built.replace('<script', '<script blocking="render"');
          if (after.has(ctx.filename)) {
            const moved = html.match(DEFERRED_CLASSIC) ?? [];
            for (const tag of moved) html = html.replace(tag, '');
            built += moved.map((tag) => `\n    ${tag}`).join('');
          }
          return html.replace(entry, built);
        },
      },
    },
  ];
}
