// The engine without its data and its checks: what the element needs to answer, so that the
// element's bundle carries neither the built-in JSON twice nor the schema's validator (those come
// with createWorld() in index.ts; the element loads its own split data and, on demand, the checks).
export { DataError, someDatacenters, type DataProblem, type World } from './world.js';
export { RequestError, requestProblems, type Request } from './request.js';
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
export { scenarioStep, type ScenarioView } from './scenario.js';
export { isIsoDate } from './iso-date.js';
export type * from './schema.js';
