// The build's template whitespace plugin: html`` and svg`` lose their indentation, nothing else
// changes (scripts/template-whitespace.js).
import { describe, expect, it } from 'vitest';
import { collapseTemplates } from '../../scripts/template-whitespace.js';

describe('collapseTemplates', () => {
  it('makes each line-broken run of white space in html`` and svg`` one space, nested ones too', () => {
    const code = [
      'const a = html`<div>',
      '    <p>${x}</p>',
      '    ${items.map((i) => svg`<g>',
      '      <path d=${i}></path>',
      '    </g>`)}',
      '  </div>`;',
    ].join('\n');
    expect(collapseTemplates(code)).toBe(
      'const a = html`<div> <p>${x}</p> ${items.map((i) => svg`<g> <path d=${i}></path> </g>`)} </div>`;',
    );
  });

  it('leaves the ${…} expressions, other templates and single spaces as they are', () => {
    const code = [
      'const t = `line one',
      'line two`;',
      'const c = css`a {',
      '  b: c;',
      '}`;',
      'const h = html`<p>a  b ${f(',
      '  1,',
      '  2,',
      ')} c</p>`;',
    ].join('\n');
    expect(collapseTemplates(code)).toBe(code);
  });
});
