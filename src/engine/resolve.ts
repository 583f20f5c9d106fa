// resolve(): a Decision put into the words, steps and sources that the map, the panel, the
// narration and the tests all read. reachAll(): the same decision for every data center at once.
import { inForce, Parties } from './dates.js';
import { checkRequest, RequestError, type CheckedRequest, type Request } from './request.js';
import { decide, issuerStatus, type Decision, type Reach } from './route.js';
import type { DataCategory, Instrument, Source } from './schema.js';
import type { World } from './world.js';
import {
  datacenterPlace,
  dateInWords,
  inSentence,
  joinWords,
  possessive,
  titleInSentence,
  unique,
  withArticle,
} from './words.js';

export type Role = 'requester' | 'provider' | 'data' | 'requested' | 'conflict';

/** One hop of the path the map animates; `from` and `to` are jurisdiction or data-center ids. */
export interface Step {
  from: string;
  to: string;
  instrument?: string;
  label: string;
}

/** Why an instrument is cited: it gives the power, a court read it, or it stands in the way. */
export interface Citation {
  instrument: string;
  role: 'basis' | 'power' | 'judgment' | 'conflict';
  /** The pinpoint citation, e.g. "18 U.S.C. § 2713". */
  citation: string;
  text: string;
}

export interface Resolution {
  request: Required<Request>;
  reach: Reach;
  /** Ids of the instruments the route rests on, in order: basis, powers, judgments. */
  instruments: string[];
  /** Ids of the instruments that forbid or restrict handing the data over. */
  conflicts: string[];
  jurisdictions: { id: string; role: Role }[];
  steps: Step[];
  /** One plain sentence. */
  summary: string;
  citations: Citation[];
  /** The estimated time to data, when there is a route. */
  timeToData?: { text: string; sources: Source[] };
  sources: Source[];
}

/**
 * Which route a request takes to the data on its date, what stands in the way, and why.
 * Throws a RequestError naming the bad value for an unknown id or a malformed date.
 */
export function resolve(world: World, request: Request): Resolution {
  const req = checkRequest(world, request);
  const decision = decide(world, new Parties(world, req.request.asOf), req);
  return explain(world, req, decision);
}

/** What reachAll() tells about one data center. */
export interface DatacenterReach {
  reach: Reach;
  conflicts: string[];
}

/** The reach of a request type from one requester on one date to every data center. */
export function reachAll(
  world: World,
  request: Omit<Request, 'datacenter'>,
): Map<string, DatacenterReach> {
  const result = new Map<string, DatacenterReach>();
  const first = world.datacenters.keys().next();
  if (first.done) return result;
  // Check the shared fields once; the same Parties cache serves every data center.
  const base = checkRequest(world, { ...request, datacenter: first.value });
  const parties = new Parties(world, base.request.asOf);
  // decide() reads only the data's country and the company holding it, so data centers that
  // share both share the answer: one decision per pair (5,000 data centers are a few hundred).
  const decided = new Map<string, DatacenterReach>();
  for (const datacenter of world.datacenters.values()) {
    const provider = world.providers.get(datacenter.provider)!;
    const holder = datacenter.operator ? world.providers.get(datacenter.operator)! : provider;
    const key = `${datacenter.country}|${holder.id}`;
    let reach = decided.get(key);
    if (!reach) {
      const req: CheckedRequest = {
        ...base,
        request: { ...base.request, datacenter: datacenter.id },
        datacenter,
        provider,
        holder,
      };
      const decision = decide(world, parties, req);
      reach = {
        reach: decision.reach,
        conflicts: decision.conflicts.map((c) => c.instrument.id),
      };
      decided.set(key, reach);
    }
    result.set(datacenter.id, reach);
  }
  return result;
}

export { RequestError };

/** The states bound by an instrument on a date (a union party counted as its members). */
export function partiesOn(world: World, instrumentId: string, asOf: string): string[] {
  const instrument = world.instruments.get(instrumentId);
  return instrument ? [...new Parties(world, asOf).of(instrument)] : [];
}

/**
 * Whether `requester` can issue `requestType` on `asOf` and, if not, why: for pickers that mark
 * such states instead of hiding them. Unknown ids throw a RequestError like resolve().
 */
export function canIssue(
  world: World,
  request: { requestType: string; requester: string; asOf?: string },
): { can: boolean; why?: string } {
  const first = world.datacenters.keys().next();
  if (first.done) return { can: false, why: 'the World has no data centers' };
  const req = checkRequest(world, { ...request, datacenter: first.value });
  return issuerStatus(world, new Parties(world, req.request.asOf), req.type, req.requester);
}

