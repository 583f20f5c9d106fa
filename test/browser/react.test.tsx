// The README's React 19 example (examples/react/App.tsx) rendered by react-dom in Chromium: the
// attributes arrive, `data` is set as a property, `onjm-change` listens, and a state change in
// React re-renders the map. tsc checks the JSX types, including the lines below that must fail.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JurisdictionMap } from 'jurisdiction-map';
import { App } from '../../examples/react/App.js';

// React's act() needs this flag outside a test renderer.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let box: HTMLElement | undefined;
afterEach(() => {
  act(() => root?.unmount());
  box?.remove();
});

function render(bundle?: object) {
  box = document.createElement('div');
  box.style.width = '1000px';
  document.body.append(box);
  root = createRoot(box);
  act(() => root!.render(<App bundle={bundle} />));
  return box.querySelector('jurisdiction-map') as JurisdictionMap;
}

describe('React 19', () => {
  it('renders the element with its attributes and hears jm-change through onjm-change', async () => {
    const el = render();
    expect(el.getAttribute('request-type')).toBe('us-warrant');
    expect(el.getAttribute('as-of')).toBe('2017-06-01');
    await vi.waitFor(() =>
      expect(box!.querySelector('[role=status]')!.textContent).toBe('Reach: contested'),
    );
    // A React state change moves the date; the map answers and React hears it.
    act(() => box!.querySelector('button')!.click());
    await vi.waitFor(() =>
      expect(box!.querySelector('[role=status]')!.textContent).toBe('Reach: direct'),
    );
    expect(el.resolution!.request.asOf).toBe('2019-06-01');
  });

  it('sets data as a property, so a bundle object reaches the map', async () => {
    const bundle = await (await fetch('/examples/custom-bundle.json')).json();
    const el = render(bundle);
    expect(el.data).toBe(bundle);
    expect(el.hasAttribute('data')).toBe(false);
    await vi.waitFor(() =>
      expect(el.shadowRoot!.querySelector('.marker[data-id="hetzner-fsn1"]')).not.toBeNull(),
    );
  });
});

// Type checks only (never rendered): wrong values are compile errors, so tsc in `npm test` fails
// if the JSX declaration is lost or loosened.
export const typeChecks = [
  // @ts-expect-error loading is "eager" or "lazy"
  <jurisdiction-map loading="soon" />,
  // @ts-expect-error an event handler gets the event, typed: detail.resolution exists
  <jurisdiction-map onjm-change={(e) => e.detail.nothing} />,
  <jurisdiction-map bundle-mode="replace" step={2} onjm-select={(e) => e.detail.kind} />,
];
