// Any attribute value, in any order, on a live <jurisdiction-map>: no uncaught error, no rejected
// update, and the map stays drawn (every country, every data-center marker, a resolution).
// Random strings (UTF-16 units, any code point, graphemes), hostile values and valid ids mixed,
// so sequences reach real states (a scenario, then a hostile step); on a map as loaded and on one
// whose pickers a reader has reached. VITE_FUZZ_RUNS sets the count.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JurisdictionMap } from '../../src/jurisdiction-map.js';
import { createWorld, scenarioStep } from '../../src/engine/index.js';
import { fuzzRuns, fuzzTimeout } from '../fuzz-runs.js';
import { mount } from './mount.js';

const RUNS = fuzzRuns(30, 0.2);
/** The slow suite sweeps every hostile value; npm test the few that broke or could break it. */
const SLOW = fuzzRuns(0) > 0;

/** Every attribute the element observes, except src (a URL it fetches; see the XSS test). */
const ATTRIBUTES = [...(JurisdictionMap.observedAttributes as string[])].filter((a) => a !== 'src');

const DEFAULTS: Record<string, string> = {
  'request-type': 'us-warrant',
  requester: 'US',
  datacenter: 'azure-northeurope',
  'as-of': '2019-06-01',
};

const HOSTILE = [
  '',
  ' ',
  '\t\n',
  '\u0000',
  '\uD800',
  '\uDFFF\uD800',
  '\u202E',
  '𝕏😀👨‍👩‍👧',
  '<img src=x onerror="window.__fuzzXss=1">',
  '"><script>window.__fuzzXss=1</script>',
  "');window.__fuzzXss=1;('",
  'javascript:window.__fuzzXss=1',
  '${window.__fuzzXss=1}',
  '{{constructor.constructor("window.__fuzzXss=1")()}}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '0',
  '-0',
  '1',
  '1.5',
  '0x10',
  '1e309',
  '1e-320',
  '9'.repeat(400),
  'x'.repeat(100_000),
  '2019-02-30',
  '0000-01-01',
  '9999-12-31',
  '+275760-09-13',
  '2019-06-01T00:00:00Z',
  'none',
  'lazy',
  'eager',
  'dark',
  'light',
  'en',
  'fr',
  'zz-ZZ-x-1',
];

const CORE = [
  '',
  '\uD800',
  '<img src=x onerror="window.__fuzzXss=1">',
  '__proto__',
  'constructor',
  'NaN',
  '-1',
  '1e309',
  'x'.repeat(100_000),
  '2019-02-30',
  '0000-01-01',
  'none',
  'lazy',
  'dark',
];
const SWEEP = SLOW ? HOSTILE : CORE;

/** Real values, so a sequence can reach a scenario, a comparison or another request. */
const VALID = [
  'us-warrant',
  'mlat',
  'eu-production-order',
  'emergency-request',
  'US',
  'GB',
  'DE',
  'CN',
  'IE',
  'EU',
  'azure-northeurope',
  'aws-us-east-1',
  'aws-cn-north-1',
  '2014-06-01',
  '2017-06-01',
  '2026-06-01',
  'microsoft-ireland',
  'eu-e-evidence',
  'data-in-china',
  '2',
  '7',
  '8',
];

const value = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(...HOSTILE),
  fc.constantFrom(...VALID),
);
/** Set an attribute to a value, or remove it (null). */
const op = fc.record({
  name: fc.constantFrom(...ATTRIBUTES),
  value: fc.option(value, { freq: 8 }),
});

// Errors nobody caught: thrown from a handler or timer, or a rejected promise.
const uncaught: unknown[] = [];
const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
beforeAll(() => {
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
afterAll(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});

/** Waits for the element's update and the one its updated() may ask for; rejects if one threw. */
async function settle(el: JurisdictionMap): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
  // A macrotask: errors from timers and promise chains the update started surface by now.
  await new Promise((r) => setTimeout(r));
}

function expectDrawn(el: JurisdictionMap, markers: number, after: string): void {
  const root = el.shadowRoot!;
  expect(uncaught, `uncaught after ${after}`).toEqual([]);
  expect(root.querySelector('svg.map'), `no map after ${after}`).not.toBeNull();
  expect(
    root.querySelectorAll('path.country').length,
    `countries after ${after}`,
  ).toBeGreaterThanOrEqual(170);
  expect(root.querySelectorAll('.marker[data-id]').length, `markers after ${after}`).toBe(markers);
  expect(el.resolution, `no resolution after ${after}`).not.toBeNull();
  expect(
    (window as { __fuzzXss?: unknown }).__fuzzXss,
    `script ran after ${after}`,
  ).toBeUndefined();
}

async function reset(el: JurisdictionMap): Promise<void> {
  for (const name of ATTRIBUTES) if (!(name in DEFAULTS)) el.removeAttribute(name);
  for (const [name, v] of Object.entries(DEFAULTS)) el.setAttribute(name, v);
  await settle(el);
  // Each case starts clean, so a failure is reported (and shrunk) for the case that caused it.
  uncaught.length = 0;
}

