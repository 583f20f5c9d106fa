// The one schema of the data bundle: the TypeScript types below are inferred from it, and
// createWorld() checks every bundle against it, so the types and the checks cannot drift apart.
// valibot is used because only the validators we call end up in the browser bundle.
import * as v from 'valibot';

import { isIsoDate } from './iso-date.js';

export { isIsoDate };

/** A calendar date, YYYY-MM-DD; dates compare correctly as strings. */
export const IsoDate = v.pipe(
  v.string(),
  v.check(isIsoDate, (issue) => `${JSON.stringify(issue.input)} is not a date (YYYY-MM-DD)`),
);

const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const JurisdictionId = v.pipe(
  v.string(),
  v.regex(/^[A-Z]{2}$/, (issue) => `${JSON.stringify(issue.input)} is not a two-letter code`),
);
const Slug = v.pipe(
  v.string(),
  v.regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    (issue) => `${JSON.stringify(issue.input)} is not a lower-case id`,
  ),
);

/** Where a fact comes from, and when someone last checked it there. */
export const Source = v.strictObject({
  /** An official citation ("18 U.S.C. § 2713") or the title of the page. */
  citation: Text,
  url: v.optional(v.pipe(v.string(), v.url('is not a URL'))),
  /** The day the fact was last checked against this source. */
  checked: IsoDate,
  note: v.optional(Text),
});

/** Every fact-bearing record has at least one source. */
const Sources = v.pipe(v.array(Source), v.minLength(1, 'needs at least one source'));

/** Membership of a union or a treaty, dated: `from` the first day, `until` the last day. */
export const Membership = v.strictObject({
  id: JurisdictionId,
  from: IsoDate,
  until: v.optional(IsoDate),
  /**
   * Union law (and the union's treaties) kept applying to a state that had left during a
   * transition period: the UK until 2020-12-31 (Withdrawal Agreement, Arts. 126–129).
   */
  unionLawUntil: v.optional(IsoDate),
  note: v.optional(Text),
  sources: v.optional(Sources),
});

export const Jurisdiction = v.strictObject({
  /** ISO 3166-1 alpha-2 code; EU for the European Union; XK for Kosovo (not in ISO 3166-1). */
  id: JurisdictionId,
  /** country: an ISO 3166-1 entry (ISO's word, which includes dependent territories). */
  kind: v.picklist(['country', 'union']),
  name: Text,
  /** The name as it reads inside a sentence, when it differs: "the United States". */
  inSentence: v.optional(Text),
  /** ISO 3166-1 numeric code, the id world-atlas gives the country's shape. */
  numeric: v.optional(v.pipe(v.string(), v.regex(/^\d{3}$/, 'is not a three-digit code'))),
  /** world-atlas shapes that have no numeric id but belong to this jurisdiction on the map. */
  atlasNames: v.optional(v.array(Text)),
  /** For a territory with its own legal system: the state it belongs to. */
  sovereign: v.optional(JurisdictionId),
  members: v.optional(v.array(Membership)),
  note: v.optional(Text),
  sources: Sources,
});

/** Degrees, within the globe (which also rules out Infinity and NaN). */
const Latitude = v.pipe(v.number(), v.minValue(-90, 'is below -90'), v.maxValue(90, 'is above 90'));
const Longitude = v.pipe(
  v.number(),
  v.minValue(-180, 'is below -180'),
  v.maxValue(180, 'is above 180'),
);

export const Provider = v.strictObject({
  id: Slug,
  name: Text,
  legalName: Text,
  /** The jurisdiction of the company's headquarters: its home law. */
  headquarters: JurisdictionId,
  /** Where the head office is; optional, and left out where no source gives it. */
  headquartersCity: v.optional(Text),
  /** Subsidiaries that matter for legal process, e.g. the EU establishment. */
  establishments: v.optional(
    v.array(
      v.strictObject({
        jurisdiction: JurisdictionId,
        entity: Text,
        sources: v.optional(Sources),
      }),
    ),
  ),
  /** Jurisdictions (or unions) where it offers its services: e-Evidence reaches those in the EU. */
  offersServicesIn: v.array(JurisdictionId),
  note: v.optional(Text),
  sources: Sources,
});

