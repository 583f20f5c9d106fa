// The checked World: a bundle that passed the schema and every cross-reference check (check.ts),
// indexed for the engine. Past createWorld() nothing is unknown, so the engine and the map never
// meet half-built data. This module has no validator in it: the element, which starts from data
// checked at build time, loads the checks only for a site's own bundle.
import type {
  Bundle,
  Datacenter,
  Instrument,
  Jurisdiction,
  Power,
  Provider,
  RequestType,
  Restriction,
  Scenario,
} from './schema.js';

/** One problem in a bundle: where (a JSON path) and what. */
/** The bundle's lists of records, each keyed by `id` (and each record with its sources). */
export const COLLECTIONS = [
  'jurisdictions',
  'providers',
  'datacenters',
  'instruments',
  'requestTypes',
  'scenarios',
] as const;

export interface DataProblem {
  path: string;
  message: string;
}

/** A bundle that cannot become a World; `problems` lists every problem found, not just the first. */
export class DataError extends Error {
  readonly problems: readonly DataProblem[];
  constructor(problems: readonly DataProblem[]) {
    const lines = problems.map((p) => `${p.path}: ${p.message}`);
    super(
      `The data bundle has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        lines.join('\n'),
    );
    this.name = 'DataError';
    this.problems = problems;
  }
}

/** A power with the instrument that gives it. */
export interface PowerEntry {
  instrument: Instrument;
  power: Power;
}

/** A restriction with the instrument that imposes it. */
export interface RestrictionEntry {
  instrument: Instrument;
  restriction: Restriction;
}

export interface World {
  readonly jurisdictions: ReadonlyMap<string, Jurisdiction>;
  readonly providers: ReadonlyMap<string, Provider>;
  readonly datacenters: ReadonlyMap<string, Datacenter>;
  readonly instruments: ReadonlyMap<string, Instrument>;
  readonly requestTypes: ReadonlyMap<string, RequestType>;
  readonly scenarios: ReadonlyMap<string, Scenario>;
  /** Powers grouped by the request type they enable. */
  readonly powersByRequestType: ReadonlyMap<string, readonly PowerEntry[]>;
  readonly restrictions: readonly RestrictionEntry[];
  /** Judgments grouped by the legal question they answer. */
  readonly judgmentsByQuestion: ReadonlyMap<string, readonly Instrument[]>;
  /** The newest `checked` date of any source: how fresh the data is. */
  readonly checked: string;
}

/**
 * Indexes a bundle that has already passed worldFromBundle()'s checks, such as the built-in data
 * set, which the test suite checks on every run; skipping the checks saves their time at start-up.
 */
export function worldFromCheckedBundle(bundle: Bundle, checked?: string): World {
  return index(bundle, checked);
}

/**
 * The same World with only the data centers `shown` keeps (a map of some providers' data
 * centers). Everything else is the World's own, not copied, and its lazy `checked` stays lazy.
 */
export function someDatacenters(world: World, shown: (d: Datacenter) => boolean): World {
  return Object.create(world, {
    datacenters: { value: new Map([...world.datacenters].filter(([, d]) => shown(d))) },
  }) as World;
}

/** `checked` when known (a bundle whose sources were split off); else computed on first read. */
export function index(bundle: Bundle, knownChecked?: string): World {
  const byId = <T extends { id: string }>(list: readonly T[]) =>
    new Map(list.map((r) => [r.id, r]));
  const powersByRequestType = new Map<string, PowerEntry[]>();
  const judgmentsByQuestion = new Map<string, Instrument[]>();
  const restrictions: RestrictionEntry[] = [];
  for (const instrument of bundle.instruments) {
    for (const power of instrument.powers ?? []) {
      const list = powersByRequestType.get(power.requestType) ?? [];
      list.push({ instrument, power });
      powersByRequestType.set(power.requestType, list);
    }
    for (const restriction of instrument.restrictions ?? [])
      restrictions.push({ instrument, restriction });
    if (instrument.holding) {
      const list = judgmentsByQuestion.get(instrument.holding.question) ?? [];
      list.push(instrument);
      judgmentsByQuestion.set(instrument.holding.question, list);
    }
  }
  let checked: string | undefined = knownChecked;
  return {
    jurisdictions: byId(bundle.jurisdictions),
    providers: byId(bundle.providers),
    datacenters: byId(bundle.datacenters),
    instruments: byId(bundle.instruments),
    requestTypes: byId(bundle.requestTypes),
    scenarios: byId(bundle.scenarios ?? []),
    powersByRequestType,
    restrictions,
    judgmentsByQuestion,
    // Computed on first read: walking every source costs more than the rest of the index.
    get checked() {
      checked ??= newestChecked(bundle);
      return checked;
    },
  };
}

/** The newest `checked` date anywhere in the bundle. */
function newestChecked(bundle: Bundle): string {
  let newest = '';
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'checked' && typeof inner === 'string' && inner > newest) newest = inner;
        else visit(inner);
      }
    }
  };
  visit(bundle);
  return newest;
}
