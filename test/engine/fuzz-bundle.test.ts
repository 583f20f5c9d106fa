// Fuzzing the data boundary: random structural mutations of the real bundle (keys deleted, types
// changed, ids swapped or duplicated, bad dates, dangling references, huge strings, nulls, arrays
// turned into objects and back) at random JSON paths. createWorld() must give either a World the
// engine can answer from, or exactly one DataError whose problems name JSON paths that exist in
// the mutated bundle; never another exception. FUZZ_RUNS sets the count (npm run test:slow).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  builtInBundle,
  canIssue,
  createWorld,
  DataError,
  isIsoDate,
  legalEvents,
  narrate,
  reachAll,
  RequestError,
  resolve,
  scenarioStep,
  type World,
} from '../../src/engine/index.js';
import { fuzzRuns, fuzzTimeout } from '../fuzz-runs.js';

type Key = string | number;
type Path = Key[];
type Box = Record<Key, unknown>;

const RUNS = fuzzRuns(300);
const TARGETED_RUNS = Math.max(1, Math.round(RUNS / 6));
const MERGE_RUNS = Math.max(1, Math.round(RUNS / 3));

const BASE: unknown = structuredClone(builtInBundle);

/** Every path in a JSON value, the root included. */
function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

const last = (p: Path) => p[p.length - 1];
const parentKey = (p: Path) => p[p.length - 2];
const DATE_KEYS = new Set([
  'checked',
  'from',
  'until',
  'inForce',
  'signed',
  'asOf',
  'unionLawUntil',
]);
const REF_KEYS = new Set([
  'country',
  'provider',
  'operator',
  'headquarters',
  'sovereign',
  'jurisdiction',
  'requester',
  'datacenter',
  'requestType',
  'basis',
  'question',
]);
const REF_LISTS = new Set([
  'offersServicesIn',
  'excludes',
  'jurisdictions',
  'countries',
  'highlight',
]);

/** The paths of a bundle that mutations aim at: all of them, and those of each targeted kind. */
interface Targets {
  all: Path[];
  /** The id of each record in a top-level list: [collection, i, 'id']. */
  ids: Path[];
  dates: Path[];
  /** Fields and list items that name another record. */
  refs: Path[];
  /** Every record of a top-level list: [collection, i]. */
  records: Path[];
}

function targetsOf(bundle: unknown): Targets {
  const all = pathsOf(bundle);
  return {
    all,
    ids: all.filter((p) => p.length === 3 && last(p) === 'id'),
    dates: all.filter((p) => DATE_KEYS.has(String(last(p)))),
    refs: all.filter(
      (p) =>
        (p.length > 3 && REF_KEYS.has(String(last(p)))) ||
        (typeof last(p) === 'number' && REF_LISTS.has(String(parentKey(p)))) ||
        (last(p) === 'id' && ['members', 'parties'].includes(String(p[p.length - 3]))),
    ),
    records: all.filter((p) => p.length === 2),
  };
}

const TARGETS = targetsOf(BASE);

/** The value at a path, or undefined where the path leaves the value. */
function at(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Box)[key];
  }
  return node;
}

/** The longest prefix of `path` that exists in `root` (earlier mutations may have cut it). */
function existing(root: unknown, path: Path): Path {
  let node = root;
  const kept: Path = [];
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) break;
    node = (node as Box)[key];
    kept.push(key);
  }
  return kept;
}

/** The path itself when all of it exists in `root`, else null. */
function whole(root: unknown, path: Path): Path | null {
  return existing(root, path).length === path.length ? path : null;
}

const shallow = (node: unknown): unknown =>
  Array.isArray(node)
    ? [...node]
    : Object.defineProperties({}, Object.getOwnPropertyDescriptors(node));

/**
 * Copy-on-write edit: copies the containers along `path` (the base bundle is shared by every
 * case and never changes) and hands `edit` the copied parent and the key of the target.
 */
function editAt(root: unknown, path: Path, edit: (parent: Box, key: Key) => void): unknown {
  const box: Box = { root };
  let parent = box;
  let key: Key = 'root';
  for (const k of path) {
    const copy = shallow(parent[key]) as Box;
    parent[key] = copy;
    parent = copy;
    key = k;
  }
  edit(parent, key);
  return box.root;
}

function remove(parent: Box, key: Key): void {
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else delete parent[key];
}