/** An instrument's citation and summary as they stood on `asOf` (its later history from its dates). */
function asWritten(instrument: Instrument, asOf: string): { citation: string; text: string } {
  const known = (instrument.later ?? []).filter((l) => l.date <= asOf);
  return {
    citation: [instrument.citation, ...known.flatMap((l) => l.citation ?? [])].join(', '),
    text: [instrument.summary, ...known.map((l) => l.text)].join(' '),
  };
}

function explain(world: World, req: CheckedRequest, decision: Decision): Resolution {
  const { asOf } = req.request;
  const name = (id: string) => inSentence(world.jurisdictions.get(id)!);
  const basis = req.type.basis ? world.instruments.get(req.type.basis) : undefined;
  const basisInForce =
    basis && decision.reach !== 'none' && inForce(basis, asOf) ? basis : undefined;

  const citations: Citation[] = [];
  if (basisInForce) {
    citations.push({
      instrument: basisInForce.id,
      role: 'basis',
      ...asWritten(basisInForce, asOf),
    });
  }
  for (const { instrument, power } of decision.powers) {
    if (citations.some((c) => c.instrument === instrument.id)) continue;
    citations.push({
      instrument: instrument.id,
      role: 'power',
      citation: power.citation,
      text: asWritten(instrument, asOf).text,
    });
  }
  for (const judgment of decision.judgments) {
    citations.push({ instrument: judgment.id, role: 'judgment', ...asWritten(judgment, asOf) });
  }
  for (const { instrument, restriction } of decision.conflicts) {
    citations.push({
      instrument: instrument.id,
      role: 'conflict',
      citation: restriction.citation,
      text: restriction.text,
    });
  }

  const instruments = unique(
    citations.filter((c) => c.role !== 'conflict').map((c) => c.instrument),
  );
  const conflicts = unique(decision.conflicts.map((c) => c.instrument.id));
  const cited = [...instruments, ...conflicts].map((id) => world.instruments.get(id)!);
  // The route's own power may set its pace (an EIO's days), else the request type does.
  const timeToData =
    decision.powers.map((p) => p.power.timeToData).find(Boolean) ?? req.type.timeToData;

  return {
    request: req.request,
    reach: decision.reach,
    instruments,
    conflicts,
    jurisdictions: roles(req, decision),
    steps: steps(req, decision, name),
    summary: summary(req, decision, name),
    citations,
    ...(decision.reach !== 'none' && timeToData ? { timeToData } : {}),
    sources: uniqueSources([
      ...cited.flatMap((i) => i.sources),
      ...req.type.sources,
      ...req.datacenter.sources,
      // Where an order is served on an establishment, the provider's record says it has one.
      ...(decision.served?.entity ? req.holder.sources : []),
    ]),
  };
}

function roles(req: CheckedRequest, decision: Decision): Resolution['jurisdictions'] {
  const list: Resolution['jurisdictions'] = [
    { id: req.requester.id, role: 'requester' },
    { id: req.holder.headquarters, role: 'provider' },
    { id: req.datacenter.country, role: 'data' },
  ];
  if (decision.requested) list.push({ id: decision.requested, role: 'requested' });
  // A European Production Order's addressee, at home where it is served (AWS EMEA SARL in
  // Luxembourg): its country is part of the answer, named and outlined like the provider's home.
  const served = decision.served?.place;
  if (served && served !== req.holder.headquarters) list.push({ id: served, role: 'provider' });
  for (const { restriction } of decision.conflicts) {
    const id = restriction.covers === 'data' ? req.datacenter.country : req.holder.headquarters;
    if (!list.some((j) => j.id === id && j.role === 'conflict'))
      list.push({ id, role: 'conflict' });
  }
  return list;
}

