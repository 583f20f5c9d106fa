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
  /** Per instrument: each bound state, and the party it is bound as (itself, or its union). */
  readonly #as = new Map<string, ReadonlyMap<string, string>>();
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

  /**
   * True when the instrument binds `a` and `b` to each other on this date. Both must be bound,
   * and not only as members of one union that concluded it with others: the EU–US MLA Agreement
   * binds the United States and each member state, not two member states to each other. (An
   * instrument whose only party is the union, like the e-Evidence Regulation, binds its members
   * to each other.)
   */
  bindsEachOther(instrument: Instrument, a: string, b: string): boolean {
    if (!this.binds(instrument, a) || !this.binds(instrument, b)) return false;
    const as = this.#as.get(instrument.id)!;
    const side = as.get(a)!;
    const throughOneUnion = side === as.get(b) && side !== a && side !== b;
    return !(throughOneUnion && (instrument.parties ?? []).some((p) => p.id !== side));
  }

  #compute(instrument: Instrument): ReadonlySet<string> {
    const as = new Map<string, string>();
    this.#as.set(instrument.id, as);
    if (!inForce(instrument, this.asOf)) return new Set();
    if (instrument.jurisdiction) as.set(instrument.jurisdiction, instrument.jurisdiction);
    const excluded = new Set(instrument.excludes ?? []);
    for (const party of instrument.parties ?? []) {
      if (!holdsOn(party.from, party.until, this.asOf)) continue;
      const union = this.world.jurisdictions.get(party.id);
      if (union?.kind === 'union') {
        for (const id of membersOn(union.members ?? [], this.asOf, true)) {
          // A state that is a party in its own right stays bound as itself.
          if (!excluded.has(id) && !as.has(id)) as.set(id, party.id);
        }
      } else {
        as.set(party.id, party.id);
      }
    }
    return new Set(as.keys());
  }
}
