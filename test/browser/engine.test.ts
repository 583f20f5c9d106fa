// The engine runs the same in a real Chromium as in Node: no Node-only API slips in.
import { describe, expect, it } from 'vitest';
import { createWorld, reachAll, resolve } from '../../src/engine/index.js';

describe('the engine in Chromium', () => {
  it('resolves the Microsoft Ireland request and reaches every data center', () => {
    expect(navigator.userAgent).toMatch(/Chrome/);
    const world = createWorld();
    const r = resolve(world, {
      requestType: 'us-warrant',
      requester: 'US',
      datacenter: 'azure-northeurope',
      asOf: '2017-06-01',
    });
    expect(r.reach).toBe('contested');
    expect(reachAll(world, { requestType: 'mlat', requester: 'US', asOf: '2019-06-01' }).size).toBe(
      world.datacenters.size,
    );
  });
});