function steps(req: CheckedRequest, decision: Decision, name: (id: string) => string): Step[] {
  if (decision.reach === 'none') return [];
  const requester = req.requester.id;
  const holder = req.holder;
  const fetch: Omit<Step, 'from'> = {
    to: req.datacenter.id,
    label: `${holder.name} retrieves the data from ${datacenterName(req)}`,
  };
  if (decision.reach === 'assisted' && decision.requested) {
    const requested = decision.requested;
    const treaties = decision.powers.map((p) => p.instrument);
    // The order is served where the provider has an establishment in the requested state.
    const providerPlace =
      holder.establishments?.some((e) => e.jurisdiction === requested) ||
      holder.headquarters === requested
        ? requested
        : holder.headquarters;
    return [
      {
        from: requester,
        to: requested,
        instrument: treaties[0]!.id,
        label: `${name(requester)} asks ${name(requested)} for assistance under ${titles(treaties)}`,
      },
      {
        from: requested,
        to: providerPlace,
        label: `${possessive(name(requested))} authorities order ${holder.name} to produce the data`,
      },
      { from: providerPlace, ...fetch },
    ];
  }
  const first = decision.powers[0]!;
  // An order on data in the issuer's own territory is served there; a European Production Order
  // at the provider's establishment in the Union; otherwise at the provider's home.
  const providerPlace =
    first.power.target === 'data-in-issuer'
      ? req.datacenter.country
      : (decision.served?.place ?? holder.headquarters);
  const contested = decision.reach === 'contested' ? ' (its reach is contested in court)' : '';
  const entity = decision.served?.entity;
  return [
    {
      from: requester,
      to: providerPlace,
      instrument: first.instrument.id,
      label: `${name(requester)} ${first.power.action} ${entity ? `${entity} in ${name(providerPlace)}` : holder.name}${contested}`,
    },
    { from: providerPlace, ...fetch },
  ];
}

function datacenterName({ datacenter }: CheckedRequest): string {
  return datacenterPlace(datacenter);
}

function summary(req: CheckedRequest, decision: Decision, name: (id: string) => string): string {
  const asOf = dateInWords(req.request.asOf);
  const dc = req.datacenter;
  const where = `${possessive(req.holder.name)} ${datacenterName(req)} data center in ${name(dc.country)}`;
  const requester = name(req.requester.id);
  const type = withArticle(req.type.name);
  const stand = conflictClause(decision, req.type.categories);
  switch (decision.reach) {
    case 'direct': {
      const courts = decision.judgments.length
        ? `, as ${decision.judgments.map((j) => j.holding!.court).join(' and ')} held`
        : decision.powers.some((p) => p.power.question)
          ? ', though no court had yet ruled on that reach'
          : '';
      return `On ${asOf}, ${type} from ${requester} reaches data in ${where} directly under ${titles(
        decision.powers.map((p) => p.instrument),
      )}${courts}${stand}.`;
    }
    case 'contested': {
      const side = (answer: string) =>
        decision.judgments
          .filter((j) => j.holding!.answer === answer)
          .map((j) => j.holding!.court)
          .join(' and ');
      return `On ${asOf}, courts disagree whether ${type} from ${requester} reaches data in ${where}: ${side(
        'does-not-reach',
      )} said no, ${side('reaches')} said yes${stand}.`;
    }
    case 'assisted':
      return `On ${asOf}, ${requester} can ask ${name(decision.requested!)} for data in ${where} under ${titles(
        decision.powers.map((p) => p.instrument),
      )}, and that state's authorities then compel ${req.holder.name} to produce it${stand}.`;
    case 'none':
      // A request for assistance without a treaty in the data may still be made (a letter
      // rogatory, reciprocity): it has no treaty route, which is not to say it cannot reach.
      return `On ${asOf}, ${type} from ${requester} ${req.type.route === 'assisted' ? 'has no treaty route to' : 'cannot reach'} data in ${where}: ${decision.why?.() ?? 'no route'}.`;
  }
}

// A law that bars only some of the kinds of data the request asks for says which: the Stored
// Communications Act bars a US provider's answer to a foreign authority for contents, not for
// subscriber records (18 U.S.C. § 2702(a), (c)(6)).
function conflictClause(decision: Decision, asked: readonly DataCategory[]): string {
  if (decision.conflicts.length === 0) return '';
  const laws = unique(
    decision.conflicts.map(({ instrument, restriction: { categories } }) => {
      const only = categories && asked.some((c) => !categories.includes(c));
      return `${titleInSentence(instrument)}${only ? ` (for ${joinWords(categories.map((c) => CATEGORY_WORDS[c]))})` : ''}`;
    }),
  );
  return `, but ${joinWords(laws)} ${laws.length === 1 ? 'stands' : 'stand'} in the way`;
}

const CATEGORY_WORDS: Record<DataCategory, string> = {
  subscriber: 'subscriber information',
  traffic: 'traffic data',
  content: 'contents',
};

function titles(instruments: readonly Instrument[]): string {
  return joinWords(unique(instruments.map(titleInSentence)));
}

function uniqueSources(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = `${s.citation}|${s.url ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
