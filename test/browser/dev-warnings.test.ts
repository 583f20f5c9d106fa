// A site developing with Lit's development build (the npm package, unbundled) sees Lit's warnings
// in its console. The element's measured first render (wide, with its pickers) schedules an
// update from the one before, by design; it must not fill that site's console. A file of its own:
// Lit issues each warning once per page, and each test file runs in a fresh page.
import { expect, it, vi } from 'vitest';
import { mount } from './mount.js';

it('raises no Lit development warning for the measured first render', async () => {
  const warn = vi.spyOn(console, 'warn');
  try {
    const el = await mount({}, { width: 1350, height: 761 });
    expect(el.shadowRoot!.querySelector('svg.map[viewBox]')).not.toBeNull();
    const lit = warn.mock.calls
      .map((args) => String(args[0]))
      .filter((m) => /lit\.dev\/msg/.test(m));
    expect(lit.filter((m) => !/dev-mode/.test(m))).toEqual([]);
  } finally {
    warn.mockRestore();
  }
});
