// Checking a bundle: the schema (valibot) and the cross-references it cannot express. A bundle
// that passes becomes a World (world.ts); one that does not gives one DataError with every
// problem and its JSON path.
import * as v from 'valibot';
import { Bundle, isIsoDate, type Membership } from './schema.js';
import { DataError, index, type DataProblem, type World } from './world.js';

/** Parses and checks a bundle; throws one DataError listing every problem with its JSON path. */
export function worldFromBundle(input: unknown): World {
  const parsed = v.safeParse(Bundle, input, { abortEarly: false });
  const problems: DataProblem[] = (parsed.issues ?? []).map((issue) => ({
    path: pathOf(issue),
    message: messageOf(issue),
  }));
  // When only value checks failed (an empty list, a bad date) the shape is sound, so the
  // cross-references can be checked too and every problem is reported at once.
  if (parsed.typed) problems.push(...crossCheck(parsed.output as Bundle));
  if (problems.length > 0) throw new DataError(problems);
  return index(parsed.output as Bundle);
}

/**
 * `datacenters[12].country` from a valibot issue path. A key that is not a plain name (an unknown
 * field called "" or "a.b") is written `["a.b"]`, so the path stays unambiguous.
 */
function pathOf(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') path += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key))
      path += path === '' ? key : `.${key}`;
    else path += `[${JSON.stringify(String(key))}]`;
  }
  return path || '(bundle)';
}

// valibot's words for a missing or unknown key, or a value of the wrong type, said plainly:
// "Invalid type: Expected number but received NaN" reached a site's message as it was (the
// embedding review).
function messageOf(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'is not a known field';
  if (issue.received === 'undefined' && issue.expected?.startsWith('"')) return 'is missing';
  const kind = issue.kind === 'schema' && issue.expected && KINDS.get(issue.expected);
  if (kind) return `should be ${kind}, not ${issue.received}`;
  return issue.message;
}

/** The types a schema expects, in words (one of several values keeps valibot's message). */
const KINDS = new Map([
  ['number', 'a number'],
  ['string', 'text'],
  ['boolean', 'true or false'],
  ['Array', 'a list'],
  ['Object', 'an object'],
]);

