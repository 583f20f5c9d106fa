// Bad requests fail loudly with the bad value named; good ones never fail, never cite an
// instrument out of force, and agree with the whole-map reach.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createWorld,
  inForce,
  reachAll,
  RequestError,
  requestProblems,
  resolve,
} from '../../src/engine/index.js';

const world = createWorld();
const ok = {
  requestType: 'us-warrant',
  requester: 'US',
  datacenter: 'azure-northeurope',
  asOf: '2019-06-01',
};

describe('resolve: bad requests', () => {
  it.each([
    [
      { ...ok, requestType: 'search-warrant' },
      'requestType',
      /unknown request type "search-warrant"/,
    ],
    [{ ...ok, requester: 'XX' }, 'requester', /unknown requester "XX": not a jurisdiction id$/],
    // The id in another case is named: ids match exactly, as in HTML.
    [{ ...ok, requester: 'us' }, 'requester', /unknown requester "us".* \(did you mean "US"\)$/],
    [{ ...ok, requester: 'EU' }, 'requester', /"EU" is a union of states/],
    // No suggestion of a union, which cannot request either.
    [{ ...ok, requester: 'eu' }, 'requester', /unknown requester "eu": not a jurisdiction id$/],
    [{ ...ok, datacenter: 'azure-mars' }, 'datacenter', /unknown data center "azure-mars"$/],
    [
      { ...ok, datacenter: 'Azure-NorthEurope' },
      'datacenter',
      /"Azure-NorthEurope" \(did you mean "azure-northeurope"\)$/,
    ],
    [{ ...ok, asOf: '2019-13-01' }, 'asOf', /"2019-13-01" is not a date/],
    [{ ...ok, asOf: '1 June 2019' }, 'asOf', /"1 June 2019" is not a date/],
    [{ ...ok, asOf: '0000-01-01' }, 'asOf', /"0000-01-01" is not a date/],
  ] as const)('%o is rejected naming %s', (request, field, message) => {
    const attempt = () => resolve(world, request);
    expect(attempt).toThrow(RequestError);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect((error as RequestError).field).toBe(field);
    }
  });

  it('uses today when no date is given', () => {
    const { asOf } = resolve(world, { ...ok, asOf: undefined }).request;
    expect(asOf).toBe(new Date().toISOString().slice(0, 10));
  });
});

// Any request built from the data's own ids on any day from 1985 to 2030.
const validRequest = fc.record({
  requestType: fc.constantFrom(...world.requestTypes.keys()),
  requester: fc.constantFrom(
    ...[...world.jurisdictions.values()].filter((j) => j.kind !== 'union').map((j) => j.id),
  ),
  datacenter: fc.constantFrom(...world.datacenters.keys()),
  asOf: fc
    .date({ min: new Date('1985-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
});

describe('resolve: properties', () => {
  it('never throws for a valid request and cites only instruments in force on its date', () => {
    fc.assert(
      fc.property(validRequest, (request) => {
        const r = resolve(world, request);
        for (const id of [...r.instruments, ...r.conflicts]) {
          expect(
            inForce(world.instruments.get(id)!, request.asOf),
            `${id} on ${request.asOf}`,
          ).toBe(true);
        }
        expect(r.summary).toMatch(/^On [A-Z][a-z]+ \d{1,2}, \d{4}, .+\.$/);
        if (r.reach === 'none') expect(r.conflicts).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with reachAll for every data center', () => {
    fc.assert(
      fc.property(validRequest, ({ requestType, requester, asOf }) => {
        const all = reachAll(world, { requestType, requester, asOf });
        expect(all.size).toBe(world.datacenters.size);
        for (const [datacenter, { reach, conflicts }] of all) {
          const r = resolve(world, { requestType, requester, datacenter, asOf });
          expect([reach, conflicts]).toEqual([r.reach, r.conflicts]);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('requestProblems', () => {
  it('names every bad field, in the order resolve() reports the first', () => {
    expect(requestProblems(world, ok)).toEqual([]);
    const bad = { requestType: 'x', requester: 'EU', datacenter: 'y', asOf: '2019-02-30' };
    const problems = requestProblems(world, bad);
    expect(problems.map((p) => p.field)).toEqual([
      'asOf',
      'requestType',
      'requester',
      'datacenter',
    ]);
    expect(problems.every((p) => p instanceof RequestError)).toBe(true);
    expect(() => resolve(world, bad)).toThrow(problems[0]!.message);
  });
});
