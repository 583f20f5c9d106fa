// A presenter's speaker notes for the built-in scenarios come with the data's sources, which the
// element loads on demand (scripts/data-split.js). In a file of its own: the sources, once loaded,
// stay loaded for every map on the page.
import { describe, expect, it, vi } from 'vitest';
import { mount } from './mount.js';

describe('speaker notes on demand', () => {
  it("a presenter's notes come with the sources, loaded when first turned on", async () => {
    const el = await mount({ scenario: 'microsoft-ireland', step: '1' });
    const notes = () => el.shadowRoot!.querySelector('.caption-notes');
    const steps: unknown[] = [];
    el.addEventListener('jm-step', (e) => steps.push(e.detail));
    expect(el.scenarioView!.notes).toBeUndefined();
    el.shadowRoot!.querySelector<HTMLElement>('.caption-nav button[aria-pressed]')!.click();
    await el.updateComplete;
    // Not "No notes for this step" while they load: that would be wrong for this step.
    expect(notes()!.textContent).toBe('Loading the notes…');
    expect(notes()!.getAttribute('role')).toBe('status');
    // (The test server may still be compiling the sources' module.)
    const status = notes();
    await vi.waitFor(() => expect(notes()!.textContent).toMatch(/Francis/), { timeout: 10_000 });
    // The same status, its words changed, so a screen reader hears the notes come (a new
    // element arrived unannounced; the keyboard review).
    expect(notes()).toBe(status);
    expect(el.scenarioView!.notes).toMatch(/Francis/);
    // The step is not applied again (which would send a second jm-step and frame it anew).
    expect(steps).toEqual([]);
    expect(el.resolution!.sources.length).toBeGreaterThan(0);
  });
});
