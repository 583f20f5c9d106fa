// The third-party code and data the built files carry, for the banner of the standalone files
// and THIRD-PARTY-NOTICES.md (`npm run build` writes both). A minifier drops the libraries' own
// licence comments, and BSD-3-Clause and ISC ask that copies keep the notice.
import { readFileSync, writeFileSync } from 'node:fs';

export const THIRD_PARTY = [
  {
    name: 'Lit (lit, lit-html, lit-element, @lit/reactive-element)',
    licence: 'BSD-3-Clause',
    file: 'node_modules/lit/LICENSE',
  },
  { name: 'valibot', licence: 'MIT', file: 'node_modules/valibot/LICENSE.md' },
  {
    name: 'd3-geo (ported in src/map/projection.ts: the Natural Earth projection and great-circle arcs)',
    licence: 'ISC',
    file: 'node_modules/d3-geo/LICENSE',
  },
  {
    name: 'world-atlas 2.0.2 (the base map; its shapes are Natural Earth, in the public domain)',
    licence: 'ISC',
    file: 'node_modules/world-atlas/LICENSE',
  },
];

/** One legal comment for the top of a built file; the minifier leaves a banner alone. */
export const banner =
  '/*! Jurisdiction Map (MIT). Bundles ' +
  THIRD_PARTY.map((p) => `${p.name.split(' (')[0]} (${p.licence})`).join(', ') +
  '. Licences in full: THIRD-PARTY-NOTICES.md beside this file. */';

/** Writes THIRD-PARTY-NOTICES.md with each licence in full. */
export function writeNotices(path = 'dist/THIRD-PARTY-NOTICES.md') {
  const parts = THIRD_PARTY.map(
    (p) =>
      `## ${p.name}\n\n${p.licence}\n\n\`\`\`text\n${readFileSync(p.file, 'utf8').trim()}\n\`\`\`\n`,
  );
  writeFileSync(
    path,
    `# Third-party notices\n\nThe built files in \`dist/\` include the following code and data.\n\n${parts.join('\n')}`,
  );
}
