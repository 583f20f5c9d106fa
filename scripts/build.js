// `npm run build`: the demo pages into dist/, the library entry (dist/index.js), the standalone
// element (dist/jurisdiction-map.js), the engine (dist/engine/) and the types (dist/types/).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { minify as terser } from 'terser';
import { build } from 'vite';
import { dataSplit } from './data-split.js';
import { banner, writeNotices } from './notices.js';
import { cssComments } from './css-comments.js';
import { templateWhitespace } from './template-whitespace.js';

// Always a production build (Lit without its dev mode), even when a test runner set NODE_ENV.
process.env.NODE_ENV = 'production';

// The demo pages and the iframe embed (index.html, story.html, embed.html and what they import),
// with relative asset URLs so dist/ works from any folder of a site.
await build({ logLevel: 'warn', base: './' });

/**
 * The name of a file loaded on demand: "fr" for the French words (src/i18n/fr.ts), "sources" for
 * the rest (src/elements/on-demand.ts: the sources, the checks of a site's data, the export).
 */
const onDemandName = (chunk) => (chunk.name === 'fr' ? 'fr' : 'sources');

/** One ES module from `entry`; `rolldownOptions` adds externals or output options. */
function library(entry, outDir, fileName, rolldownOptions, minify = false) {
  return build({
    logLevel: 'warn',
    configFile: false,
    // public/ belongs to the demo pages (built first, above); copied here it left a stray
    // start.js in dist/engine/ (the embedding review).
    publicDir: false,
    // JSON.parse("…") parses far faster than the same data as an object literal.
    json: { stringify: true, namedExports: false },
    plugins: [dataSplit(), cssComments(), templateWhitespace()],
    build: {
      outDir,
      emptyOutDir: false,
      minify,
      lib: { entry, formats: ['es'], fileName: () => fileName },
      rolldownOptions: {
        // A data file imported but unused (the engine's full built-in bundle, in the element's
        // builds, which use the split data instead) is dropped: reading JSON has no side effects.
        treeshake: { moduleSideEffects: (id) => !/\.json$/.test(id) },
        ...rolldownOptions,
      },
    },
  });
}

// The engine: the built-in data inlined; valibot stays a dependency.
await library('src/engine/index.ts', 'dist/engine', 'index.js', { external: ['valibot'] });

// The library entry for bundlers and npm: our code only; Lit, D3 and valibot stay dependencies.
await library('src/index.ts', 'dist', 'index.js', {
  external: [/^lit/, /^@lit/, /^d3-/, 'valibot'],
  // The built-in sources, the checks for a site's data and the export, loaded when needed; the
  // code both use in a third file, so that index.js exports the element alone (with
  // 'allow-extension' it also exported that code under chunk names: n, r, t). A bundler joins
  // the three; only the standalone file below must stay one file to copy.
  output: {
    chunkFileNames: (chunk) =>
      chunk.isDynamicEntry ? `index-${onDemandName(chunk)}.js` : 'index-shared.js',
  },
  preserveEntrySignatures: 'strict',
});

// jurisdiction-map/react: typed JSX for React 19. Types only; the module is empty.
await library('src/react.ts', 'dist', 'react.js', { external: [/^react/] });

// V8's compile hint (Chrome 136+; a plain comment elsewhere): compile every function of the file
// while it streams in, on a background thread, not one by one on the main thread when first
// called. Nearly all of the element's code runs while the first map is drawn. It must be the
// file's first line. Measured on the bench's page, alternating loads with and without it:
// main-thread work after the first script 201 → 169 ms at 1×, 836 → 790 ms at 4×; navigation →
// drawn 309 → 304 ms at 1× (within the noise), 1,209 → 1,127 ms at 4× (15 and 11 loads each).
// The file starts 8 (1×) to 23 ms (4×) later, its compile being longer; the saving outweighs it.
// Not on the on-demand file: most of its code (the checks) runs only for a site's own data.
const loadHint = '//# allFunctionsCalledOnLoad\n';
const entryBanner = (chunk) => (chunk.isEntry ? loadHint : '') + banner;

