// A Vite plugin for builds: drops the comments and line breaks inside Lit's css`…` templates. They explain the
// styles to a reader of src/elements/styles.ts; no minifier touches a template literal, so in the
// built element they were 4 kB of text (1.7 kB gzip of its 90 kB budget) for every reader's
// browser to download and parse. Source, tests and the dev server keep them.
export function cssComments() {
  return {
    name: 'jm-css-comments',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('css`')) return null;
      // A css`…` template holds no backtick of its own (styles.ts has none).
      // Then the line breaks and indentation: each run of white space that holds a line break is
      // one space, and none is left beside { } or ;, nor after a colon or a comma (a selector's
      // colon has none after it; styles.ts has no CSS string, the one place where these spaces
      // would be text). A space before a colon, as in "a :hover", carries meaning and stays.
      // A block's last semicolon goes too (CSS needs none before }), and the spaces around a
      // slash (grid-column: 1 / -1, a colour's alpha), which CSS needs nowhere.
      // Last, a number's leading zero (0.5 is .5, as a minifier writes it; not the 0 of 10.5).
      const out = code.replace(/css`[^`]*`/g, (template) =>
        template
          .replace(/\/\*[^]*?\*\//g, '')
          .replace(/\s*\n\s*/g, ' ')
          .replace(/ ?([{};]) ?/g, '$1')
          .replace(/;}/g, '}')
          .replace(/ \/ /g, '/')
          .replace(/([:,]) /g, '$1')
          .replace(/(^|[^\w.])0\.(\d)/g, '$1.$2'),
      );
      return out === code ? null : { code: out, map: null };
    },
  };
}
