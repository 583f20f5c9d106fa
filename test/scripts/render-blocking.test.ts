// The build's plugin that keeps a page's render-blocking scripts as its source wrote them
// (scripts/render-blocking.js): the entry's blocking="render", and the deferred classic scripts
// written after the entry kept after it, in builds only.
import { describe, expect, it } from 'vitest';
import { renderBlocking } from '../../scripts/render-blocking.js';

const SOURCE = `<head>
<script defer src="/before.js"></script>
<script type="module" src="/src/main.ts" blocking="render"></script>
<script src="/start.js" defer fetchpriority="high" blocking="render"></script>
</head>`;
// As Vite writes it: the built entry at the end of the head, without the attribute.
const BUILT = `<head>
<script defer src="./before.js"></script>
<script src="./start.js" defer fetchpriority="high" blocking="render"></script>
<script type="module" crossorigin src="./assets/index-x.js"></script>
</head>`;
const DEV = `<head>
<script type="module" src="/@vite/client"></script>
<script type="module" src="/src/main.ts" blocking="render"></script>
<script src="/start.js" defer fetchpriority="high" blocking="render"></script>
</head>`;

function run(built: string, server?: object) {
  const [source, after] = renderBlocking();
  const ctx = { filename: '/p/index.html', server };
  source!.transformIndexHtml.handler(SOURCE, ctx);
  return after!.transformIndexHtml.handler(built, ctx) as string;
}

describe('renderBlocking', () => {
  it('gives the built entry blocking="render" and puts the script written after it after it', () => {
    const out = run(BUILT);
    expect(out).toContain(
      '<script blocking="render" type="module" crossorigin src="./assets/index-x.js">',
    );
    expect(out.indexOf('index-x.js')).toBeLessThan(out.indexOf('start.js'));
    // A deferred script the source wrote before the entry stays before it.
    expect(out.indexOf('before.js')).toBeLessThan(out.indexOf('index-x.js'));
  });

  it("leaves the dev server's page as it is (its client script is no entry)", () => {
    expect(run(DEV, {})).toBe(DEV);
  });
});
