// Merging a site's own bundle into the built-in data set: its records are added, and a record
// with the id of a built-in one replaces it. The merged bundle then passes the same checks as any
// other, and every problem is reported at its path in the site's bundle, not in the merged one.
import { worldFromBundle } from './check.js';
import { COLLECTIONS, DataError, type DataProblem, type World } from './world.js';

export { COLLECTIONS };

type Collection = (typeof COLLECTIONS)[number];

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Checks `extra` merged over `base` and indexes the result; throws one DataError whose paths
 * point into `extra` (a problem in a built-in record it left alone says "built-in …").
 * Every list in `extra` is optional; an empty object gives the base data set.
 */
export function worldFromMergedBundle(base: unknown, extra: unknown): World {
  if (!isObject(base)) throw new DataError([{ path: '(built-in)', message: 'is not an object' }]);
  if (!isObject(extra)) {
    throw new DataError([{ path: '(bundle)', message: 'should be an object of lists' }]);
  }
  // Every problem at once: a field of the wrong shape is reported and left out, and the rest is
  // still checked (an unknown field used to hide every other problem).
  const shapeProblems: DataProblem[] = [];
  const lists: Record<string, unknown[]> = {};
  for (const key of Object.keys(extra)) {
    // `about`: a note for the people who keep the file, as each of data/*.json has. Of another
    // type it is said so (about: 5 was "not a known field").
    if (key === 'about') {
      if (typeof extra[key] !== 'string')
        shapeProblems.push({ path: key, message: 'should be text' });
    } else if (!(COLLECTIONS as readonly string[]).includes(key)) {
      // A key that is not a plain name is quoted, as world.ts writes paths: ["a.b"], [""].
      const path = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `[${JSON.stringify(key)}]`;
      shapeProblems.push({ path, message: 'is not a known field' });
    } else if (!Array.isArray(extra[key])) {
      shapeProblems.push({ path: key, message: 'should be a list' });
    } else {
      lists[key] = extra[key];
    }
  }

  // Where each merged record came from, to translate problem paths back.
  const origin = new Map<Collection, ('built-in' | number)[]>();
  const merged: Record<string, unknown[]> = {};
  for (const key of COLLECTIONS) {
    const own = (base[key] as unknown[] | undefined) ?? [];
    const added = lists[key] ?? [];
    if (!base[key] && !lists[key]) continue;
    const records = [...own];
    const from: ('built-in' | number)[] = own.map(() => 'built-in');
    const position = new Map<unknown, number>();
    records.forEach((r, i) => isObject(r) && position.set(r.id, i));
    const seen = new Map<unknown, number>();
    added.forEach((record, i) => {
      const id = isObject(record) && typeof record.id === 'string' ? record.id : undefined;
      // Within the site's bundle an id must be unique, as in any bundle.
      if (id !== undefined && seen.has(id)) {
        shapeProblems.push({
          path: `${key}[${i}].id`,
          message: `${JSON.stringify(id)} is used twice (also ${key}[${seen.get(id)}])`,
        });
      }
      if (id !== undefined) seen.set(id, i);
      const at = id === undefined ? undefined : position.get(id);
      if (at === undefined) {
        if (isObject(record)) position.set(record.id, records.length);
        records.push(record);
        from.push(i);
      } else {
        records[at] = record;
        from[at] = i;
      }
    });
    merged[key] = records;
    origin.set(key, from);
  }

  let world: World | undefined;
  try {
    world = worldFromBundle(merged);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    const translated = error.problems.map((p) => ({ ...p, path: translate(p.path, origin) }));
    throw new DataError([...shapeProblems, ...translated]);
  }
  if (shapeProblems.length > 0) throw new DataError(shapeProblems);
  return world;
}

// `datacenters[90].country` in the merged bundle → `datacenters[3].country` in the site's bundle.
function translate(path: string, origin: Map<Collection, ('built-in' | number)[]>): string {
  const match = /^([a-zA-Z]+)\[(\d+)\](.*)$/.exec(path);
  if (!match) return path;
  const [, key, index, rest] = match;
  const from = origin.get(key as Collection)?.[Number(index)];
  if (from === undefined) return path;
  return from === 'built-in' ? `built-in ${path}` : `${key}[${from}]${rest}`;
}