// The checks the schema cannot express: unique ids, references that resolve, dates in order.
function crossCheck(bundle: Bundle): DataProblem[] {
  const problems: DataProblem[] = [];
  const problem = (path: string, message: string) => problems.push({ path, message });

  const ids = {
    jurisdictions: uniqueIds(bundle.jurisdictions, 'jurisdictions', problem),
    providers: uniqueIds(bundle.providers, 'providers', problem),
    datacenters: uniqueIds(bundle.datacenters, 'datacenters', problem),
    instruments: uniqueIds(bundle.instruments, 'instruments', problem),
    requestTypes: uniqueIds(bundle.requestTypes, 'requestTypes', problem),
  };
  const jurisdiction = (path: string, id: string) => {
    if (!ids.jurisdictions.has(id)) problem(path, `${JSON.stringify(id)} is not a jurisdiction`);
  };
  const provider = (path: string, id: string) => {
    if (!ids.providers.has(id)) problem(path, `${JSON.stringify(id)} is not a provider`);
  };
  const ordered = (path: string, from: string | null | undefined, until: string | undefined) => {
    // A malformed date is reported by the schema already; comparing it would only add noise.
    if (from && until && isIsoDate(from) && isIsoDate(until) && until < from) {
      problem(path, `ends (${until}) before it starts (${from})`);
    }
  };
  const memberships = (path: string, list: readonly Membership[] | undefined) => {
    list?.forEach((m, i) => {
      jurisdiction(`${path}[${i}].id`, m.id);
      ordered(`${path}[${i}].until`, m.from, m.until);
      ordered(`${path}[${i}].unionLawUntil`, m.until, m.unionLawUntil);
    });
  };

  bundle.jurisdictions.forEach((j, i) => {
    if (j.sovereign) jurisdiction(`jurisdictions[${i}].sovereign`, j.sovereign);
    if (j.kind === 'union' && !j.members?.length) {
      problem(`jurisdictions[${i}].members`, 'a union needs its members');
    }
    memberships(`jurisdictions[${i}].members`, j.members);
  });
  bundle.providers.forEach((p, i) => {
    jurisdiction(`providers[${i}].headquarters`, p.headquarters);
    p.establishments?.forEach((e, k) =>
      jurisdiction(`providers[${i}].establishments[${k}].jurisdiction`, e.jurisdiction),
    );
    p.offersServicesIn.forEach((id, k) =>
      jurisdiction(`providers[${i}].offersServicesIn[${k}]`, id),
    );
  });
  const unions = new Set(bundle.jurisdictions.filter((j) => j.kind === 'union').map((j) => j.id));
  bundle.datacenters.forEach((d, i) => {
    provider(`datacenters[${i}].provider`, d.provider);
    if (d.operator) provider(`datacenters[${i}].operator`, d.operator);
    jurisdiction(`datacenters[${i}].country`, d.country);
    // Data sits in a country, whose law applies where it is; a union has no territory of its own.
    if (unions.has(d.country)) {
      problem(
        `datacenters[${i}].country`,
        `${JSON.stringify(d.country)} is a union, not a country`,
      );
    }
    const expected = `${d.provider}-${d.region}`.toLowerCase();
    if (ids.providers.has(d.provider) && d.id !== expected) {
      problem(
        `datacenters[${i}].id`,
        `${JSON.stringify(d.id)} should be "${expected}" (<provider>-<region>)`,
      );
    }
  });
  bundle.instruments.forEach((ins, i) => {
    const path = `instruments[${i}]`;
    if (ins.jurisdiction) jurisdiction(`${path}.jurisdiction`, ins.jurisdiction);
    ordered(`${path}.inForce`, ins.signed, ins.inForce ?? undefined);
    ordered(`${path}.until`, ins.inForce, ins.until);
    memberships(`${path}.parties`, ins.parties);
    ins.excludes?.forEach((id, k) => jurisdiction(`${path}.excludes[${k}]`, id));
    if (
      !ins.jurisdiction &&
      !ins.parties?.length &&
      (ins.powers?.length || ins.restrictions?.length)
    ) {
      problem(path, 'an instrument with powers or restrictions needs a jurisdiction or parties');
    }
    ins.powers?.forEach((p, k) => {
      if (!ids.requestTypes.has(p.requestType)) {
        problem(
          `${path}.powers[${k}].requestType`,
          `${JSON.stringify(p.requestType)} is not a request type`,
        );
      }
    });
    ins.restrictions?.forEach((r, k) =>
      r.jurisdictions?.forEach((id, n) =>
        jurisdiction(`${path}.restrictions[${k}].jurisdictions[${n}]`, id),
      ),
    );
    if (ins.kind === 'judgment' && !ins.holding)
      problem(`${path}.holding`, 'a judgment needs its holding');
    if (ins.holding && ins.kind !== 'judgment')
      problem(`${path}.holding`, 'only a judgment has a holding');
  });
  uniqueIds(bundle.scenarios ?? [], 'scenarios', problem);
  (bundle.scenarios ?? []).forEach((sc, i) => {
    // The first step must set the whole request; later steps change parts of it.
    const first = sc.steps[0];
    for (const field of ['requestType', 'requester', 'datacenter', 'asOf'] as const) {
      if (first && first[field] === undefined)
        problem(`scenarios[${i}].steps[0].${field}`, 'the first step must set it');
    }
    sc.steps.forEach((step, k) => {
      const path = `scenarios[${i}].steps[${k}]`;
      if (step.requestType && !ids.requestTypes.has(step.requestType)) {
        problem(`${path}.requestType`, `${JSON.stringify(step.requestType)} is not a request type`);
      }
      if (step.requester) jurisdiction(`${path}.requester`, step.requester);
      if (step.datacenter && !ids.datacenters.has(step.datacenter)) {
        problem(`${path}.datacenter`, `${JSON.stringify(step.datacenter)} is not a data center`);
      }
      step.focus?.countries?.forEach((id, n) => jurisdiction(`${path}.focus.countries[${n}]`, id));
      step.highlight?.forEach((id, n) => {
        if (!ids.instruments.has(id))
          problem(`${path}.highlight[${n}]`, `${JSON.stringify(id)} is not an instrument`);
      });
    });
  });
  bundle.requestTypes.forEach((t, i) => {
    if (t.basis && !ids.instruments.has(t.basis)) {
      problem(`requestTypes[${i}].basis`, `${JSON.stringify(t.basis)} is not an instrument`);
    }
  });
  // A power that waits on a legal question needs at least one judgment able to answer it.
  const questions = new Set(
    bundle.instruments.flatMap((ins) => (ins.holding ? [ins.holding.question] : [])),
  );
  bundle.instruments.forEach((ins, i) =>
    ins.powers?.forEach((p, k) => {
      if (p.question && !questions.has(p.question)) {
        problem(
          `instruments[${i}].powers[${k}].question`,
          `no judgment answers ${JSON.stringify(p.question)}`,
        );
      }
    }),
  );
  return problems;
}

function uniqueIds(
  records: readonly { id: string }[],
  collection: string,
  problem: (path: string, message: string) => void,
): Set<string> {
  const seen = new Set<string>();
  records.forEach((r, i) => {
    if (seen.has(r.id)) problem(`${collection}[${i}].id`, `${JSON.stringify(r.id)} is used twice`);
    seen.add(r.id);
  });
  return seen;
}
