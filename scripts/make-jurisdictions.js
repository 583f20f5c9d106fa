// Regenerates data/jurisdictions.json from ISO 3166-1 (Debian's iso-codes package) and the
// world-atlas shapes. Run by hand when either changes: `node scripts/make-jurisdictions.js`
// (needs `apt-get install iso-codes`). The EU's members and the sovereigns below are kept here,
// each with its source, because neither list has them.
import { readFileSync, writeFileSync } from 'node:fs';

const CHECKED = '2026-11-26';
const ISO_FILE = '/usr/share/iso-codes/json/iso_3166-1.json';
const ISO_SOURCE = {
  citation: 'ISO 3166-1 country codes, as published in Debian iso-codes 4.15.0 (iso_3166-1.json)',
  url: 'https://salsa.debian.org/iso-codes-team/iso-codes',
  checked: CHECKED,
};
const ATLAS_SOURCE = {
  citation: 'world-atlas 2.0.2 countries-110m.json (Natural Earth 1:110m Admin 0), shape ids',
  url: 'https://github.com/topojson/world-atlas',
  checked: CHECKED,
};
// Shorter everyday names where ISO has no common name.
const NAMES = {
  RU: 'Russia',
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  FM: 'Micronesia',
  PS: 'Palestine',
  VA: 'Holy See',
  TR: 'Türkiye',
};

// Names that take "the" inside a sentence.
const WITH_ARTICLE = [
  'AE',
  'BS',
  'CD',
  'CF',
  'CG',
  'DO',
  'GB',
  'GM',
  'KM',
  'KY',
  'MH',
  'MV',
  'NL',
  'PH',
  'SB',
  'US',
  'VA',
];

// Shapes world-atlas draws without a numeric id, and the jurisdiction each is shown with.
const ATLAS_NAMELESS = {
  'N. Cyprus': {
    id: 'CY',
    note: 'Natural Earth draws northern Cyprus separately; it is shown with the Republic of Cyprus, whose territory it is under international law (UN Security Council Resolution 541 (1983)); EU law is suspended there (2003 Act of Accession, Protocol No 10).',
  },
  Somaliland: {
    id: 'SO',
    note: 'Natural Earth draws Somaliland separately; it is shown with Somalia, since no state recognises it.',
  },
  Kosovo: { id: 'XK', note: '' },
};

const EU_SOURCE = {
  citation: 'European Union, "EU countries" (country profiles with year of entry)',
  url: 'https://european-union.europa.eu/principles-countries-history/eu-countries_en',
  checked: CHECKED,
};
const WITHDRAWAL_SOURCE = {
  citation:
    'Agreement on the withdrawal of the United Kingdom from the EU and Euratom, OJ L 29, 31.1.2020, p. 7, Arts. 126–129 (transition period to 31 December 2020)',
  url: 'https://eur-lex.europa.eu/eli/treaty/withd_2020/sign',
  checked: CHECKED,
};
// Founding members count from the EEC Treaty's entry into force (1 January 1958).
const EU_MEMBERS = [
  ...['BE', 'DE', 'FR', 'IT', 'LU', 'NL'].map((id) => ({ id, from: '1958-01-01' })),
  ...['DK', 'IE'].map((id) => ({ id, from: '1973-01-01' })),
  {
    id: 'GB',
    from: '1973-01-01',
    until: '2020-01-31',
    unionLawUntil: '2020-12-31',
    note: 'Left the EU on 31 January 2020; EU law kept applying to it during the transition period, until 31 December 2020.',
    sources: [WITHDRAWAL_SOURCE],
  },
  { id: 'GR', from: '1981-01-01' },
  ...['ES', 'PT'].map((id) => ({ id, from: '1986-01-01' })),
  ...['AT', 'FI', 'SE'].map((id) => ({ id, from: '1995-01-01' })),
  ...['CY', 'CZ', 'EE', 'HU', 'LV', 'LT', 'MT', 'PL', 'SK', 'SI'].map((id) => ({
    id,
    from: '2004-05-01',
  })),
  ...['BG', 'RO'].map((id) => ({ id, from: '2007-01-01' })),
  { id: 'HR', from: '2013-07-01' },
];

