// A Vite plugin that splits the built-in data for the element. `jm:built-in-facts` is the bundle
// with every `sources` list emptied: what the map and the panel need to answer, loaded with the
// element. `jm:built-in-sources` holds those lists by path: half the data's bytes, loaded only
// when a reader opens the sources, exports an image, or brings data of their own.
// src/engine/built-in.ts assembles the same bundle for the engine; a test keeps the two equal.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const read = (file) => JSON.parse(readFileSync(resolve('data', file), 'utf8'));

/** The ISO numeric codes of the base map's country shapes. */
const SHAPES = new Set(
  JSON.parse(readFileSync(resolve('src/map/basemap-110m.json'), 'utf8')).countries.map((c) => c.id),
);

/** The files the built-in bundle is made of, under data/. */
const DATA_FILES = [
  'jurisdictions.json',
  'providers.json',
  'datacenters.json',
  'instruments.json',
  'request-types.json',
  'scenarios/microsoft-ireland.json',
  'scenarios/uk-cloud-act-agreement.json',
  'scenarios/eu-e-evidence.json',
  'scenarios/data-in-china.json',
];

/** The built-in bundle, assembled as src/engine/built-in.ts does. */
export function builtInBundle() {
  return {
    jurisdictions: read('jurisdictions.json').jurisdictions,
    providers: read('providers.json').providers,
    datacenters: read('datacenters.json').datacenters,
    instruments: read('instruments.json').instruments,
    requestTypes: read('request-types.json').requestTypes,
    scenarios: [
      read('scenarios/microsoft-ireland.json'),
      read('scenarios/uk-cloud-act-agreement.json'),
      read('scenarios/eu-e-evidence.json'),
      read('scenarios/data-in-china.json'),
    ],
  };
}

/**
 * Empties every `sources` list in place, and takes out the instruments', their parties' and data
 * centers' notes (on their sources and doubts: the panel shows them with the sources), the
 * instruments' full titles, the scenarios' speaker notes (the caption loads them when a
 * presenter turns them on), the providers' notes and head-office cities (the map shows
 * neither; 0.4 kB gzip), what nothing but the sources and a bundle's check reads (providers'
 * legal names, request types' legal bases, instruments' signing dates) and the numeric codes of
 * countries without a shape on the base map; returns [path, value] for each, and the newest
 * date. Countries' notes stay: the panel shows them with the country.
 */
export function splitSources(bundle) {
  const sources = [];
  let checked = '';
  const visit = (value, path) => {
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'sources' && Array.isArray(inner)) {
          for (const s of inner) if (s.checked > checked) checked = s.checked;
          sources.push([[...path, key], inner]);
          value[key] = [];
        } else if (
          path.length === 2 &&
          ((key === 'title' && path[0] === 'instruments') ||
            (key === 'legalName' && path[0] === 'providers') ||
            (key === 'legalBasis' && path[0] === 'requestTypes'))
        ) {
          // An instrument's full title: the map names it by its short title and in sentences;
          // the full one is for the sources, so it waits with them (an empty string till then).
          // A provider's legal name and a request type's legal basis: nothing on the map or in
          // the panel reads them (0.3 kB gzip); they come back with the sources.
          sources.push([[...path, key], inner]);
          value[key] = '';
        } else if (
          (key === 'note' &&
            ((path.length === 2 &&
              (path[0] === 'instruments' ||
                path[0] === 'datacenters' ||
                path[0] === 'providers')) ||
              // A party's own note (a date from one secondary source): no answer needs it.
              (path.length === 4 && path[0] === 'instruments' && path[2] === 'parties'))) ||
          // A step's speaker notes: shown only when a presenter asks for them (1 kB gzip).
          (key === 'notes' && path.length === 4 && path[0] === 'scenarios') ||
          (key === 'headquartersCity' && path.length === 2 && path[0] === 'providers') ||
          // When it was signed: only the check of a bundle reads it (signed before in force).
          (key === 'signed' && path.length === 2 && path[0] === 'instruments') ||
          // A country's ISO numeric code ties it to its shape on the base map (src/map/atlas.ts);
          // 75 codes have no shape at this scale (Andorra, Singapore…): 0.2 kB gzip.
          (key === 'numeric' &&
            path.length === 2 &&
            path[0] === 'jurisdictions' &&
            !SHAPES.has(inner))
        ) {
          sources.push([[...path, key], inner]);
          delete value[key];
        } else {
          if (key === 'checked' && typeof inner === 'string' && inner > checked) checked = inner;
          visit(inner, [...path, key]);
        }
      }
    }
  };
  visit(bundle, []);
  return { sources, checked };
}

