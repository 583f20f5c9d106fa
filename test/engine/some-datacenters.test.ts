// A World narrowed to some data centers (the element's `providers` filter) keeps the rest of the
// World as it is, and answers requests for the data centers it kept as the whole World does.
import { describe, expect, it } from 'vitest';
import { createWorld, reachAll, resolve, someDatacenters } from '../../src/engine/index.js';

const world = createWorld();

describe('someDatacenters', () => {
  const azure = someDatacenters(world, (d) => d.provider === 'azure');

  it("keeps only the data centers asked for, and leaves the World's own untouched", () => {
    const kept = [...azure.datacenters.values()];
    expect(kept.length).toBe(
      [...world.datacenters.values()].filter((d) => d.provider === 'azure').length,
    );
    expect(kept.length).toBeGreaterThan(5);
    expect(kept.every((d) => d.provider === 'azure')).toBe(true);
    expect(world.datacenters.size).toBeGreaterThan(kept.length);
  });

  it('shares everything else, its date of checking included', () => {
    expect(azure.instruments).toBe(world.instruments);
    expect(azure.jurisdictions).toBe(world.jurisdictions);
    expect(azure.providers).toBe(world.providers);
    expect(azure.checked).toBe(world.checked);
  });

  it('answers as the whole World does for what it kept', () => {
    const request = {
      requestType: 'mlat',
      requester: 'DE',
      datacenter: 'azure-northeurope',
      asOf: '2026-09-01',
    };
    expect(resolve(azure, request)).toEqual(resolve(world, request));
    const all = reachAll(world, request);
    for (const [id, reach] of reachAll(azure, request)) expect(reach).toEqual(all.get(id));
  });
});