// The standalone element: everything (Lit, the map, the data), registering <jurisdiction-map> on
// import; the data's sources in a second file beside it, fetched when a reader asks for them, and
// the French words in a third, fetched by a map that speaks French.
// Minified in full, since library mode keeps whitespace in ES output.
const minified = true;
await library(
  'src/jurisdiction-map.ts',
  'dist',
  'jurisdiction-map.js',
  {
    // The banner names the bundled third-party code (scripts/notices.js); the minifier drops
    // the libraries' own licence comments, a post-banner stays.
    output: {
      minify: true,
      chunkFileNames: (chunk) => `jurisdiction-map-${onDemandName(chunk)}.js`,
      postBanner: entryBanner,
    },
    // Code both files use (the World's index, DataError) stays in this one, which then exports
    // it to the on-demand file under short names; otherwise it became a third file.
    preserveEntrySignatures: 'allow-extension',
  },
  minified,
);
// The same in one file, sources included, for a site that wants a single file to copy.
await library(
  'src/jurisdiction-map.ts',
  'dist',
  'jurisdiction-map.single.js',
  { output: { minify: true, codeSplitting: false, postBanner: entryBanner } },
  minified,
);

/**
 * A second minification of a standalone file by terser, after Vite's own (oxc): three passes of
 * its compressor find what one pass left, 0.5 kB gzip of the element's file (89,975 → 89,484 B on
 * 28 November 2026), which issue 6's 90 kB budget needs. Default, safe options: nothing assumes
 * more of the code than the language does. The compile hint and the licence banner, the file's
 * first lines, are kept as they are.
 */
async function squeeze(file) {
  const code = readFileSync(file, 'utf8');
  const head = code.match(/^(?:(?:\/\/#[^\n]*|\/\*![^]*?\*\/)\n)*/)[0];
  const out = await terser(code.slice(head.length), {
    module: true,
    ecma: 2022,
    compress: { passes: 3 },
    // ASCII only: see asciiOnly() below.
    format: { comments: false, ascii_only: true },
  });
  writeFileSync(file, head + asciiOnly(out.code));
}

/**
 * The file in ASCII alone: 82 B smaller in gzip (89,998 → 89,916 B on 28 November 2026,
 * measured). And V8 keeps a source as one byte a character only if every character fits in
 * Latin-1: one dash (–) or arrow (→) in a string made the whole 278 kB source two bytes a
 * character. Whether that also draws the map sooner was not settled: three A/Bs of the bench's
 * page at 1× (`bench-ab.js`, 15 loads each) gave 0.90, 0.94 and 1.00 of the time before, the
 * last on another machine. Terser escapes strings and
 * regular expressions (`ascii_only`); what it leaves, in template literals, is escaped here. A
 * `\uXXXX` escape in a template literal has the same value as its character, which is what Lit
 * and every tag in the file read (none reads `.raw`); a backslash right before such a character
 * would change it, so the build refuses one.
 */
function asciiOnly(code) {
  if (/\\[\u0080-\uffff]/.test(code)) throw new Error('a backslash before a non-ASCII character');
  return code.replace(
    /[\u0080-\uffff]/g,
    (char) => '\\u' + char.charCodeAt(0).toString(16).padStart(4, '0'),
  );
}
for (const name of ['', '-sources', '-fr', '.single'])
  await squeeze(`dist/jurisdiction-map${name}.js`);

// The licences of the third-party code and data in the files above, beside them.
writeNotices();

// Declarations only; the JavaScript comes from Vite above.
const tsc = spawnSync('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
console.log(
  'built dist/ (demo pages, index.js, jurisdiction-map.js + -sources.js + -fr.js, jurisdiction-map.single.js, engine/, types/)',
);