/** A data center's id from its provider and region, as src/engine/check.ts requires it. */
export const datacenterId = (d) => `${d.provider}-${d.region}`.toLowerCase();

/**
 * The lists whose every record has `sources`: empty in the facts, so they are left out. The
 * bundle's COLLECTIONS in src/engine/world.ts (a test holds the two equal).
 */
export const LISTS_WITH_SOURCES = [
  'jurisdictions',
  'providers',
  'datacenters',
  'instruments',
  'requestTypes',
  'scenarios',
];

/**
 * Leaves out of the split facts what src/elements/built-in-data.ts puts back when the module
 * loads: the empty `sources` of every record of those lists, a jurisdiction's `kind` when it is
 * "country", an instrument's emptied `title`, a provider's `legalName` and a request type's
 * `legalBasis` (emptied too), a data center's id; and the empty `sources` of the instruments'
 * parties and the providers' establishments, which are optional and need nothing put back. They
 * are 800 B gzip of the element's file, where every byte counts against the 90 kB budget
 * (issue 6).
 */
export function leaveOutDefaults(facts) {
  for (const list of LISTS_WITH_SOURCES) {
    for (const record of facts[list]) {
      if (!Array.isArray(record.sources) || record.sources.length) {
        throw new Error(`${list}: ${record.id} has no empty sources to leave out`);
      }
      delete record.sources;
    }
  }
  // A party's and an establishment's sources are optional in the schema and read by nothing
  // until they arrive (the sources module then sets them at their paths): 98 parties' lists
  // (60 B gzip); no establishment has sources yet, the loop keeps any a later edit adds out.
  for (const i of facts.instruments) for (const p of i.parties ?? []) delete p.sources;
  for (const p of facts.providers) for (const e of p.establishments ?? []) delete e.sources;
  for (const j of facts.jurisdictions) if (j.kind === 'country') delete j.kind;
  // A data center's id is its provider and region (the data check holds it to that): 0.3 kB.
  for (const d of facts.datacenters) if (d.id === datacenterId(d)) delete d.id;
  for (const i of facts.instruments) if (i.title === '') delete i.title;
  for (const p of facts.providers) if (p.legalName === '') delete p.legalName;
  for (const r of facts.requestTypes) if (r.legalBasis === '') delete r.legalBasis;
  return facts;
}

const FACTS = 'jm:built-in-facts';
const SOURCES = 'jm:built-in-sources';

export function dataSplit() {
  let split;
  const load = () => {
    if (split) return split;
    const bundle = builtInBundle();
    const { sources, checked } = splitSources(bundle);
    return (split = { bundle: leaveOutDefaults(bundle), sources, checked });
  };
  return {
    name: 'jurisdiction-map-data-split',
    // An edited data file (under `npm start`) is read again, not served from the first split.
    watchChange: (id) => {
      if (id.includes(`${resolve('data')}`)) split = undefined;
    },
    resolveId: (id) => (id === FACTS || id === SOURCES ? `\0${id}` : undefined),
    load(id) {
      // JSON.parse("…") parses far faster than the same data as an object literal.
      const json = (value) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
      if (id === `\0${FACTS}`) {
        const { bundle, checked } = load();
        for (const file of DATA_FILES) this.addWatchFile(resolve('data', file));
        return `export const bundle = ${json(bundle)};\nexport const checked = ${JSON.stringify(checked)};\n`;
      }
      if (id === `\0${SOURCES}`) return `export default ${json(load().sources)};\n`;
      return undefined;
    },
  };
}
