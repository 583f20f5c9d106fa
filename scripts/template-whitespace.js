// A Vite plugin for builds: in Lit's html`…` and svg`…` templates, each run of white space that
// holds a line break (the source's indentation) becomes one space. No minifier touches a template
// literal, so the built element carried every template's indentation: about 450 bytes gzip of its
// 90 kB budget, and whitespace text nodes for Lit to clone at each render. One space renders as
// the run did (HTML and SVG collapse white space; no template holds a <pre>, and the one rule with
// `white-space: pre-line`, .error p, has no line break in its template). Only the templates' own
// text is changed, never the ${…} expressions in them: TypeScript's parser finds them. Source,
// tests and the dev server keep the indentation.
import ts from 'typescript';

/** The template literals' text pieces of every html`` and svg`` in `code`, as [start, end]. */
function templateTexts(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const pieces = [];
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      (node.tag.text === 'html' || node.tag.text === 'svg')
    ) {
      const t = node.template;
      const literals = ts.isNoSubstitutionTemplateLiteral(t)
        ? [t]
        : [t.head, ...t.templateSpans.map((span) => span.literal)];
      // Each literal's text lies between its delimiters: ` or } before, ` or ${ after.
      for (const literal of literals) {
        const start = literal.getStart(source) + 1;
        const end =
          literal.getEnd() - (ts.isTemplateHead(literal) || ts.isTemplateMiddle(literal) ? 2 : 1);
        pieces.push([start, end]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return pieces;
}

/** `code` with the line-broken white space in its html`` and svg`` templates made one space. */
export function collapseTemplates(code, fileName = 'module.ts') {
  let out = code;
  // From the end, so that earlier positions stay true.
  for (const [start, end] of templateTexts(code, fileName).sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + out.slice(start, end).replace(/\s*\n\s*/g, ' ') + out.slice(end);
  }
  return out;
}

export function templateWhitespace() {
  return {
    name: 'jm-template-whitespace',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/src/') || !/\.ts$/.test(id) || !/\b(html|svg)`/.test(code)) return null;
      const out = collapseTemplates(code, id);
      return out === code ? null : { code: out, map: null };
    },
  };
}