// Territories whose legal system the map must tell apart from their sovereign's.
const SOVEREIGNS = {
  HK: {
    sovereign: 'CN',
    note: 'A Special Administrative Region of China with its own legal system: national laws apply there only if listed in Annex III to the Basic Law (Art. 18).',
    source: {
      citation: 'Basic Law of the Hong Kong Special Administrative Region, Arts. 8 and 18',
      url: 'https://www.basiclaw.gov.hk/en/basiclaw/index.html',
      checked: CHECKED,
    },
  },
  MO: {
    sovereign: 'CN',
    note: 'A Special Administrative Region of China with its own legal system: national laws apply there only if listed in Annex III to the Basic Law (Art. 18).',
    source: {
      citation: 'Basic Law of the Macao Special Administrative Region, Arts. 8 and 18',
      url: 'https://bo.io.gov.mo/bo/i/1999/leibasica/index_uk.asp',
      checked: CHECKED,
    },
  },
  GL: {
    sovereign: 'DK',
    note: 'Part of the Kingdom of Denmark; outside the European Communities since 1 February 1985 (Greenland Treaty).',
    source: {
      citation:
        'Treaty amending, with regard to Greenland, the Treaties establishing the European Communities, OJ L 29, 1.2.1985, p. 1',
      url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:11985I/TXT',
      checked: CHECKED,
    },
  },
};

const iso = JSON.parse(readFileSync(ISO_FILE, 'utf8'))['3166-1'];
const atlas = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8'));
const drawn = new Set(atlas.objects.countries.geometries.map((g) => g.id).filter(Boolean));

const jurisdictions = iso
  .map((c) => {
    const record = {
      id: c.alpha_2,
      kind: 'country',
      name: NAMES[c.alpha_2] ?? c.common_name ?? c.name,
      numeric: c.numeric,
    };
    if (WITH_ARTICLE.includes(c.alpha_2)) record.inSentence = `the ${record.name}`;
    const atlasNames = Object.entries(ATLAS_NAMELESS).filter(([, v]) => v.id === c.alpha_2);
    if (atlasNames.length) record.atlasNames = atlasNames.map(([name]) => name);
    const sovereign = SOVEREIGNS[c.alpha_2];
    const notes = [...atlasNames.map(([, v]) => v.note), sovereign?.note].filter(Boolean);
    if (sovereign) record.sovereign = sovereign.sovereign;
    if (notes.length) record.note = notes.join(' ');
    record.sources =
      drawn.has(c.numeric) || atlasNames.length ? [ISO_SOURCE, ATLAS_SOURCE] : [ISO_SOURCE];
    if (sovereign) record.sources.push(sovereign.source);
    return record;
  })
  .concat([
    {
      id: 'XK',
      kind: 'country',
      name: 'Kosovo',
      atlasNames: ['Kosovo'],
      note: 'XK is the user-assigned code the EU and others use for Kosovo; ISO 3166-1 has none.',
      sources: [
        {
          citation:
            'European Commission, Interinstitutional Style Guide, list of countries (Kosovo: XK)',
          checked: CHECKED,
        },
        ATLAS_SOURCE,
      ],
    },
    {
      id: 'EU',
      kind: 'union',
      name: 'European Union',
      inSentence: 'the European Union',
      members: EU_MEMBERS,
      note: 'Membership before 1 November 1993 is membership of the European Communities.',
      sources: [EU_SOURCE],
    },
  ])
  .sort((a, b) => a.id.localeCompare(b.id));

const file = {
  about:
    'Jurisdictions: every ISO 3166-1 country, Kosovo, and the European Union with its members. See data/README.md.',
  jurisdictions,
};
writeFileSync('data/jurisdictions.json', JSON.stringify(file, null, 2) + '\n');
console.log(`${jurisdictions.length} jurisdictions written`);