/** An own property, even one named __proto__ (as JSON.parse makes it). */
function define(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function nested(depth: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { id: value };
  return value;
}

const odd = fc.constantFrom<unknown>(
  null,
  undefined,
  NaN,
  Infinity,
  -Infinity,
  -0,
  0,
  -1,
  1e308,
  true,
  false,
  '',
  ' ',
  '\u0000',
  '\uD800',
  [],
  {},
  [null],
  { id: null },
);
const anyValue = fc.oneof(
  odd,
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 3 }),
);
const badDate = fc.oneof(
  fc.constantFrom(
    '2019-02-30',
    '2019-13-01',
    '2019-00-10',
    '0000-00-00',
    '2019-1-1',
    '20190101',
    '+002019-01-01',
    '2019-06-01T00:00:00Z',
    ' 2019-06-01',
    '2019-06-01 ',
    '9999-99-99',
    'yesterday',
    '1970-01-01',
    '9999-12-31',
  ),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
);
const dangling = fc.constantFrom('ZZ', 'QQ', 'XX', 'no-such-id', 'aws-nowhere-1', 'us-sca-2', 'EU');
const oddKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'),
  fc.string({ maxLength: 12 }),
);

/**
 * Where a mutation lands: any node of the bundle with equal chance (most are inside the 250
 * jurisdictions and their sources), or a random walk from the root, which reaches every list and
 * field name as often as any other (a provider's offersServicesIn as often as a source's note).
 */
const place = fc.oneof(
  fc.nat().map((n) => ({ node: n })),
  fc.array(fc.nat(), { minLength: 1, maxLength: 7 }).map((walk) => ({ walk })),
);
type Place = { node: number } | { walk: number[] };

