// Time in the law: an instrument, a membership or a party counts only on the days it is in force.
// Dates are ISO strings (YYYY-MM-DD), which compare correctly as strings.
import type { Instrument, Membership } from './schema.js';
import type { World } from './world.js';

/** Today's date in UTC, YYYY-MM-DD: the default as-of date. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** True when something that runs from `from` to `until` (both inclusive) holds on `asOf`. */
export function holdsOn(from: string | null, until: string | undefined, asOf: string): boolean {
  return from !== null && from <= asOf && (until === undefined || asOf <= until);
}

/** True when the instrument applies on `asOf` (a judgment: decided and not yet vacated). */
export function inForce(instrument: Instrument, asOf: string): boolean {
  return holdsOn(instrument.inForce, instrument.until, asOf);
}

/** The member states of a union on `asOf`; `forUnionLaw` counts a leaver's transition period. */
export function membersOn(
  members: readonly Membership[],
  asOf: string,
  forUnionLaw: boolean,
): string[] {
  return members
    .filter((m) => holdsOn(m.from, forUnionLaw ? (m.unionLawUntil ?? m.until) : m.until, asOf))
    .map((m) => m.id);
}

/**
 * The states bound by an instrument on `asOf`: its own jurisdiction for a domestic law, else its
 * parties, a union party standing for its member states (less those the instrument excludes).
 * Cached per date, since the whole-map reach asks the same question for every data center.
 */
export class Parties {
  readonly #cache = new Map<string, ReadonlySet<string>>();
  constructor(
    private readonly world: World,
    readonly asOf: string,
  ) {}

  of(instrument: Instrument): ReadonlySet<string> {
    let parties = this.#cache.get(instrument.id);
    if (!parties) {
      parties = this.#compute(instrument);
      this.#cache.set(instrument.id, parties);
    }
    return parties;
  }

  /** True when `id` is bound by the instrument on this date. */
  binds(instrument: Instrument, id: string): boolean {
    return this.of(instrument).has(id);
  }

  #compute(instrument: Instrument): ReadonlySet<string> {
    const bound = new Set<string>();
    if (!inForce(instrument, this.asOf)) return bound;
    if (instrument.jurisdiction) bound.add(instrument.jurisdiction);
    const excluded = new Set(instrument.excludes ?? []);
    for (const party of instrument.parties ?? []) {
      if (!holdsOn(party.from, party.until, this.asOf)) continue;
      const union = this.world.jurisdictions.get(party.id);
      if (union?.kind === 'union') {
        for (const id of membersOn(union.members ?? [], this.asOf, true)) {
          if (!excluded.has(id)) bound.add(id);
        }
      } else {
        bound.add(party.id);
      }
    }
    return bound;
  }
}
