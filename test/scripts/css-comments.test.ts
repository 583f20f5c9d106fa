// The build's plugin for Lit's css`` templates (scripts/css-comments.js): comments, line breaks
// and leading zeros go, the styles' meaning stays.
import { describe, expect, it } from 'vitest';
import { cssComments } from '../../scripts/css-comments.js';

const transform = (code: string) =>
  (cssComments().transform(code, '/x/src/styles.ts') as { code: string } | null)?.code;

describe('cssComments', () => {
  it('drops comments, line breaks and the spaces around braces, colons and semicolons', () => {
    const code = [
      'const s = css`',
      '  /* why */',
      '  a :hover {',
      '    b: c;',
      '    d: e;',
      '  }',
      '`;',
    ];
    expect(transform(code.join('\n'))).toBe('const s = css` a :hover{b:c;d:e}`;');
  });

  it("drops a block's last semicolon and the spaces around a slash", () => {
    const code = 'const s = css`a{grid-column:1 / -2;color:rgb(0 0 0 / 50%);}`;';
    expect(transform(code)).toBe('const s = css`a{grid-column:1/-2;color:rgb(0 0 0/50%)}`;');
  });

  it('writes 0.5 as .5, in a calc() and after a minus too, and leaves 10.5 and 0 as they are', () => {
    const code = 'const s = css`a{b:calc(0.5 * 1px);c:fill 0.6s;d:-0.25em;e:10.5px;f:0;g:1.05}`;';
    expect(transform(code)).toBe(
      'const s = css`a{b:calc(.5 * 1px);c:fill .6s;d:-.25em;e:10.5px;f:0;g:1.05}`;',
    );
  });

  it('leaves code outside css`` alone', () => {
    expect(transform('const x = `0.5`; const y = 0.5;')).toBeUndefined();
  });
});
