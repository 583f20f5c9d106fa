/**
 * jurisdiction-map/engine: the pure reach engine. No DOM, no D3, no Lit; runs in Node and browsers.
 *
 *   const world = createWorld();
 *   resolve(world, { requestType: 'us-warrant', requester: 'US', datacenter: 'azure-northeurope', asOf: '2019-06-01' });
 */
import { builtInBundle } from './built-in.js';
import { worldFromBundle, type World } from './world.js';

/** Checks a bundle (the built-in data set when none is given) and indexes it; throws DataError. */
export function createWorld(bundle: unknown = builtInBundle): World {
  return worldFromBundle(bundle);
}

export { builtInBundle };
export { DataError, type DataProblem, type World } from './world.js';
export { RequestError, type Request } from './request.js';
export {
  resolve,
  reachAll,
  canIssue,
  partiesOn,
  type Resolution,
  type Step,
  type Citation,
  type Role,
  type DatacenterReach,
} from './resolve.js';
export type { Reach } from './route.js';
export { inForce, today } from './dates.js';
export { legalEvents, type LegalEvent } from './timeline.js';
export { narrate } from './narrate.js';
export { isIsoDate } from './schema.js';
export type * from './schema.js';