/** Two maps: one as the page loads it, one whose pickers a reader has reached (their long lists
 * made, the date a real date field), as controls.ts renders each state differently. */
async function mountBoth(): Promise<JurisdictionMap[]> {
  const fresh = await mount(DEFAULTS);
  const reached = await mount(DEFAULTS);
  reached.shadowRoot!.querySelector<HTMLSelectElement>('.controls select')!.focus();
  await reached.updateComplete;
  expect(reached.shadowRoot!.querySelector('.date-field')!.getAttribute('type')).toBe('date');
  return [fresh, reached];
}

const show = (s: string | null) =>
  s === null ? 'removed' : JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…(${s.length})` : s);

describe('<jurisdiction-map> under any attribute values', () => {
  it('covers the attributes the README lists', () => {
    for (const name of ['request-type', 'requester', 'datacenter', 'as-of', 'scenario', 'step']) {
      expect(ATTRIBUTES).toContain(name);
    }
    for (const name of ['compare-datacenter', 'autoplay', 'theme', 'controls', 'panel', 'loading'])
      expect(ATTRIBUTES).toContain(name);
  });

  it(
    `${SWEEP.length} hostile values on every attribute: no uncaught error, the map stays drawn`,
    async () => {
      for (const el of await mountBoth()) {
        const markers = el.shadowRoot!.querySelectorAll('.marker[data-id]').length;
        for (const name of ATTRIBUTES) {
          await reset(el);
          for (const v of SWEEP) {
            el.setAttribute(name, v);
            await settle(el);
            expectDrawn(el, markers, `${name}=${show(v)}`);
          }
          el.removeAttribute(name);
          await settle(el);
          expectDrawn(el, markers, `removing ${name}`);
        }
      }
    },
    fuzzTimeout(2 * ATTRIBUTES.length * SWEEP.length, 300),
  );

  it(
    `random attribute sequences: no uncaught error, the map stays drawn (${RUNS} cases)`,
    async () => {
      const both = await mountBoth();
      const markers = both[0]!.shadowRoot!.querySelectorAll('.marker[data-id]').length;
      await fc.assert(
        fc.asyncProperty(
          fc.boolean(),
          fc.array(op, { minLength: 1, maxLength: 6 }),
          async (reached, ops) => {
            const el = both[reached ? 1 : 0]!;
            await reset(el);
            for (const { name, value: v } of ops) {
              if (v === null) el.removeAttribute(name);
              else el.setAttribute(name, v);
              await settle(el);
              const after = ops.map((o) => `${o.name}=${show(o.value)}`).join(', ');
              expectDrawn(el, markers, `${after}${reached ? ' (pickers reached)' : ''}`);
            }
          },
        ),
        { numRuns: RUNS },
      );
    },
    fuzzTimeout(RUNS, 1500),
  );

  it('reads properties set to numbers, booleans, arrays or objects as their attributes', async () => {
    // React 19 sets a known property as a property: step={3}, autoplay={false} (src/react.ts
    // types both). Each threw in every update (.trim of a number) and left the map undrawn.
    const el = await mount({ scenario: 'microsoft-ireland', step: '2', 'as-of': '2019-06-01' });
    await settle(el);
    uncaught.length = 0;
    const props = el as unknown as Record<string, unknown>;
    props.step = 3;
    await settle(el);
    expect(el.getAttribute('step')).toBe('3');
    expect(el.resolution?.request).toEqual(
      scenarioStep(createWorld(), 'microsoft-ireland', 3).request,
    );
    props.autoplay = true;
    await settle(el);
    expect(el.getAttribute('autoplay')).toBe('');
    props.autoplay = false;
    await settle(el);
    expect(el.hasAttribute('autoplay')).toBe(false);
    props.providers = ['aws', 'gcp'];
    await settle(el);
    expect(el.getAttribute('providers')).toBe('aws,gcp');
    const shown = el.shadowRoot!.querySelectorAll('.marker[data-id]');
    expect(
      [...shown].every((m) => /^(aws|gcp)-|^azure-northeurope$/.test(m.getAttribute('data-id')!)),
    ).toBe(true);
    const errors: string[] = [];
    el.addEventListener('jm-error', (e) => errors.push((e as CustomEvent).detail.message));
    props.theme = 1;
    props.country = { id: 'IE' };
    props.lang = 5;
    props.controls = false;
    // An object that cannot become a string at all.
    props.providers = Object.create(null);
    await settle(el);
    expect(errors.join(' ')).toMatch(/theme[\s\S]*"1"|"1"[\s\S]*theme/);
    expect(errors.join(' ')).toContain('[object Object]');
    expect(uncaught).toEqual([]);
    expect(el.shadowRoot!.querySelectorAll('path.country').length).toBeGreaterThanOrEqual(170);
  });
});
