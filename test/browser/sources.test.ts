// The element draws from the built-in facts and fetches their sources (half the data's bytes)
// only when a reader opens them, exports an image, or merges data of their own.
import { describe, expect, it, vi } from 'vitest';
import { mount } from './mount.js';

describe('sources on demand', () => {
  it('the Sources list loads when opened; the path does not draw again', async () => {
    const el = await mount({ 'as-of': '2019-06-01' });
    const details = () => el.shadowRoot!.querySelector<HTMLDetailsElement>('details.sources')!;
    const changes: unknown[] = [];
    el.addEventListener('jm-change', (e) => changes.push(e.detail));
    // Until asked for, the answer carries no sources (the map needs none to draw).
    expect(el.resolution!.sources).toEqual([]);
    expect(details().querySelector('summary')!.textContent!.trim()).toBe('Sources');
    const arc = el.shadowRoot!.querySelector<SVGPathElement>('.arcs .arc')!;
    // The data's notes on its sources come with them, not before.
    expect(el.shadowRoot!.textContent).not.toContain('Division V of the Consolidated');
    details().open = true;
    const listed = () => details().querySelectorAll(':scope > ul:not(.source-notes) > li');
    await vi.waitFor(() => expect(listed().length).toBeGreaterThan(3));
    expect(details().querySelector('summary')!.textContent).toMatch(/^\s*Sources \(\d+\)\s*$/);
    expect(el.resolution!.sources.length).toBe(listed().length);
    // Under them, what the data says of its sources: the CLOUD Act's short title and enactment,
    // and where the data center's place comes from.
    const notes = details().querySelector('.source-notes')!.textContent!;
    expect(notes).toMatch(
      /CLOUD Act: Enacted as Division V of the Consolidated Appropriations Act/,
    );
    expect(notes).toMatch(/Microsoft North Europe: Microsoft lists physicalLocation 'Ireland'/);
    // Same request, now with sources: announced, but the arcs are not animated a second time.
    expect(changes).toHaveLength(1);
    expect(arc.isConnected).toBe(true);
    expect(arc.getAnimations()).toEqual([]);
  });

  it('every map on the page gets the sources once one has loaded them', async () => {
    const a = await mount({ 'as-of': '2019-06-01' });
    await a.loadSources();
    const b = await mount({ 'as-of': '2019-06-01' });
    expect(b.resolution!.sources.length).toBeGreaterThan(3);
  });
});
