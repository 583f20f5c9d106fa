// `npm run build`: the demo page into dist/, and the engine as an ES module with its types into
// dist/engine/ for `import … from 'jurisdiction-map/engine'` in Node or a bundler.
import { spawnSync } from 'node:child_process';
import { build } from 'vite';

// The demo page (index.html and what it imports).
await build({ logLevel: 'warn' });

// The engine: one ES module with the built-in data inlined; valibot stays a dependency.
await build({
  logLevel: 'warn',
  configFile: false,
  build: {
    outDir: 'dist/engine',
    emptyOutDir: false,
    minify: false,
    lib: { entry: 'src/engine/index.ts', formats: ['es'], fileName: () => 'index.js' },
    rolldownOptions: { external: ['valibot'] },
  },
});

// The library entry for bundlers and npm: our code only; Lit, D3 and valibot stay dependencies.
await build({
  logLevel: 'warn',
  configFile: false,
  json: { stringify: true, namedExports: false },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'index.js' },
    rolldownOptions: { external: [/^lit/, /^@lit/, /^d3-/, 'valibot'] },
  },
});

// The standalone element: one ES module with everything (Lit, D3, the map, the data) that
// registers <jurisdiction-map> on import.
await build({
  logLevel: 'warn',
  configFile: false,
  // JSON.parse("…") parses far faster than the same data as an object literal.
  json: { stringify: true, namedExports: false },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    // Library mode keeps whitespace in ES output; this file is for browsers, so minify it all.
    rolldownOptions: { output: { minify: true } },
    lib: {
      entry: 'src/jurisdiction-map.ts',
      formats: ['es'],
      fileName: () => 'jurisdiction-map.js',
    },
  },
});

// Declarations only; the JavaScript comes from Vite above.
const tsc = spawnSync('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
console.log('built dist/ (demo pages, index.js, jurisdiction-map.js, engine/, types/)');