export const Datacenter = v.strictObject({
  /** `<provider>-<region>`, e.g. azure-northeurope. */
  id: Slug,
  provider: Slug,
  /** The company that runs the region and holds the data, when it is not the provider. */
  operator: v.optional(Slug),
  region: Text,
  name: Text,
  city: Text,
  country: JurisdictionId,
  lat: Latitude,
  lon: Longitude,
  note: v.optional(Text),
  sources: Sources,
});

export const DataCategory = v.picklist(['subscriber', 'traffic', 'content']);

export const RequestType = v.strictObject({
  id: Slug,
  name: Text,
  /** Who may issue it, in words. The engine reads the powers in instruments for the rule. */
  issuedBy: Text,
  /** direct: the order goes to the provider; assisted: through another state's authorities. */
  route: v.picklist(['direct', 'assisted']),
  categories: v.pipe(v.array(DataCategory), v.minLength(1, 'needs a data category')),
  legalBasis: Text,
  /** The instrument that creates this kind of request (us-sca for an SCA warrant), cited with it. */
  basis: v.optional(Slug),
  timeToData: v.optional(v.strictObject({ text: Text, sources: Sources })),
  sources: Sources,
});

/**
 * Which providers an instrument lets an issuer reach:
 * - data-in-issuer: any provider, for data stored in the issuer's territory;
 * - provider-in-issuer: providers at home in the issuer, wherever the data is;
 * - provider-in-other-party: providers at home in another party (executive agreements);
 * - provider-in-parties: providers at home in a party (voluntary disclosure by them);
 * - provider-serves-parties: providers offering services in the parties, unless established
 *   (at home or by an establishment) only in the issuer's own territory among them (e-Evidence,
 *   Art. 1(1): that is a national order), served at its establishment in another party;
 * - requested-party: assistance from another party's authorities (MLA).
 */
export const Target = v.picklist([
  'data-in-issuer',
  'provider-in-issuer',
  'provider-in-other-party',
  'provider-in-parties',
  'provider-serves-parties',
  'requested-party',
]);

/** A power an instrument gives: who may issue which request type, and whom it reaches. */
export const Power = v.strictObject({
  requestType: Slug,
  /** parties: only the instrument's parties (its own jurisdiction for a statute); any: anyone. */
  issuers: v.picklist(['parties', 'any']),
  target: Target,
  /** false where the provider may answer voluntarily (emergency disclosure under § 2702(b)(8)). */
  compels: v.boolean(),
  /** A legal question courts decide (see judgments); absent when the text itself settles it. */
  question: v.optional(Slug),
  /** The pinpoint citation of the power, e.g. "18 U.S.C. § 2703(a)". */
  citation: Text,
  /** What happens, for the step label, e.g. "serves a warrant on". */
  action: Text,
  /**
   * How long a request under this power takes, where that differs from its request type's: a
   * European Investigation Order has deadlines of days (Art. 12), an MLA request takes months.
   */
  timeToData: v.optional(v.strictObject({ text: Text, sources: Sources })),
});

/** A law that forbids or restricts handing data over. */
export const Restriction = v.strictObject({
  /** data: data stored in a covered jurisdiction; provider: a provider at home there. */
  covers: v.picklist(['data', 'provider']),
  /** The covered jurisdictions; absent: the instrument's parties at the date. */
  jurisdictions: v.optional(v.array(JurisdictionId)),
  /** orders: only compelled disclosure; all: voluntary disclosure too. */
  appliesTo: v.picklist(['orders', 'all']),
  /** Only these data categories (e.g. content); absent: all. */
  categories: v.optional(v.array(DataCategory)),
  /**
   * true: it gives way when an instrument of the route binds both the requester and the covered
   * jurisdiction (GDPR Art. 48's "international agreement … in force").
   */
  yieldsToAgreements: v.boolean(),
  citation: Text,
  /** One plain sentence: what it forbids. */
  text: Text,
});

/** What a court held on a legal question; a judgment counts from its date until vacated. */
export const Holding = v.strictObject({
  question: Slug,
  answer: v.picklist(['reaches', 'does-not-reach']),
  court: Text,
});

export const InstrumentKind = v.picklist([
  'statute',
  'regulation',
  /** An EU directive: binding on each Member State through its own law, from the day it applies it. */
  'directive',
  'treaty',
  'agreement',
  'judgment',
]);