/** The path a place names in the (possibly already mutated) bundle. */
function target(root: unknown, at: Place, t: Targets): Path {
  if ('node' in at) return existing(root, pick(t.all, at.node));
  const path: Path = [];
  let node = root;
  for (const choice of at.walk) {
    if (node === null || typeof node !== 'object') break;
    const keys: Key[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[choice % keys.length]!;
    path.push(key);
    node = (node as Box)[key];
  }
  return path;
}

/** One mutation; targeted kinds pick from their own list of paths (modulo its length). */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: place }),
  fc.record({ kind: fc.constant('set' as const), at: place, value: anyValue }),
  fc.record({ kind: fc.constant('wrap' as const), at: place }),
  fc.record({ kind: fc.constant('flip' as const), at: place }),
  fc.record({
    kind: fc.constant('huge' as const),
    at: place,
    length: fc.integer({ min: 10_000, max: 1_000_000 }),
    unit: fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('deep' as const),
    at: place,
    depth: fc.integer({ min: 10, max: 3000 }),
  }),
  fc.record({ kind: fc.constant('addKey' as const), at: place, key: oddKey, value: anyValue }),
  fc.record({ kind: fc.constant('badDate' as const), at: fc.nat(), value: badDate }),
  fc.record({ kind: fc.constant('swapIds' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('dupId' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('dupRecord' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('dangling' as const), at: fc.nat(), value: dangling }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

const pick = (list: Path[], n: number) => list[n % list.length]!;

function apply(root: unknown, m: Mutation, t: Targets = TARGETS): unknown {
  switch (m.kind) {
    case 'delete': {
      const path = target(root, m.at, t);
      return path.length === 0 ? undefined : editAt(root, path, remove);
    }
    case 'set':
      return editAt(root, target(root, m.at, t), (p, k) => (p[k] = m.value));
    case 'wrap':
      return editAt(root, target(root, m.at, t), (p, k) => (p[k] = [p[k]]));
    case 'flip':
      // Arrays become objects keyed by index; objects become the list of their values.
      return editAt(root, target(root, m.at, t), (p, k) => {
        const v = p[k];
        p[k] = Array.isArray(v) ? { ...v } : v && typeof v === 'object' ? Object.values(v) : [v];
      });
    case 'huge':
      return editAt(root, target(root, m.at, t), (p, k) => {
        p[k] = m.unit.repeat(Math.ceil(m.length / m.unit.length));
      });
    case 'deep':
      return editAt(root, target(root, m.at, t), (p, k) => (p[k] = nested(m.depth)));
    case 'addKey': {
      const path = target(root, m.at, t);
      const node = at(root, path);
      if (node === null || typeof node !== 'object' || Array.isArray(node)) {
        return editAt(root, path, (p, k) => define((p[k] = {}) as object, m.key, m.value));
      }
      return editAt(root, path, (p, k) => {
        p[k] = shallow(p[k]);
        define(p[k] as object, m.key, m.value);
      });
    }
    case 'badDate': {
      const path = whole(root, pick(t.dates, m.at));
      return path ? editAt(root, path, (p, k) => (p[k] = m.value)) : root;
    }
    case 'swapIds': {
      const a = whole(root, pick(t.ids, m.at));
      const b = whole(root, pick(t.ids, m.other));
      if (!a || !b) return root;
      const va = at(root, a);
      const vb = at(root, b);
      return editAt(
        editAt(root, a, (p, k) => (p[k] = vb)),
        b,
        (p, k) => (p[k] = va),
      );
    }
    case 'dupId': {
      // The id of another record in the same list.
      const a = whole(root, pick(t.ids, m.at));
      const list = a && at(root, a.slice(0, 1));
      if (!a || !Array.isArray(list) || list.length < 2) return root;
      let j = m.other % list.length;
      if (j === a[1]) j = (j + 1) % list.length;
      const other: unknown = list[j];
      const id = other && typeof other === 'object' ? (other as Box).id : other;
      return editAt(root, a, (p, k) => (p[k] = id));
    }
    case 'dupRecord': {
      const [collection, i] = pick(t.records, m.at) as [string, number];
      const list = at(root, [collection]);
      if (!Array.isArray(list) || i >= list.length) return root;
      return editAt(root, [collection], (p, k) => (p[k] = [...list, list[i]]));
    }
    case 'dangling': {
      const path = whole(root, pick(t.refs, m.at));
      return path ? editAt(root, path, (p, k) => (p[k] = m.value)) : root;
    }
  }
}

/** `datacenters[12].sources[0].url` → ['datacenters', 12, 'sources', 0, 'url']. */
function parsePath(path: string): Path | null {
  if (path === '(bundle)') return [];
  const keys: Path = [];
  const token = /(?:^|\.)([^.[\]]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let index = 0;
  while (index < path.length) {
    token.lastIndex = index;
    const match = token.exec(path);
    if (!match) return null;
    keys.push(match[1] ?? (match[2] !== undefined ? Number(match[2]) : JSON.parse(match[3]!)));
    index = token.lastIndex;
  }
  return keys;
}

/** A reported path names a place in the input: all of it exists, or all but a missing last key. */
function names(input: unknown, path: string): boolean {
  const keys = parsePath(path);
  if (!keys) return false;
  const kept = existing(input, keys);
  return kept.length >= keys.length - 1;
}

/** A World the engine can answer from: every question is answered or refused with a RequestError. */
function exercise(world: World): void {
  const answer = (ask: () => unknown) => {
    try {
      ask();
    } catch (error) {
      if (!(error instanceof RequestError)) throw error;
    }
  };
  const types = [...world.requestTypes.keys()];
  const states = [...world.jurisdictions.values()].filter((j) => j.kind === 'country');
  const requesters = ['US', 'IE', 'DE', states[0]?.id ?? 'US'];
  const datacenters = [...world.datacenters.keys()].slice(0, 3);
  for (const asOf of ['2014-06-01', '2019-06-01', '2026-06-01']) {
    for (const requestType of types) {
      for (const requester of requesters) {
        answer(() => canIssue(world, { requestType, requester, asOf }));
        for (const datacenter of datacenters)
          answer(() =>
            narrate(world, resolve(world, { requestType, requester, datacenter, asOf })),
          );
      }
    }
  }
  answer(() =>
    reachAll(world, { requestType: types[0] ?? 'x', requester: 'US', asOf: '2019-06-01' }),
  );
  for (const scenario of world.scenarios.values()) {
    scenario.steps.forEach((_, i) =>
      answer(() => resolve(world, scenarioStep(world, scenario.id, i + 1).request)),
    );
  }
  expect(legalEvents(world).every((e) => typeof e.label === 'string')).toBe(true);
  expect(typeof world.checked).toBe('string');
}

type Mode = 'replace' | 'merge';

/**
 * A site's own bundle for merge mode, from real records: a provider, a data center and an
 * instrument that replace built-in ones, a new data center, a request type and a scenario.
 */
function siteBundle(): unknown {
  const b = BASE as Record<string, Box[]>;
  const dc = b.datacenters![0]!;
  return structuredClone({
    providers: [b.providers![0]],
    datacenters: [dc, { ...dc, id: `${String(dc.provider)}-fuzzregion`, region: 'fuzzregion' }],
    instruments: [b.instruments![1]],
    requestTypes: [b.requestTypes![2]],
    scenarios: [b.scenarios![0]],
  });
}
const SITE = siteBundle();
const SITE_TARGETS = targetsOf(SITE);

/** A problem's path: in the bundle given, or (merge mode) "built-in …" in the built-in one. */
function namesPlace(input: unknown, path: string, mode: Mode): boolean {
  if (mode === 'merge' && path.startsWith('built-in ')) return names(BASE, path.slice(9));
  return names(input, path);
}

/** createWorld() on the mutated bundle: a World that answers, or one DataError with real paths. */
function check(mutations: Mutation[], mode: Mode = 'replace'): void {
  const [start, targets] = mode === 'merge' ? [SITE, SITE_TARGETS] : [BASE, TARGETS];
  const input = mutations.reduce((root: unknown, m) => apply(root, m, targets), start);
  let world: World;
  try {
    world = mode === 'merge' ? createWorld(input, { mode }) : createWorld(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    const { problems, message } = error as DataError;
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(typeof p.message === 'string' && p.message.length > 0).toBe(true);
      expect(namesPlace(input, p.path, mode), `${p.path} is not a path in the bundle`).toBe(true);
      expect(message).toContain(p.path);
    }
    return;
  }
  exercise(world);
}

describe('createWorld() under random mutations of the real bundle', () => {
  it('the unmutated bundles give Worlds (the fuzzing starts from valid data)', () => {
    expect(createWorld(structuredClone(BASE)).datacenters.size).toBeGreaterThan(60);
    expect(createWorld(structuredClone(SITE), { mode: 'merge' }).datacenters.size).toBe(
      createWorld().datacenters.size + 1,
    );
    expect(() => check([])).not.toThrow();
    expect(() => check([], 'merge')).not.toThrow();
    for (const t of [TARGETS, SITE_TARGETS])
      expect(Math.min(t.ids.length, t.dates.length, t.refs.length)).toBeGreaterThan(0);
  });

  it(
    `gives a World or one DataError with JSON paths (${RUNS} cases)`,
    () => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
          check(mutations);
        }),
        { numRuns: RUNS },
      );
    },
    fuzzTimeout(RUNS, 50),
  );

  it(
    `in merge mode, a site bundle gives a World or one DataError with its paths (${MERGE_RUNS} cases)`,
    () => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
          check(mutations, 'merge');
        }),
        { numRuns: MERGE_RUNS },
      );
    },
    fuzzTimeout(MERGE_RUNS, 50),
  );

  it(
    'names the path of a deleted required field, a bad date and a dangling reference',
    () => {
      // Targeted mutations that always break the bundle: the problem names the mutated place.
      const problemPaths = (input: unknown) => {
        try {
          createWorld(input);
        } catch (error) {
          return (error as DataError).problems.map((p) => p.path);
        }
        return [];
      };
      const count = (BASE as { datacenters: unknown[] }).datacenters.length;
      fc.assert(
        fc.property(fc.nat(), fc.nat(), badDate, (n, d, date) => {
          const i = n % count;
          expect(problemPaths(editAt(BASE, ['datacenters', i, 'city'], remove))).toContain(
            `datacenters[${i}].city`,
          );
          expect(
            problemPaths(editAt(BASE, ['datacenters', i, 'country'], (p, k) => (p[k] = 'ZZ'))),
          ).toContain(`datacenters[${i}].country`);
          // A real date may only be out of order (reported at the other end); anything else is
          // reported where it is.
          const path = pick(TARGETS.dates, d);
          if (!isIsoDate(date)) {
            const reported = problemPaths(editAt(BASE, path, (p, k) => (p[k] = date)));
            expect(reported.map((p) => parsePath(p)?.join())).toContain(path.join());
          }
        }),
        { numRuns: TARGETED_RUNS },
      );
    },
    fuzzTimeout(TARGETED_RUNS, 100),
  );
});
