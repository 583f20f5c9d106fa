// Benchmarks (npm run bench), not timed tests: the whole-map reach must be cheap enough to
// recompute on every frame of a date slider (target: under 2 ms for the whole set).
import { bench, describe } from 'vitest';
import { builtInBundle, createWorld, reachAll, resolve } from '../../src/engine/index.js';

const world = createWorld();

describe('engine', () => {
  bench('createWorld(bundle): parse, check and index the built-in bundle', () => {
    createWorld(builtInBundle);
  });
  bench('resolve() one request', () => {
    resolve(world, {
      requestType: 'us-warrant',
      requester: 'US',
      datacenter: 'azure-northeurope',
      asOf: '2019-06-01',
    });
  });
  bench(`reachAll() us-warrant from US, ${world.datacenters.size} data centers`, () => {
    reachAll(world, { requestType: 'us-warrant', requester: 'US', asOf: '2019-06-01' });
  });
  bench(`reachAll() mlat from DE, ${world.datacenters.size} data centers`, () => {
    reachAll(world, { requestType: 'mlat', requester: 'DE', asOf: '2019-06-01' });
  });
});