export const Instrument = v.strictObject({
  id: Slug,
  kind: InstrumentKind,
  title: Text,
  /** A short name for labels, e.g. "CLOUD Act". */
  shortTitle: Text,
  /** The short title as it reads inside a sentence, when it differs: "the CLOUD Act". */
  inSentence: v.optional(Text),
  citation: Text,
  url: v.pipe(v.string(), v.url('is not a URL')),
  /** For a domestic law: the jurisdiction whose law it is (its only party). */
  jurisdiction: v.optional(JurisdictionId),
  signed: v.optional(IsoDate),
  /** The first day it applies; null while signed but not in force. */
  inForce: v.nullable(IsoDate),
  /** The last day it applied, when it has ended (or a judgment was vacated). */
  until: v.optional(IsoDate),
  /** Parties with their own dates; a union stands for its members while they are members. */
  parties: v.optional(v.array(Membership)),
  /** Members of a union party that are not bound (Denmark under Protocol No 22). */
  excludes: v.optional(v.array(JurisdictionId)),
  powers: v.optional(v.array(Power)),
  restrictions: v.optional(v.array(Restriction)),
  holding: v.optional(Holding),
  /** Plain words on what it does, for the explanation panel. */
  summary: Text,
  /**
   * What happened to it later (a rehearing denied, an affirmance), each shown only from its
   * date: an answer as of 2016 must not cite what a court did in 2017.
   */
  later: v.optional(
    v.array(
      v.strictObject({
        date: IsoDate,
        /** A sentence added to the summary from that date. */
        text: Text,
        /** Added to the citation from that date ("reh'g en banc denied, 855 F.3d 53"). */
        citation: v.optional(Text),
      }),
    ),
  ),
  note: v.optional(Text),
  sources: Sources,
});

/**
 * One step of a scenario. A step changes only what it names; the rest carries over from the
 * step before, so a story can move the date alone.
 */
export const ScenarioStep = v.strictObject({
  requestType: v.optional(Slug),
  requester: v.optional(JurisdictionId),
  datacenter: v.optional(Slug),
  asOf: v.optional(IsoDate),
  /** What the map should show: countries to fit, or a box [[west, south], [east, north]] in degrees. */
  focus: v.optional(
    v.strictObject({
      countries: v.optional(v.array(JurisdictionId)),
      box: v.optional(
        // In range: a box of ±1e308 passed and drew every marker at NaN (a review's finding).
        v.tuple([v.tuple([Longitude, Latitude]), v.tuple([Longitude, Latitude])]),
      ),
    }),
  ),
  /** Instruments to point out at this step. */
  highlight: v.optional(v.array(Slug)),
  /** A short caption shown on the map. */
  caption: Text,
  /** Longer speaker notes. */
  notes: v.optional(Text),
  sources: v.optional(Sources),
});

/** A story told in steps; a presenter steps through it, a reader scrolls it. */
export const Scenario = v.strictObject({
  id: Slug,
  title: Text,
  summary: Text,
  steps: v.pipe(v.array(ScenarioStep), v.minLength(1, 'needs at least one step')),
  sources: Sources,
});

/** A data bundle: the built-in data set, or a site's own. */
export const Bundle = v.strictObject({
  /** A note for the people who keep the file (each of data/*.json has one). */
  about: v.optional(Text),
  jurisdictions: v.array(Jurisdiction),
  providers: v.array(Provider),
  datacenters: v.array(Datacenter),
  instruments: v.array(Instrument),
  requestTypes: v.array(RequestType),
  scenarios: v.optional(v.array(Scenario)),
});

export type Source = v.InferOutput<typeof Source>;
export type Membership = v.InferOutput<typeof Membership>;
export type Jurisdiction = v.InferOutput<typeof Jurisdiction>;
export type Provider = v.InferOutput<typeof Provider>;
export type Datacenter = v.InferOutput<typeof Datacenter>;
export type DataCategory = v.InferOutput<typeof DataCategory>;
export type RequestType = v.InferOutput<typeof RequestType>;
export type Target = v.InferOutput<typeof Target>;
export type Power = v.InferOutput<typeof Power>;
export type Restriction = v.InferOutput<typeof Restriction>;
export type Holding = v.InferOutput<typeof Holding>;
export type InstrumentKind = v.InferOutput<typeof InstrumentKind>;
export type Instrument = v.InferOutput<typeof Instrument>;
export type ScenarioStep = v.InferOutput<typeof ScenarioStep>;
export type Scenario = v.InferOutput<typeof Scenario>;
export type Bundle = v.InferOutput<typeof Bundle>;
