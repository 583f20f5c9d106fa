// The content of data/: complete where the issue asks, every fact sourced and dated, nothing
// UNVERIFIED stated as fact, and every country world-atlas draws mapped to a jurisdiction.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/engine/index.js';

const world = createWorld();
const atlas = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as {
  objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } };
};

describe('the built-in data set', () => {
  it('has a jurisdiction for every country world-atlas 110m draws', () => {
    const numeric = new Map([...world.jurisdictions.values()].map((j) => [j.numeric, j.id]));
    const byAtlasName = new Map(
      [...world.jurisdictions.values()].flatMap((j) => (j.atlasNames ?? []).map((n) => [n, j.id])),
    );
    const missing = atlas.objects.countries.geometries.filter(
      (g) => !(g.id && numeric.has(g.id)) && !byAtlasName.has(g.properties.name),
    );
    expect(missing.map((g) => g.properties.name)).toEqual([]);
  });

  it('has the EU with its members on their dates: the UK until 2020-01-31, Croatia from 2013-07-01', () => {
    const eu = world.jurisdictions.get('EU')!;
    expect(eu.members).toHaveLength(28);
    expect(eu.members).toContainEqual(
      expect.objectContaining({ id: 'GB', until: '2020-01-31', unionLawUntil: '2020-12-31' }),
    );
    expect(eu.members).toContainEqual(expect.objectContaining({ id: 'HR', from: '2013-07-01' }));
  });

  it('has the providers the issue names, and the operators of regions in China', () => {
    for (const id of ['azure', 'aws', 'gcp', 'ovhcloud', 'alibaba', 'sinnet', 'nwcd', '21vianet']) {
      expect(world.providers.has(id), id).toBe(true);
    }
    expect(world.datacenters.get('aws-cn-north-1')!.operator).toBe('sinnet');
    expect(world.datacenters.get('aws-cn-northwest-1')!.operator).toBe('nwcd');
    expect(world.datacenters.get('azure-chinaeast2')!.operator).toBe('21vianet');
  });

  it('has at least 60 data centers, on every inhabited continent, including the named ones', () => {
    expect(world.datacenters.size).toBeGreaterThanOrEqual(60);
    for (const id of [
      'azure-northeurope',
      'azure-eastus',
      'aws-us-east-1',
      'aws-eu-west-1',
      'aws-cn-north-1',
      'gcp-us-central1',
    ]) {
      expect(world.datacenters.has(id), id).toBe(true);
    }
    // Rough continental boxes are enough to show the spread.
    const continents = new Set(
      [...world.datacenters.values()].map(({ lat, lon }) =>
        lat < -10 && lon > 110
          ? 'Oceania'
          : lat < 15 && lon < -30
            ? 'South America'
            : lon < -30
              ? 'North America'
              : lat < 35 && lon < 52 && !(lat > 12 && lon > 34)
                ? 'Africa'
                : lon < 40 && lat > 35
                  ? 'Europe'
                  : 'Asia',
      ),
    );
    expect([...continents].sort()).toEqual([
      'Africa',
      'Asia',
      'Europe',
      'North America',
      'Oceania',
      'South America',
    ]);
  });

  it('has every instrument id of the public vocabulary', () => {
    for (const id of [
      'us-sca',
      'us-cloud-act',
      'mlat-us-ie',
      'eu-us-mla',
      'eu-japan-mla',
      'cloud-uk-us',
      'cloud-au-us',
      'eu-e-evidence',
      'budapest-convention',
      'budapest-protocol-2',
      'gdpr-art48',
      'cn-dsl',
      'cn-pipl',
      'ru-data-localisation',
      'ch-stgb-271',
      'fr-blocking-statute',
    ]) {
      expect(world.instruments.has(id), id).toBe(true);
    }
  });

  it('has every request type of the public vocabulary', () => {
    expect([...world.requestTypes.keys()].sort()).toEqual([
      'cloud-act-order',
      'emergency-request',
      'eu-production-order',
      'mlat',
      'us-subpoena',
      'us-warrant',
    ]);
  });

  it('dates every source, no later than today, and states nothing marked UNVERIFIED', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const file of [
      'jurisdictions',
      'providers',
      'datacenters',
      'instruments',
      'request-types',
    ]) {
      const text = readFileSync(`data/${file}.json`, 'utf8');
      expect(text, file).not.toMatch(/UNVERIFIED/);
      for (const [, checked] of text.matchAll(/"checked": "([^"]+)"/g))
        expect(checked! <= today, file).toBe(true);
    }
  });

  // An instrument's name links to its url: the publisher's page where there is one (data/README.md).
  // These document-sharing and content sites copy texts; the instruments listed may link one only
  // because no official page was found for them.
  const COPY_SITES =
    /(^|\.)(cupdf\.com|docslib\.org|dokumen\.tips|fdocuments\.in|pdfslide\.net|scribd\.com|vdocuments?\.(in|mx|net)|laitimes\.com)$/;
  const NO_OFFICIAL_PAGE = new Set(['mlat-us-it', 'cn-pipl']);
  it('links an instrument to a copy site only where no official page was found', () => {
    const copies = [...world.instruments.values()]
      .filter((i) => COPY_SITES.test(new URL(i.url).host))
      .map((i) => i.id);
    expect(copies.sort()).toEqual([...NO_OFFICIAL_PAGE].sort());
  });

  it('writes every source address in its plain form: a host without a trailing dot', () => {
    // "senat.fr./rap/…" is how one crawl recorded a page; it opens, but reads as a typo.
    const files = [
      ...['jurisdictions', 'providers', 'datacenters', 'instruments', 'request-types'],
      ...readdirSync('data/scenarios').map((name) => `scenarios/${name.replace(/\.json$/, '')}`),
    ];
    expect(files.length).toBeGreaterThan(8);
    for (const file of files) {
      const text = readFileSync(`data/${file}.json`, 'utf8');
      for (const [, url] of text.matchAll(/"url": "([^"]+)"/g))
        expect(new URL(url!).host, `${file}: ${url}`).not.toMatch(/\.(:\d+)?$/);
    }
  });

  it('gives every instrument an https or http URL and every in-force date after its signature', () => {
    for (const i of world.instruments.values()) {
      expect(i.url, i.id).toMatch(/^https?:\/\//);
      if (i.signed && i.inForce) expect(i.inForce >= i.signed, i.id).toBe(true);
    }
  });
});
