// The legal core: which route a request takes to the data on a date, and which laws stand in the
// way. Every rule reads the powers and restrictions in the data; nothing here names a country.
import { holdsOn, inForce, Parties } from './dates.js';
import type { CheckedRequest } from './request.js';
import type { Instrument, Jurisdiction, RequestType } from './schema.js';
import type { PowerEntry, RestrictionEntry, World } from './world.js';
import {
  dateInWords,
  inSentence,
  joinWords,
  possessive,
  titleInSentence,
  unique,
} from './words.js';

export type Reach = 'direct' | 'assisted' | 'contested' | 'none';

/** How the engine decided, before it is put into words. */
export interface Decision {
  reach: Reach;
  /** The powers the route rests on (for 'none': empty). */
  powers: PowerEntry[];
  /** Judgments that decide (or split on) a legal question the route depends on. */
  judgments: Instrument[];
  /** For an assisted route: the state asked for help. */
  requested?: string;
  /**
   * For a direct route to a provider as one serving the parties: where the order is served, its
   * establishment in another party (the entity named when the data knows it).
   */
  served?: { place: string; entity?: string };
  /** For 'none': why, in one clause; a function, since the whole-map reach never asks. */
  why?: () => string;
  conflicts: RestrictionEntry[];
}

/** Decides the route and its conflicts; pure, and cheap enough to run for every data center. */
export function decide(world: World, parties: Parties, req: CheckedRequest): Decision {
  const route =
    req.type.route === 'assisted'
      ? assistedRoute(world, parties, req)
      : directRoute(world, parties, req);
  const conflicts = route.reach === 'none' ? [] : findConflicts(world, parties, req, route);
  return { ...route, conflicts };
}

type Route = Omit<Decision, 'conflicts'>;

// A direct request compels (or asks) the provider itself. Powers whose reach the statute's text
// settles win over powers whose reach waits on the courts.
function directRoute(world: World, parties: Parties, req: CheckedRequest): Route {
  const asOf = parties.asOf;
  const settled: PowerEntry[] = [];
  const byCourts: { entry: PowerEntry; judgments: Instrument[]; answers: Set<string> }[] = [];
  for (const entry of world.powersByRequestType.get(req.type.id) ?? []) {
    if (!inForce(entry.instrument, asOf) || !canIssue(parties, entry, req.requester.id)) continue;
    if (!reaches(parties, entry, req)) continue;
    const question = entry.power.question;
    if (!question) {
      settled.push(entry);
      continue;
    }
    const judgments = (world.judgmentsByQuestion.get(question) ?? []).filter((j) =>
      inForce(j, asOf),
    );
    byCourts.push({ entry, judgments, answers: new Set(judgments.map((j) => j.holding!.answer)) });
  }
  if (settled.length > 0) {
    const first = settled[0]!;
    return first.power.target === 'provider-serves-parties'
      ? { reach: 'direct', powers: settled, judgments: [], served: servedAt(parties, first, req) }
      : { reach: 'direct', powers: settled, judgments: [] };
  }

  // No court has ruled (the power stands as written), or every court in force said it reaches.
  const upheld = byCourts.filter((c) => !c.answers.has('does-not-reach'));
  if (upheld.length > 0) {
    return {
      reach: 'direct',
      powers: upheld.map((c) => c.entry),
      judgments: upheld.flatMap((c) => c.judgments),
    };
  }
  const split = byCourts.filter((c) => c.answers.has('reaches'));
  if (split.length > 0) {
    return {
      reach: 'contested',
      powers: split.map((c) => c.entry),
      judgments: split.flatMap((c) => c.judgments),
    };
  }
  if (byCourts.length > 0) {
    const judgments = byCourts.flatMap((c) => c.judgments);
    const courts = () => judgments.map((j) => `${j.holding!.court} (${j.citation})`).join('; ');
    return {
      reach: 'none',
      powers: [],
      judgments,
      why: () =>
        `the judgments standing on that date held that it does not reach data stored abroad: ${courts()}`,
    };
  }
  return { reach: 'none', powers: [], judgments: [], why: () => whyNoPower(world, parties, req) };
}

// An assisted request goes to the state where the data is, or else where the provider is at home,
// under an instrument binding both states on the date.
function assistedRoute(world: World, parties: Parties, req: CheckedRequest): Route {
  const requester = req.requester.id;
  if (req.datacenter.country === requester) {
    return {
      reach: 'none',
      powers: [],
      judgments: [],
      why: () =>
        `the data is stored in ${inSentence(req.requester)} itself, so its own domestic process applies and no other state's help is needed`,
    };
  }
  const candidates = [...new Set([req.datacenter.country, req.holder.headquarters])].filter(
    (id) => id !== requester,
  );
  const entries = (world.powersByRequestType.get(req.type.id) ?? []).filter(
    (e) => e.power.target === 'requested-party' && inForce(e.instrument, parties.asOf),
  );
  for (const requested of candidates) {
    const powers = entries.filter((e) =>
      parties.bindsEachOther(e.instrument, requester, requested),
    );
    if (powers.length > 0) return { reach: 'assisted', powers, judgments: [], requested };
  }
  const names = () => candidates.map((id) => inSentence(world.jurisdictions.get(id)!)).join(' or ');
  return {
    reach: 'none',
    powers: [],
    judgments: [],
    why: () =>
      `no mutual legal assistance instrument in the data binds ${inSentence(req.requester)} and ${names()} on ${dateInWords(parties.asOf)}`,
  };
}

