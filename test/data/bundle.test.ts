// The data boundary: the real data passes every check, and each kind of bad data is named with
// its JSON path, all problems at once, in one DataError.
import { describe, expect, it } from 'vitest';
import { builtInBundle, createWorld, DataError, type Bundle } from '../../src/engine/index.js';
import { bundleCopy } from '../engine/helpers.js';

/** The problems createWorld() reports for a bundle bent by `bend`. */
function problemsOf(bend: (bundle: Bundle) => void): string[] {
  const bundle = bundleCopy();
  bend(bundle);
  try {
    createWorld(bundle);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).problems.map((p) => `${p.path}: ${p.message}`);
  }
  throw new Error('the bent bundle was accepted');
}

const index = (list: { id: string }[], id: string) => list.findIndex((r) => r.id === id);

describe('createWorld', () => {
  it('accepts the built-in data set through every check (createWorld() trusts it because of this)', () => {
    const world = createWorld(structuredClone(builtInBundle));
    expect(world.datacenters.size).toBeGreaterThanOrEqual(60);
    expect(world.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('names an unknown country with its path', () => {
    const i = 12;
    expect(problemsOf((b) => (b.datacenters[i]!.country = 'XX'))).toEqual([
      `datacenters[${i}].country: "XX" is not a jurisdiction`,
    ]);
  });

  it('names a record without sources', () => {
    expect(problemsOf((b) => (b.providers[0]!.sources = []))).toEqual([
      'providers[0].sources: needs at least one source',
    ]);
    expect(
      problemsOf((b) => {
        delete (b.instruments[0] as Partial<Bundle['instruments'][0]>).sources;
      }),
    ).toEqual(['instruments[0].sources: is missing']);
  });

  it('names a date that is not a calendar date', () => {
    const i = index(bundleCopy().instruments, 'us-cloud-act');
    expect(problemsOf((b) => (b.instruments[i]!.inForce = '2018-02-30'))).toEqual([
      `instruments[${i}].inForce: "2018-02-30" is not a date (YYYY-MM-DD)`,
    ]);
  });

  it('names coordinates out of range', () => {
    expect(problemsOf((b) => (b.datacenters[3]!.lat = 91))).toEqual([
      'datacenters[3].lat: is above 90',
    ]);
    expect(problemsOf((b) => (b.datacenters[3]!.lon = -181))).toEqual([
      'datacenters[3].lon: is below -180',
    ]);
  });

  it("names a scenario's focus box outside the globe, or not a number (a box of 1e308 drew NaN)", () => {
    expect(
      problemsOf((b) => {
        b.scenarios![0]!.steps[0]!.focus = {
          box: [
            [-1e308, -95],
            [200, Infinity],
          ],
        };
      }),
    ).toEqual([
      'scenarios[0].steps[0].focus.box[0][0]: is below -180',
      'scenarios[0].steps[0].focus.box[0][1]: is below -90',
      'scenarios[0].steps[0].focus.box[1][0]: is above 180',
      'scenarios[0].steps[0].focus.box[1][1]: is above 90',
    ]);
  });

  it('names a data center placed in a union rather than a country', () => {
    expect(problemsOf((b) => (b.datacenters[0]!.country = 'EU'))).toEqual([
      'datacenters[0].country: "EU" is a union, not a country',
    ]);
  });

  it('names an id used twice', () => {
    expect(problemsOf((b) => (b.datacenters[1]!.id = b.datacenters[0]!.id))).toContain(
      `datacenters[1].id: "${bundleCopy().datacenters[0]!.id}" is used twice`,
    );
  });

  it('names a data-center id that does not follow <provider>-<region>', () => {
    expect(problemsOf((b) => (b.datacenters[0]!.id = 'dublin'))).toContain(
      'datacenters[0].id: "dublin" should be "azure-northeurope" (<provider>-<region>)',
    );
  });

  it('names a power for an unknown request type, and a question no judgment answers', () => {
    const i = index(bundleCopy().instruments, 'us-sca');
    expect(
      problemsOf((b) => {
        b.instruments[i]!.powers![0]!.requestType = 'letter-rogatory';
        b.instruments[i]!.powers![1]!.question = 'unheard-question';
      }),
    ).toEqual([
      `instruments[${i}].powers[0].requestType: "letter-rogatory" is not a request type`,
      `instruments[${i}].powers[1].question: no judgment answers "unheard-question"`,
    ]);
  });

  it('names a membership that ends before it starts', () => {
    const eu = index(bundleCopy().jurisdictions, 'EU');
    expect(problemsOf((b) => (b.jurisdictions[eu]!.members![0]!.until = '1950-01-01'))).toEqual([
      `jurisdictions[${eu}].members[0].until: ends (1950-01-01) before it starts (1958-01-01)`,
    ]);
  });

  it('names an unknown field (a typo) instead of ignoring it', () => {
    expect(problemsOf((b) => Object.assign(b.providers[0]!, { headquarter: 'US' }))).toEqual([
      'providers[0].headquarter: is not a known field',
    ]);
  });

  it('lists every problem at once', () => {
    const problems = problemsOf((b) => {
      b.datacenters[0]!.country = 'XX';
      b.datacenters[1]!.provider = 'nobody';
      b.requestTypes[0]!.sources = [];
    });
    expect(problems).toHaveLength(3);
  });

  it('rejects what is not a bundle at all, with a path for the root', () => {
    expect(() => createWorld(null)).toThrow(/\(bundle\)/);
    expect(() => createWorld({ jurisdictions: [] })).toThrow(DataError);
  });
});
