// Every word of the interface in English, and how a map gets the words of another language
// (French: ./fr.ts). The content (names, legal summaries, the engine's sentences, scenario
// captions) comes from data/ in English and is marked lang="en" when the interface speaks
// another language; legal citations stay as they are.
// Dates go through Intl; country names too, where the reader's language is not English.
import type { LegalEvent, Reach, Role } from '../engine/core.js';
import { MONTHS, possessive } from '../engine/words.js';

export interface Strings {
  reach: Record<Reach, string>;
  /** The reach in a sentence, lower case ("direct reach"). */
  reachWords: Record<Reach, string>;
  roles: Record<Role, string>;
  withConflict: string;
  loadingLabel: string;
  loading: string;
  /** The map's keys: its region's description (its name is `map`). */
  mapKeys: string;
  stepKeys: string;
  skipMap: string;
  mapEnd: string;
  worldMap: (summary: string) => string;
  countriesGroup: string;
  datacenters: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  dismiss: string;
  retry: string;
  /** After the first problems of a bundle shown in the element: how many more the event has. */
  moreProblems: (count: string) => string;
  stepOf: (step: string, steps: string) => string;
  previousStep: string;
  /** What comes between a name and what is said of it: ': ' (French puts a space before). */
  colon: string;
  /** The caption when a reader has changed the request away from the step's. */
  offScript: string;
  backToStep: (step: string) => string;
  nextStep: string;
  play: string;
  pause: string;
  notes: string;
  /** Shown for Notes (N) on a step that has none, so a presenter sees the key worked. */
  noNotes: string;
  notesLoading: string;
  notesFailed: string;
  yearTo: (date: string) => string;
  request: string;
  from: string;
  datacenter: string;
  cannotIssue: string;
  asOf: (date: string) => string;
  asOfDate: string;
  playYears: string;
  pauseYears: string;
  map: string;
  table: string;
  explanation: string;
  choose: string;
  downloadPng: string;
  downloadSvg: string;
  downloadCsv: string;
  copyLink: string;
  copyEmbed: string;
  link: string;
  embedCode: string;
  copied: (what: string) => string;
  notAdvice: string;
  disclaimer: (checked: string) => string;
  legend: string;
  legendCountries: string;
  /** What a `providers` filter leaves on the map: "data centers of Microsoft and Google only". */
  onlyOf: (names: readonly string[]) => string;
  legendDatacenters: string;
  legendRequester: string;
  legendProvider: string;
  legendData: string;
  legendRequested: string;
  legendParty: string;
  legendConflict: string;
  legendBarrier: string;
  legendPath: string;
  path: string;
  laws: string;
  inTheWay: string;
  timeToData: string;
  sources: (n: string) => string;
  sourcesUnloaded: string;
  sourcesLoading: string;
  sourcesFailed: string;
  checked: (date: string) => string;
  close: string;
  inForceFor: (date: string) => string;
  /**
   * A legal event's words after the instrument's short title ("CLOUD Act : entrée en vigueur"),
   * for an interface in another language than the engine's, whose English labels say it ("CLOUD
   * Act in force"). English leaves it out and shows those labels.
   */
  events?: Record<LegalEvent['kind'], string>;
  since: (date: string) => string;
  noInstrument: string;
  datacentersHere: string;
  noneInData: string;
  country: string;
  tableCaption: (type: string, from: string, date: string) => string;
  compared: string;
  onTheMap: string;
  reachLabel: string;
  swap: string;
  /** The comparison's Request cell: the type, the requesting state in a sentence, the provider and its data center. */
  describe: (type: string, from: string, provider: string, datacenter: string) => string;
  badAttribute: (attribute: string, message: string) => string;
  /** An attribute's value outside its list (theme="blue"): what it was, what it may be. */
  unknownValue: (value: string, allowed: readonly string[]) => string;
  noDatacenter: (value: string) => string;
  /**
   * Ids the data lacks, of a country (`country="XX"`) or providers (`providers`); `meant`: the
   * ids the data has in another case ("azure" for "AZURE"), if any.
   */
  noId: (kind: 'country' | 'provider', values: string[], meant: (string | undefined)[]) => string;
  /** autoplay's value that is no number of seconds from 1 up. */
  notSeconds: (value: string) => string;
  dataAttribute: string;
  noFullscreen: string;
  /** A `step` set without a `scenario`: there is nothing to step through. */
  stepWithoutScenario: string;
  /** The heading over the data's notes on its sources (in the sources list). */
  sourceNotes: string;
  /** Words typed in the data-center field that fit several data centers (`count` in the reader's digits). */
  manyDatacenters: (value: string, count: string) => string;
  bundleNotUsed: (where: string, message: string) => string;
  bundleNotLoaded: (src: string, message: string) => string;
  dataProperty: string;
  bundleAt: (src: string) => string;
  imageFailed: (message: string) => string;
  exportSources: (list: string, more: string, checked: string) => string;
  andMore: (n: string) => string;
}

