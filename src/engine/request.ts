// A request as a reader or a scenario states it, checked against the World before the engine runs.
import { today } from './dates.js';
import { isIsoDate } from './iso-date.js';
import type { Datacenter, Jurisdiction, Provider, RequestType } from './schema.js';
import type { World } from './world.js';

/** What is asked: which request type, issued by whom, for data in which data center, on which date. */
export interface Request {
  requestType: string;
  /** The requesting state, an ISO 3166-1 alpha-2 code such as US or GB. */
  requester: string;
  datacenter: string;
  /** YYYY-MM-DD; today when absent. */
  asOf?: string;
}

/** A request that names something the World does not have, or a malformed date. */
export class RequestError extends Error {
  /** The field at fault: a request field, or `scenario` / `step` for a scenario step. */
  readonly field: keyof Request | 'scenario' | 'step';
  readonly value: unknown;
  constructor(field: keyof Request | 'scenario' | 'step', value: unknown, message: string) {
    super(message);
    this.name = 'RequestError';
    this.field = field;
    this.value = value;
  }
}

/** A checked request with everything it refers to looked up. */
export interface CheckedRequest {
  request: Required<Request>;
  type: RequestType;
  requester: Jurisdiction;
  datacenter: Datacenter;
  /** The company that holds the data: the operator where one runs the region, else the provider. */
  holder: Provider;
  /** The brand the data center belongs to (AWS for a region Sinnet operates). */
  provider: Provider;
}

/**
 * Every bad value of the request, each a RequestError, in the order checkRequest() reports them
 * (empty when the request is good): a reader with two wrong attributes learns of both at once.
 */
export function requestProblems(world: World, request: Request): RequestError[] {
  const problems: RequestError[] = [];
  const asOf = request.asOf ?? today();
  if (typeof asOf !== 'string' || !isIsoDate(asOf)) {
    problems.push(
      new RequestError(
        'asOf',
        asOf,
        `as-of date ${JSON.stringify(asOf)} is not a date (YYYY-MM-DD)`,
      ),
    );
  }
  if (!world.requestTypes.has(request.requestType)) {
    problems.push(
      new RequestError(
        'requestType',
        request.requestType,
        `unknown request type ${JSON.stringify(request.requestType)}; known: ${[...world.requestTypes.keys()].join(', ')}`,
      ),
    );
  }
  const requester = world.jurisdictions.get(request.requester);
  if (!requester) {
    problems.push(
      new RequestError(
        'requester',
        request.requester,
        `unknown requester ${JSON.stringify(request.requester)}: not a jurisdiction id${otherCase(states(world), request.requester)}`,
      ),
    );
  } else if (requester.kind === 'union') {
    problems.push(
      new RequestError(
        'requester',
        request.requester,
        `requester ${JSON.stringify(request.requester)} is a union of states; name the requesting state`,
      ),
    );
  }
  if (!world.datacenters.has(request.datacenter)) {
    problems.push(
      new RequestError(
        'datacenter',
        request.datacenter,
        `unknown data center ${JSON.stringify(request.datacenter)}${otherCase(world.datacenters.keys(), request.datacenter)}`,
      ),
    );
  }
  return problems;
}

/**
 * ` (did you mean "US")` when the World has the value in another case (requester="us"): ids
 * are matched exactly, as HTML matches ids, but the message points at the one meant. (Not with
 * a question mark: the element ends the message with a full stop.)
 */
function otherCase(ids: Iterable<string>, value: unknown): string {
  const meant = sameIdInOtherCase(ids, value);
  return meant === undefined ? '' : ` (did you mean ${JSON.stringify(meant)})`;
}

/** The id among `ids` that equals `value` but for case ("azure" for "AZURE"), if any. */
export function sameIdInOtherCase(ids: Iterable<string>, value: unknown): string | undefined {
  const wanted = String(value).toLowerCase();
  for (const id of ids) if (id.toLowerCase() === wanted) return id;
  return undefined;
}

/** The ids of the states that can issue a request (a union such as the EU cannot). */
function* states(world: World): Iterable<string> {
  for (const j of world.jurisdictions.values()) if (j.kind !== 'union') yield j.id;
}

/** Looks up every part of the request; throws a RequestError naming the first bad value. */
export function checkRequest(world: World, request: Request): CheckedRequest {
  const [problem] = requestProblems(world, request);
  if (problem) throw problem;
  const asOf = request.asOf ?? today();
  const type = world.requestTypes.get(request.requestType)!;
  const requester = world.jurisdictions.get(request.requester)!;
  const datacenter = world.datacenters.get(request.datacenter)!;
  // The World's checks guarantee these references resolve.
  const provider = world.providers.get(datacenter.provider)!;
  const holder = datacenter.operator ? world.providers.get(datacenter.operator)! : provider;
  return {
    request: { requestType: type.id, requester: requester.id, datacenter: datacenter.id, asOf },
    type,
    requester,
    datacenter,
    holder,
    provider,
  };
}
