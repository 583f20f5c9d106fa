// A site's own bundle merged into the built-in data set: records are added or replaced by id,
// the result passes every check, and problems point into the site's bundle.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  builtInBundle,
  createWorld,
  DataError,
  resolve,
  scenarioStep,
  type Bundle,
} from '../../src/engine/index.js';

const example = JSON.parse(
  readFileSync(new URL('../../examples/custom-bundle.json', import.meta.url), 'utf8'),
) as Partial<Bundle>;
const builtIn = builtInBundle as Bundle;

/** The paths of the problems createWorld reports for `bundle` merged into the built-in set. */
function problemsOf(bundle: unknown): string[] {
  try {
    createWorld(bundle, { mode: 'merge' });
  } catch (error) {
    if (error instanceof DataError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('merging a bundle into the built-in data', () => {
  it('adds the README example: a provider, a data center, an instrument and a scenario', () => {
    const world = createWorld(example, { mode: 'merge' });
    expect(world.providers.get('hetzner')?.legalName).toBe('Hetzner Online GmbH');
    expect(world.datacenters.size).toBe(builtIn.datacenters.length + 1);
    expect(world.instruments.size).toBe(builtIn.instruments.length + 1);
    expect(world.scenarios.get('japan-asks-germany')?.steps).toHaveLength(2);
    // The built-in records are all still there.
    expect(world.datacenters.get('azure-northeurope')?.city).toBe('Dublin');
  });

  it('the example scenario says what the engine answers on each date', () => {
    const world = createWorld(example, { mode: 'merge' });
    const request = (asOf: string) =>
      resolve(world, { requestType: 'mlat', requester: 'JP', datacenter: 'hetzner-fsn1', asOf });
    expect(request('2010-12-31').reach).toBe('none');
    expect(request('2011-01-02').reach).toBe('assisted');
    // The built-in EU–Japan agreement reaches the site's own data center.
    expect(request('2011-01-02').instruments).toEqual(['eu-japan-mla']);
    expect(scenarioStep(world, 'japan-asks-germany', 2).request.asOf).toBe('2011-01-02');
    // The site's own treaty, one between two states other than the United States, which the
    // built-in data leaves out: Brazil reaches France through it, on its date.
    const brazil = (asOf: string) =>
      resolve(world, { requestType: 'mlat', requester: 'BR', datacenter: 'ovhcloud-gra11', asOf });
    expect(brazil('2000-03-31').reach).toBe('none');
    expect(brazil('2000-04-01').instruments).toEqual(['mlat-fr-br']);
    expect(
      resolve(createWorld(), {
        requestType: 'mlat',
        requester: 'BR',
        datacenter: 'ovhcloud-gra11',
        asOf: '2000-04-01',
      }).reach,
    ).toBe('none');
  });

  it('a record with a built-in id replaces that record instead of doubling it', () => {
    const dublin = builtIn.datacenters.find((d) => d.id === 'azure-northeurope')!;
    const world = createWorld(
      { datacenters: [{ ...dublin, name: 'Dublin (renamed by the site)' }] },
      { mode: 'merge' },
    );
    expect(world.datacenters.size).toBe(builtIn.datacenters.length);
    expect(world.datacenters.get('azure-northeurope')?.name).toBe('Dublin (renamed by the site)');
  });

  it("reports problems at their path in the site's bundle, not in the merged one", () => {
    const bad = structuredClone(example);
    bad.datacenters![0]!.country = 'ZZ';
    bad.instruments![0]!.inForce = '2011-02-30';
    expect(problemsOf(bad).sort()).toEqual([
      'datacenters[0].country: "ZZ" is not a jurisdiction',
      'instruments[0].inForce: "2011-02-30" is not a date (YYYY-MM-DD)',
    ]);
  });

  it('reports an unknown field with every other problem, and takes an `about` note', () => {
    const paths = problemsOf({
      bogus: [],
      providers: [{ ...example.providers![0]!, headquarters: 'ZZ' }],
    });
    expect(paths).toEqual([
      'bogus: is not a known field',
      'providers[0].headquarters: "ZZ" is not a jurisdiction',
    ]);
    expect(problemsOf({ about: 'Our own data centers.', ...example })).toEqual([]);
    // A note of another type is said to be one (it was "not a known field").
    expect(problemsOf({ about: 5, ...example })).toEqual(['about: should be text']);
  });

  it('checks a replacing record at its own path in the site bundle', () => {
    const azure = builtIn.providers.find((p) => p.id === 'azure')!;
    const paths = problemsOf({ providers: [{ ...azure, headquarters: 'ZZ' }] });
    expect(paths).toEqual(['providers[0].headquarters: "ZZ" is not a jurisdiction']);
  });

  it('refuses a non-object, unknown lists, lists that are not lists and ids used twice', () => {
    expect(problemsOf(null)).toEqual(['(bundle): should be an object of lists']);
    expect(problemsOf({ datacentres: [] })).toEqual(['datacentres: is not a known field']);
    expect(problemsOf({ 'a.b': [], '': [] })).toEqual([
      '["a.b"]: is not a known field',
      '[""]: is not a known field',
    ]);
    expect(problemsOf({ providers: {} })).toEqual(['providers: should be a list']);
    const p = example.providers![0]!;
    expect(problemsOf({ providers: [p, p] })).toEqual([
      'providers[1].id: "hetzner" is used twice (also providers[0])',
    ]);
  });

  it("says a value of the wrong type in words, not in the schema library's", () => {
    // The embedding review: "Invalid type: Expected number but received NaN" reached the message.
    const bad = structuredClone(example);
    const dc = bad.datacenters![0]! as Record<string, unknown>;
    dc.lat = Number.NaN;
    dc.lon = '8.7';
    dc.name = 5;
    const problems = problemsOf(bad);
    expect(problems).toContain('datacenters[0].lat: should be a number, not NaN');
    expect(problems).toContain('datacenters[0].lon: should be a number, not "8.7"');
    expect(problems).toContain('datacenters[0].name: should be text, not 5');
    expect(problems.join(' ')).not.toMatch(/Invalid type/);
  });

  it('an empty bundle merges into the built-in data set unchanged', () => {
    const world = createWorld({}, { mode: 'merge' });
    expect(world.datacenters.size).toBe(builtIn.datacenters.length);
  });

  it('without merge mode a partial bundle is refused: replace means the whole data set', () => {
    expect(() => createWorld(example)).toThrow(/jurisdictions: is missing/);
  });
});
