// Custom Elements Manifest (custom-elements.json): generated from the element's JSDoc and Lit
// decorators by `npm run manifest`; editors and docs tools read it (package.json customElements).
export default {
  globs: ['src/elements/jurisdiction-map.ts'],
  // The test writes to a temporary folder to compare with the committed file.
  outdir: process.env.CEM_OUTDIR ?? '.',
  // Only `npm run manifest` may point package.json's customElements at the file it writes; the
  // test's check into a temporary folder must leave package.json alone.
  packagejson: !process.env.CEM_CHECK,
  litelement: true,
};
