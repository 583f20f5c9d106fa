// The speaker notes come with the sources (notes.test.ts); when those cannot be loaded, the caption
// says so rather than "No notes for this step", which would be wrong for a step that has some.
import { describe, expect, it, vi } from 'vitest';
import { mount } from './mount.js';

// The sources cannot be had, as on a flaky network. (A factory that throws is reported by the
// test runner itself as an error; a module whose sources throw fails the same load.)
vi.mock('../../src/elements/on-demand.js', () => ({
  get sources() {
    throw new Error('offline');
  },
}));

describe('speaker notes that cannot be loaded', () => {
  it('say so, in the caption', async () => {
    const el = await mount({ scenario: 'microsoft-ireland', step: '1' });
    el.shadowRoot!.querySelector<HTMLElement>('.caption-nav button[aria-pressed]')!.click();
    const notes = () => el.shadowRoot!.querySelector('.caption-notes')!.textContent;
    await vi.waitFor(() =>
      expect(notes()).toBe(
        'The notes could not be loaded. Turn them off and on to try again, or reload the page.',
      ),
    );
    // The map still answers.
    expect(el.resolution!.request.requestType).toBe('us-warrant');
  });
});