function canIssue(parties: Parties, entry: PowerEntry, requester: string): boolean {
  return entry.power.issuers === 'any' || parties.binds(entry.instrument, requester);
}

function reaches(
  parties: Parties,
  { instrument, power }: PowerEntry,
  req: CheckedRequest,
): boolean {
  const requester = req.requester.id;
  const home = req.holder.headquarters;
  switch (power.target) {
    case 'data-in-issuer':
      return req.datacenter.country === requester;
    case 'provider-in-issuer':
      return home === requester;
    case 'provider-in-other-party':
      return home !== requester && parties.bindsEachOther(instrument, requester, home);
    case 'provider-in-parties':
      return parties.binds(instrument, home);
    case 'provider-serves-parties': {
      // A provider may list a union (EU) or single states among the places it serves.
      const unionParties = new Set(
        (instrument.parties ?? [])
          .filter((p) => holdsOn(p.from, p.until, parties.asOf))
          .map((p) => p.id),
      );
      return (
        !establishedOnlyInIssuer(parties, instrument, req) &&
        req.holder.offersServicesIn.some(
          (id) => unionParties.has(id) || parties.binds(instrument, id),
        )
      );
    }
    case 'requested-party':
      return false; // only assisted routes use it
  }
}

/**
 * True when, of the instrument's parties, the provider is established (at home, or by an
 * establishment in the data) only in the issuer's own territory. The e-Evidence Regulation
 * reaches a provider "established in another Member State, or, if not established, represented
 * by a legal representative in another Member State"; one established at home gets the issuer's
 * national order (Art. 1(1)). A provider established in no party counts as represented in
 * another: where its legal representative is, the data does not say.
 */
function establishedOnlyInIssuer(
  parties: Parties,
  instrument: Instrument,
  req: CheckedRequest,
): boolean {
  const at = [
    req.holder.headquarters,
    ...(req.holder.establishments ?? []).map((e) => e.jurisdiction),
  ].filter((id) => parties.binds(instrument, id));
  return at.length > 0 && at.every((id) => id === req.requester.id);
}

/**
 * Where an order reaching a provider as one serving the parties goes: the e-Evidence Regulation
 * addresses it to the provider's designated establishment or legal representative in the Union
 * (Art. 7(1)), not to a head office abroad. The data's establishment in a party other than the
 * issuer stands for the designated one; a provider at home in such a party is served there; one
 * with neither, at home (where its legal representative is, the data does not say).
 */
function servedAt(
  parties: Parties,
  { instrument }: PowerEntry,
  req: CheckedRequest,
): { place: string; entity?: string } {
  const other = (id: string) => id !== req.requester.id && parties.binds(instrument, id);
  const home = req.holder.headquarters;
  if (other(home)) return { place: home };
  const at = req.holder.establishments?.find((e) => other(e.jurisdiction));
  return at ? { place: at.jurisdiction, entity: at.entity } : { place: home };
}

// Why no power applies: the requester can never issue this type, or not on this date, or the
// power does not reach this provider or place.
function whyNoPower(world: World, parties: Parties, req: CheckedRequest): string {
  const cannot = whyCannotIssue(world, parties, req.type, req.requester);
  if (cannot) return cannot;
  const place = (id: string) => inSentence(world.jurisdictions.get(id)!);
  const home = (world.powersByRequestType.get(req.type.id) ?? []).find(
    (e) =>
      e.power.target === 'provider-serves-parties' &&
      inForce(e.instrument, parties.asOf) &&
      establishedOnlyInIssuer(parties, e.instrument, req),
  );
  if (home)
    return `${req.holder.name} is established in ${place(req.requester.id)} itself, where ${possessive(place(req.requester.id))} national orders apply; ${titleInSentence(home.instrument)} reaches only providers established or represented in another state it binds`;
  return `${possessive(place(req.requester.id))} powers of this kind do not reach ${req.holder.name} (at home in ${place(
    req.holder.headquarters,
  )}) for data in ${place(req.datacenter.country)}`;
}

/** Why a state cannot issue a request type on the date, or undefined when it can. */
function whyCannotIssue(
  world: World,
  parties: Parties,
  type: RequestType,
  requester: Jurisdiction,
): string | undefined {
  const entries = world.powersByRequestType.get(type.id) ?? [];
  const everIssuer = entries.filter(
    (e) =>
      e.power.issuers === 'any' ||
      e.instrument.jurisdiction === requester.id ||
      (e.instrument.parties ?? []).some(
        (p) => p.id === requester.id || isMemberEver(world, p.id, requester.id),
      ),
  );
  if (everIssuer.length === 0) return `${inSentence(requester)} cannot issue it: ${type.issuedBy}`;
  const now = everIssuer.filter(
    (e) => inForce(e.instrument, parties.asOf) && canIssue(parties, e, requester.id),
  );
  if (now.length > 0) return undefined;
  const why = joinWords(
    unique(everIssuer.map((e) => whyNotBound(world, parties, e.instrument, requester))),
  );
  return `${inSentence(requester)} holds no such power on ${dateInWords(parties.asOf)}, since ${why}`;
}

