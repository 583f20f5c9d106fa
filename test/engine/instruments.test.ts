// Every instrument counts from its first day in force and not the day before: checked for each
// bilateral MLAT, each Budapest Convention party, and each blocking law.
import { describe, expect, it } from 'vitest';
import { createWorld, resolve } from '../../src/engine/index.js';
import { bundleWith, shift } from './helpers.js';

const world = createWorld();
const instruments = [...world.instruments.values()];

/** Some data center in a country, for a request aimed at that country. */
function datacenterIn(country: string): string | undefined {
  return [...world.datacenters.values()].find((d) => d.country === country)?.id;
}

describe('bilateral MLATs with the United States', () => {
  const mlats = instruments.filter((i) => i.id.startsWith('mlat-us-'));

  it('cover the countries where the data set has data centers and a sourced treaty', () => {
    expect(mlats.map((m) => m.id)).toEqual(
      expect.arrayContaining([
        'mlat-us-ie',
        'mlat-us-gb',
        'mlat-us-jp',
        'mlat-us-br',
        'mlat-us-in',
        'mlat-us-mx',
        'mlat-us-ch',
      ]),
    );
  });

  it.each(mlats.map((m) => [m.id, m] as const))(
    '%s counts from its entry into force',
    (_, mlat) => {
      const partner = mlat.parties!.find((p) => p.id !== 'US')!.id;
      // A US provider's region in the partner state, or a hypothetical one where the set has none.
      const dc = datacenterIn(partner);
      const w = dc
        ? world
        : createWorld(
            bundleWith({
              id: 'aws-test-1',
              provider: 'aws',
              region: 'test-1',
              name: 'Test',
              city: 'Test',
              country: partner,
              lat: 0,
              lon: 0,
            }),
          );
      const datacenter = dc ?? 'aws-test-1';
      const on = resolve(w, {
        requestType: 'mlat',
        requester: 'US',
        datacenter,
        asOf: mlat.inForce!,
      });
      const before = resolve(w, {
        requestType: 'mlat',
        requester: 'US',
        datacenter,
        asOf: shift(mlat.inForce!, -1),
      });
      expect(on.instruments).toContain(mlat.id);
      expect(before.instruments).not.toContain(mlat.id);
      if (mlat.until) {
        const after = resolve(w, {
          requestType: 'mlat',
          requester: 'US',
          datacenter,
          asOf: shift(mlat.until, 1),
        });
        expect(after.instruments).not.toContain(mlat.id);
      }
    },
  );
});

describe('Budapest Convention', () => {
  const budapest = world.instruments.get('budapest-convention')!;

  it('lists at least 70 dated parties, the United States from 2007-01-01, not Ireland', () => {
    expect(budapest.parties!.length).toBeGreaterThanOrEqual(70);
    expect(budapest.parties).toContainEqual(
      expect.objectContaining({ id: 'US', from: '2007-01-01' }),
    );
    expect(budapest.parties!.map((p) => p.id)).not.toContain('IE');
  });

  // Both sides must be parties: a state that joined before the United States counts from 2007-01-01.
  const usFrom = budapest.parties!.find((p) => p.id === 'US')!.from;
  it.each(
    budapest
      .parties!.filter((p) => p.id !== 'US')
      .map((p) => [p.id, p.from > usFrom ? p.from : usFrom] as const),
  )('%s can ask the United States under it from %s', (party, from) => {
    const at = (asOf: string) =>
      resolve(world, { requestType: 'mlat', requester: party, datacenter: 'aws-us-east-1', asOf });
    expect(at(from).instruments).toContain('budapest-convention');
    expect(at(shift(from, -1)).instruments).not.toContain('budapest-convention');
  });

  it('the Second Additional Protocol is not in force, so nothing cites it', () => {
    expect(world.instruments.get('budapest-protocol-2')!.inForce).toBeNull();
  });
});

/** The built-in bundle plus a hypothetical Microsoft region in Beijing. */
const chinaBundle = () =>
  bundleWith({
    id: 'azure-testchina',
    provider: 'azure',
    region: 'testchina',
    name: 'Test China',
    city: 'Beijing',
    country: 'CN',
    lat: 39.9,
    lon: 116.4,
  });

describe('blocking and localisation laws start on their dates', () => {
  // No US provider runs a region in mainland China or Russia in the data set, so a hypothetical
  // one shows what these laws do to a US warrant for data stored there.
  const inChina = createWorld(chinaBundle());
  const inRussia = createWorld(
    bundleWith({
      id: 'azure-testrussia',
      provider: 'azure',
      region: 'testrussia',
      name: 'Test Russia',
      city: 'Moscow',
      country: 'RU',
      lat: 55.75,
      lon: 37.6,
    }),
  );
  const warrant = (w: typeof world, datacenter: string, asOf: string) =>
    resolve(w, { requestType: 'us-warrant', requester: 'US', datacenter, asOf }).conflicts;

  it.each([
    ['cn-criminal-judicial-assistance', inChina, 'azure-testchina'],
    ['cn-dsl', inChina, 'azure-testchina'],
    ['cn-pipl', inChina, 'azure-testchina'],
    ['ru-data-localisation', inRussia, 'azure-testrussia'],
  ] as const)('%s', (id, w, datacenter) => {
    const from = w.instruments.get(id)!.inForce!;
    expect(warrant(w, datacenter, from)).toContain(id);
    expect(warrant(w, datacenter, shift(from, -1))).not.toContain(id);
  });

  it('the Hong Kong SAR is not mainland China: its data meets no Chinese blocking law', () => {
    expect(warrant(world, 'aws-ap-east-1', '2024-01-01')).toEqual([]);
  });

  it('the same data reached through Chinese authorities under a treaty meets no Chinese blocking law', () => {
    const bundle = chinaBundle();
    bundle.instruments.push({
      id: 'mlat-test-cn-de',
      kind: 'treaty',
      title: 'Test treaty',
      shortTitle: 'Test treaty',
      citation: 'test',
      url: 'https://example.org/',
      inForce: '2020-01-01',
      parties: [
        { id: 'CN', from: '2020-01-01' },
        { id: 'DE', from: '2020-01-01' },
      ],
      powers: [
        {
          requestType: 'mlat',
          issuers: 'parties',
          target: 'requested-party',
          compels: true,
          citation: 'test',
          action: 'asks for assistance',
        },
      ],
      summary: 'A hypothetical treaty for this test.',
      sources: [{ citation: 'test fixture', checked: '2026-11-26' }],
    });
    const r = resolve(createWorld(bundle), {
      requestType: 'mlat',
      requester: 'DE',
      datacenter: 'azure-testchina',
      asOf: '2024-01-01',
    });
    expect(r.reach).toBe('assisted');
    expect(r.jurisdictions).toContainEqual({ id: 'CN', role: 'requested' });
    // Only US law's bar on a US provider handing content to a foreign authority remains.
    expect(r.conflicts).toEqual(['us-sca']);
  });
});