/** "A", "A and B", "A, B and C". */
function and(names: readonly string[], word: string): string {
  return names.length < 2
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} ${word} ${names.at(-1)}`;
}

export const en: Strings = {
  reach: {
    direct: 'Direct',
    assisted: 'Through another state',
    contested: 'Contested in court',
    none: 'No route',
  },
  reachWords: {
    direct: 'direct reach',
    assisted: 'reach through another state',
    contested: 'reach contested in court',
    none: 'no route',
  },
  roles: {
    requester: 'requesting state',
    provider: "provider's home",
    data: 'where the data is',
    requested: 'asked for assistance',
    conflict: 'its law stands in the way',
  },
  withConflict: ', with a law in the way',
  loadingLabel: 'World map, loading',
  loading: 'Map loading…',
  skipMap: 'Skip the map',
  mapEnd: 'End of the map.',
  mapKeys:
    'Keys: + and − zoom, 0 resets; Tab reaches the data centers and the countries, where arrows go through this answer’s and then all, and typing a name goes to it.',
  stepKeys:
    'In this scenario: → or Page Down for the next step, ← or Page Up for the one before, Home and End, N for notes, F for full screen.',
  worldMap: (summary) => `World map: ${summary}`,
  countriesGroup: 'Countries, this answer’s first',
  datacenters: 'Data centers',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetZoom: 'Reset zoom',
  dismiss: 'Dismiss the message',
  retry: 'Retry',
  moreProblems: (count) => `…and ${count} more (the jm-error event lists them all).`,
  stepOf: (step, steps) => `step ${step} of ${steps}`,
  previousStep: 'Previous step',
  colon: ': ',
  offScript: 'The map now shows your own choice, not this step.',
  backToStep: (step) => `Back to step ${step}`,
  nextStep: 'Next step',
  play: 'Play',
  pause: 'Pause',
  notes: 'Notes',
  noNotes: 'No notes for this step.',
  notesLoading: 'Loading the notes…',
  notesFailed:
    'The notes could not be loaded. Turn them off and on to try again, or reload the page.',
  yearTo: (date) => `In the year to ${date}`,
  request: 'Request',
  from: 'From',
  datacenter: 'Data center',
  cannotIssue: ' — cannot issue it',
  asOf: (date) => `As of ${date}`,
  asOfDate: 'As-of date',
  playYears: 'Play through the years',
  pauseYears: 'Pause the years',
  map: 'Map',
  table: 'Table',
  explanation: 'Explanation',
  choose: 'Choose a request, a requesting state and a data center.',
  downloadPng: 'Download PNG',
  downloadSvg: 'Download SVG',
  downloadCsv: 'Download CSV',
  copyLink: 'Copy link',
  copyEmbed: 'Copy embed code',
  link: 'Link',
  embedCode: 'Embed code',
  copied: (what) => `${what} copied.`,
  notAdvice: 'Not legal advice.',
  disclaimer: (checked) =>
    ` Researched from public sources, checked ${checked}; the law changes and each case turns on its facts.`,
  legend: 'Legend',
  legendCountries: 'Countries',
  onlyOf: (names) => `data centers of ${and(names, 'and')} only`,
  legendDatacenters: 'Data centers',
  legendRequester: 'Requesting state',
  legendProvider: "Provider's home",
  legendData: 'Where the data is',
  legendRequested: 'State asked for help',
  legendParty: 'Party to a treaty used',
  legendConflict: 'Its law stands in the way',
  legendBarrier: 'A law in the way',
  legendPath: 'Path of the request, numbered',
  path: 'Path',
  laws: 'Laws, treaties and judgments',
  inTheWay: 'In the way',
  timeToData: 'Time to data',
  sources: (n) => `Sources (${n})`,
  sourcesUnloaded: 'Sources',
  sourcesLoading: 'Loading the sources…',
  sourcesFailed:
    'The sources could not be loaded. Close and open this list to try again, or reload the page.',
  checked: (date) => `(checked ${date})`,
  close: 'Close',
  inForceFor: (date) => `In force for it on ${date}`,
  since: (date) => `from ${date}`,
  noInstrument: 'No instrument in the data binds it on this date.',
  datacentersHere: 'Data centers here',
  noneInData: 'None in the data.',
  country: 'Country',
  tableCaption: (type, from, date) => `Reach of ${type} from ${from} on ${date}`,
  compared: 'Compared',
  onTheMap: 'On the map',
  reachLabel: 'Reach',
  swap: 'Show the compared one on the map',
  describe: (type, from, provider, datacenter) =>
    `${type} from ${from} for ${possessive(provider)} ${datacenter}`,
  badAttribute: (attribute, message) => `The ${attribute} attribute is wrong: ${message}.`,
  // controls="hidden" said `"hidden" is not one of "none"` (the embedding review).
  unknownValue: (value, allowed) =>
    `"${value}" is not ${allowed.length > 1 ? 'one of ' : ''}${allowed.map((a) => `"${a}"`).join(', ')}${allowed.length > 1 ? '' : ', the one value it takes'} (the default is used)`,
  dataAttribute:
    "a bundle is given as the data property, from a script, and a file's address as the src attribute",
  noFullscreen:
    'The browser refused full screen. In an iframe, the frame needs allow="fullscreen".',
  noDatacenter: (value) => `No data center matches "${value}".`,
  noId: (kind, values, meant) => {
    const quoted = (ids: (string | undefined)[]) =>
      ids.flatMap((id) => (id === undefined ? [] : [`"${id}"`])).join(', ');
    const hint = quoted(meant);
    return `no ${kind} in the data has the id${values.length > 1 ? 's' : ''} ${quoted(values)}${hint ? ` (did you mean ${hint})` : ''}`;
  },
  notSeconds: (value) => `"${value}" is not a number of seconds, 1 or more (8 are used)`,
  stepWithoutScenario: 'there is no scenario to step through',
  sourceNotes: 'Notes on the sources',
  manyDatacenters: (value, count) =>
    `${count} data centers match "${value}": choose one from the list.`,
  bundleNotUsed: (where, message) => `${where} was not used. ${message}`,
  bundleNotLoaded: (src, message) => `The data bundle at ${src} could not be loaded (${message}).`,
  dataProperty: 'The data property',
  bundleAt: (src) => `The data bundle at ${src}`,
  imageFailed: (message) => `The image could not be made: ${message}.`,
  exportSources: (list, more, checked) =>
    `Sources: ${list}${more}. Data checked ${checked}. Not legal advice. Jurisdiction Map.`,
  andMore: (n) => `; and ${n} more`,
};

/**
 * The languages the interface speaks besides English, by primary language subtag: each in a
 * file of its own, loaded the first time a map speaks it (a page in English downloads no French:
 * 1.5 kB gzip of the element's file).
 */
const LOADERS: Readonly<Record<string, () => Promise<Strings>>> = {
  fr: () => import('./fr.js').then((m) => m.fr),
};
const loaded = new Map<string, Strings>([['en', en]]);
const loading = new Map<string, Promise<void>>();

/** "fr" of "fr-CA" or " FR_fr ". */
const primary = (tag: string) => tag.trim().toLowerCase().split(/[-_]/)[0]!;

/** What a map shows before it draws: a lazy map far from view, or one awaiting its words. */
export type PlaceholderWords = Pick<Strings, 'loading' | 'loadingLabel'>;

/**
 * The placeholder's words in the languages loaded on demand, kept here so that a map says
 * "loading" in its reader's language before the rest of the words are in (a lazy map does not
 * fetch them until it nears the view). test/browser/localization.test.ts keeps them equal to
 * the language's own file.
 */
export const PLACEHOLDERS: Readonly<Record<string, PlaceholderWords>> = {
  fr: { loadingLabel: 'Carte du monde, chargement', loading: 'Chargement de la carte…' },
};

/** The placeholder's words for the tag's language: its own once loaded, else the copy here. */
export function placeholderWords(tag: string): PlaceholderWords {
  const lang = primary(tag || 'en');
  return loaded.get(lang) ?? (Object.hasOwn(PLACEHOLDERS, lang) ? PLACEHOLDERS[lang]! : en);
}

/** Why a language's words could not be loaded, by primary subtag (wordsFailure). */
const failures = new Map<string, unknown>();

/** Why the words of the tag's language could not be loaded, if they could not. */
export function wordsFailure(tag: string): unknown {
  return failures.get(primary(tag));
}

/**
 * Loads the words of the tag's language, when the interface speaks it and they are not in yet;
 * undefined when there is nothing to wait for. It never rejects: after a failed load the
 * language speaks English (localeFor), wordsFailure says why, and the page is not asked again.
 */
export function wordsFor(tag: string): Promise<void> | undefined {
  const lang = primary(tag);
  // Own keys only: lang="constructor" must not find Object.prototype's members.
  if (loaded.has(lang) || !Object.hasOwn(LOADERS, lang)) return undefined;
  let pending = loading.get(lang);
  if (!pending) {
    pending = LOADERS[lang]!().then(
      (t) => void loaded.set(lang, t),
      (error: unknown) => {
        loaded.set(lang, en);
        failures.set(lang, error);
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

/** A reader's language, resolved: the words, and Intl formats for dates and country names. */
export interface Locale {
  /** The language tag as given (e.g. "fr-CA"), or "en". */
  tag: string;
  /** The primary subtag the words are in ("en", "fr"). */
  lang: string;
  t: Strings;
  /** "1 June 2017" / "1 juin 2017" from 2017-06-01, in UTC (a date, not a moment). */
  date(iso: string): string;
  /** An integer in the reader's digits. */
  count(n: number): string;
  /** A jurisdiction's name in the reader's language, or `fallback` (the data's English name). */
  country(id: string, fallback: string): string;
}

// Dates in the commonest tags are written here, exactly as Intl.DateTimeFormat writes them
// (test/browser/localization.test.ts compares every day from 1900 to 2100 with Chromium's Intl):
// the first Intl object a page makes loads ICU's locale data, 15-50 ms of the first render on
// the demo page, on the main thread. Other tags ("en-AU", "fr-CA", ...) go through Intl.
const HAND_TAGS: Record<string, string> = {
  en: 'en',
  'en-us': 'en-US',
  'en-gb': 'en-GB',
  fr: 'fr',
  'fr-fr': 'fr-FR',
};
const FR_MONTHS =
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' ');

/** "June 1, 2017" (en, en-US), "1 June 2017" (en-GB), "1 juin 2017" (fr); else undefined. */
export function handDate(tag: string, d: Date): string | undefined {
  const year = d.getUTCFullYear();
  // Intl writes other years differently (era, padding); those go to Intl.
  if (year < 1000 || year > 9999) return undefined;
  const day = d.getUTCDate();
  const month = d.getUTCMonth();
  if (tag === 'en' || tag === 'en-US') return `${MONTHS[month]} ${day}, ${year}`;
  if (tag === 'en-GB') return `${day} ${MONTHS[month]} ${year}`;
  // French writes the first of the month as an ordinal: « 1er juin 2014 ».
  if (tag === 'fr' || tag === 'fr-FR')
    return `${day === 1 ? '1er' : day} ${FR_MONTHS[month]} ${year}`;
  return undefined;
}

// One Locale per `lang` string seen, at most LOCALES_KEPT of them: a page that sets ever new
// strings (a fuzzer, a typing field bound to lang) must not grow memory without end.
const cache = new Map<string, Locale>();
const LOCALES_KEPT = 32;

/** How many Locales are cached (for the tests). */
export function cachedLocales(): number {
  return cache.size;
}

/** The Locale for a language tag; unknown or malformed tags fall back to English. */
export function localeFor(tag: string): Locale {
  const wanted = (tag || 'en').trim();
  let locale = cache.get(wanted);
  if (locale) return locale;
  const lang = primary(wanted);
  // A language whose words are still loading (wordsFor) is English for now, and not kept.
  if (!loaded.has(lang) && Object.hasOwn(LOADERS, lang)) return localeFor('en');
  const t = loaded.get(lang) ?? en;
  const known = t !== en || lang === 'en';
  // The full tag ("en-GB", "fr-CA") shapes dates when Intl knows it; a malformed one throws here.
  // The tags written by hand below need no asking (asking loads ICU's locale data too).
  let safeTag = t === en ? 'en' : lang;
  // (Own keys only here too: lang="constructor" found Object's constructor as a tag.)
  const handKey = wanted.toLowerCase();
  const handTag = Object.hasOwn(HAND_TAGS, handKey) ? HAND_TAGS[handKey] : undefined;
  // Only for words in hand: French that could not be loaded speaks English, dates too (its
  // dates were French in an English map).
  try {
    if (known && handTag) safeTag = handTag;
    else if (known && wanted !== lang && Intl.DateTimeFormat.supportedLocalesOf([wanted]).length) {
      safeTag = wanted;
    }
  } catch {
    // Not a language tag: the fallback above stands.
  }
  // The Intl objects are made on first use: making one loads locale data (tens of milliseconds
  // on a slow CPU, in the first render), and a map without pickers or panel may never need them.
  let dates: Intl.DateTimeFormat | undefined;
  let numbers: Intl.NumberFormat | undefined;
  let regions: Intl.DisplayNames | undefined;
  locale = {
    tag: safeTag,
    lang: t === en ? 'en' : lang,
    t,
    date: (iso) => {
      const d = new Date(`${iso}T00:00:00Z`);
      if (Number.isNaN(d.getTime())) return iso;
      const byHand = handDate(safeTag, d);
      if (byHand) return byHand;
      dates ??= new Intl.DateTimeFormat(safeTag, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      const written = dates.format(d);
      return safeTag.startsWith('fr') ? written.replace(/^1 /, '1er ') : written;
    },
    count: (n) => (numbers ??= new Intl.NumberFormat(safeTag)).format(n),
    country: (id, fallback) => {
      if (t === en) return fallback;
      try {
        regions ??= new Intl.DisplayNames([safeTag], { type: 'region' });
        const name = regions.of(id);
        return name && name !== id ? name : fallback;
      } catch {
        return fallback;
      }
    },
  };
  if (cache.size >= LOCALES_KEPT) cache.delete(cache.keys().next().value!);
  cache.set(wanted, locale);
  return locale;
}