/**
 * Why an instrument that gives the power does not give it to this state on the date: it is not
 * in force yet (or any more), or the state takes no part in it, or is not (or no longer) a party
 * or a member of the union that is. An instrument not yet in force is judged on the day it will
 * be: "applies from August 18, 2026" would be no reason for a state that will not be bound then.
 */
function whyNotBound(
  world: World,
  parties: Parties,
  instrument: Instrument,
  requester: Jurisdiction,
): string {
  const title = titleInSentence(instrument);
  const name = inSentence(requester);
  const starts = instrument.inForce;
  const notYet = starts !== null && parties.asOf < starts;
  if (!notYet && !inForce(instrument, parties.asOf)) return `${title} ${dateRange(instrument)}`;
  const on = notYet ? new Parties(world, starts) : parties;
  if (on.binds(instrument, requester.id)) return `${title} ${dateRange(instrument)}`;
  if (instrument.excludes?.includes(requester.id)) return `${name} takes no part in ${title}`;
  for (const party of instrument.parties ?? []) {
    if (party.id === requester.id) {
      return party.from > on.asOf
        ? `${name} is bound by ${title} from ${dateInWords(party.from)}`
        : `${name} was bound by ${title} until ${dateInWords(party.until!)}`;
    }
    const union = world.jurisdictions.get(party.id);
    const member = union?.members?.find((m) => m.id === requester.id);
    if (union && member) {
      const members = `${title} binds the member states of ${inSentence(union)}`;
      // Told as of the request's date: a membership may end after it.
      const tense = (date: string) => (date < parties.asOf ? 'ended' : 'ends');
      if (member.from > on.asOf)
        return `${members}, and ${possessive(name)} membership begins on ${dateInWords(member.from)}`;
      const until = member.unionLawUntil ?? member.until!;
      return `${members}, and ${possessive(name)} membership ${tense(member.until!)} on ${dateInWords(member.until!)}${
        until !== member.until
          ? ` (the union's law applying to it until ${dateInWords(until)})`
          : ''
      }`;
    }
  }
  return `${name} is not a party to ${title}`;
}

/**
 * Whether a state can issue this request type on the date, and if not, why, so a picker can mark
 * it rather than hide it. Any state can send a request for assistance.
 */
export function issuerStatus(
  world: World,
  parties: Parties,
  type: RequestType,
  requester: Jurisdiction,
): { can: boolean; why?: string } {
  if (type.route === 'assisted') return { can: true };
  const why = whyCannotIssue(world, parties, type, requester);
  return why ? { can: false, why } : { can: true };
}

function isMemberEver(world: World, unionId: string, stateId: string): boolean {
  const union = world.jurisdictions.get(unionId);
  return union?.kind === 'union' && (union.members ?? []).some((m) => m.id === stateId);
}

function dateRange(instrument: Instrument): string {
  if (instrument.inForce === null) return 'is not in force';
  return instrument.until
    ? `applied from ${dateInWords(instrument.inForce)} to ${dateInWords(instrument.until)}`
    : `applies from ${dateInWords(instrument.inForce)}`;
}

// A restriction stands in the way when it covers the data's place (or the provider's home), the
// requester is foreign to it, and no instrument of the route binds both sides.
function findConflicts(
  world: World,
  parties: Parties,
  req: CheckedRequest,
  route: Route,
): RestrictionEntry[] {
  const requester = req.requester.id;
  const found: RestrictionEntry[] = [];
  for (const entry of world.restrictions) {
    const { instrument, restriction } = entry;
    // One conflict per law: the SCA covers a US provider's data and any data in the United
    // States, which for Amazon's Virginia data are the same bar.
    if (!inForce(instrument, parties.asOf) || found.some((f) => f.instrument === instrument))
      continue;
    if (restriction.appliesTo === 'orders' && !route.powers.some((p) => p.power.compels)) continue;
    if (
      restriction.categories &&
      !restriction.categories.some((c) => req.type.categories.includes(c))
    )
      continue;
    const subject =
      restriction.covers === 'data' ? req.datacenter.country : req.holder.headquarters;
    const covered = restriction.jurisdictions
      ? new Set(restriction.jurisdictions)
      : parties.of(instrument);
    if (!covered.has(subject) || covered.has(requester)) continue;
    // The requested state's own authorities apply their own law when they execute the request.
    if (route.requested === subject) continue;
    if (
      restriction.yieldsToAgreements &&
      route.powers.some((p) => parties.bindsEachOther(p.instrument, requester, subject))
    ) {
      continue;
    }
    found.push(entry);
  }
  return found;
}
