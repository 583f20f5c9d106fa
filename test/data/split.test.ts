// The element's built-in data comes in two parts (scripts/data-split.js): facts with empty
// `sources` lists, and the lists by path. Put together they must be the engine's bundle exactly.
import { describe, expect, it } from 'vitest';
import { builtInBundle, createWorld } from '../../src/engine/index.js';
import {
  builtInBundle as assembled,
  leaveOutDefaults,
  LISTS_WITH_SOURCES as LEFT_OUT,
  splitSources,
} from '../../scripts/data-split.js';
import { builtInFacts, putBackDefaults } from '../../src/elements/built-in-data.js';
import { COLLECTIONS, worldFromCheckedBundle } from '../../src/engine/world.js';
import { countryShapes } from '../../src/map/atlas.js';

describe('the split built-in data', () => {
  it('assembles the same bundle as src/engine/built-in.ts', () => {
    expect(assembled()).toEqual(builtInBundle);
  });

  it('empties every sources list, and putting them back gives the bundle again', () => {
    const facts = assembled();
    const { sources, checked } = splitSources(facts);
    expect(JSON.stringify(facts)).not.toMatch(/"sources":\[\{/);
    expect(sources.length).toBeGreaterThan(300);
    for (const [path, list] of sources) {
      let node: any = facts; // eslint-disable-line @typescript-eslint/no-explicit-any
      for (const key of path.slice(0, -1)) node = node[key];
      node[path.at(-1)!] = list;
    }
    expect(facts).toEqual(builtInBundle);
    expect(checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("takes out the notes of instruments, their parties, data centers and providers, not the countries'", () => {
    const facts = assembled();
    const { sources } = splitSources(facts);
    type Noted = { note?: string; parties?: { note?: string }[]; headquartersCity?: string };
    const noted = (list: Noted[]) => list.filter((r) => r.note).length;
    const partyNotes = (list: Noted[]) => noted(list.flatMap((i) => i.parties ?? []));
    const whole = builtInBundle as Record<string, Noted[]>;
    expect(noted(facts.instruments)).toBe(0);
    expect(partyNotes(facts.instruments)).toBe(0);
    expect(partyNotes(whole.instruments!)).toBeGreaterThan(20);
    expect(noted(facts.datacenters)).toBe(0);
    expect(noted(facts.providers)).toBe(0);
    expect(noted(whole.providers!)).toBeGreaterThan(0);
    expect(noted(facts.jurisdictions)).toBe(noted(whole.jurisdictions!));
    const notes = sources.filter(([path]) => path.at(-1) === 'note');
    expect(notes.length).toBe(
      noted(whole.instruments!) +
        partyNotes(whole.instruments!) +
        noted(whole.datacenters!) +
        noted(whole.providers!),
    );
    // The providers' head-office cities too: the map shows none.
    expect(facts.providers.some((p: { headquartersCity?: string }) => p.headquartersCity)).toBe(
      false,
    );
    expect(sources.filter(([path]) => path.at(-1) === 'headquartersCity').length).toBe(
      whole.providers!.filter((p) => p.headquartersCity).length,
    );
  });

  it('keeps the numeric codes that tie countries to their shapes, and only those', () => {
    const facts = assembled();
    const { sources } = splitSources(facts);
    // Every shape on the map finds the same country with the facts alone.
    const drawn = (world: ReturnType<typeof createWorld>) =>
      countryShapes(world).map((c) => c.jurisdiction);
    expect(drawn(worldFromCheckedBundle(facts, ''))).toEqual(drawn(createWorld()));
    type Coded = { numeric?: string };
    const coded = (list: Coded[]) => list.filter((j) => j.numeric).length;
    const moved = sources.filter(([path]) => path.at(-1) === 'numeric');
    expect(moved.length).toBe(
      coded((builtInBundle as { jurisdictions: Coded[] }).jurisdictions) -
        coded(facts.jurisdictions),
    );
    expect(moved.length).toBeGreaterThan(50);
  });

  it("takes out the instruments' full titles, which only the sources need", () => {
    const facts = assembled();
    const { sources } = splitSources(facts);
    const whole = builtInBundle as { instruments: { title: string; shortTitle: string }[] };
    expect(facts.instruments.every((i: { title: string }) => i.title === '')).toBe(true);
    expect(facts.instruments.every((i: { shortTitle: string }) => i.shortTitle)).toBe(true);
    const titles = sources.filter(([path]) => path.at(-1) === 'title');
    expect(titles.map(([, title]) => title)).toEqual(whole.instruments.map((i) => i.title));
  });

  it("takes out the scenarios' speaker notes, which the caption loads when asked", () => {
    const facts = assembled();
    const { sources } = splitSources(facts);
    type Scenarios = { scenarios: { steps: { notes?: string; caption: string }[] }[] };
    const steps = (bundle: Scenarios) => bundle.scenarios.flatMap((s) => s.steps);
    const whole = steps(builtInBundle as Scenarios).filter((s) => s.notes);
    expect(whole.length).toBeGreaterThan(10);
    expect(steps(facts).filter((s) => 'notes' in s).length).toBe(0);
    expect(steps(facts).every((s) => s.caption)).toBe(true);
    const notes = sources.filter(([path]) => path.at(-1) === 'notes');
    expect(notes.map(([, text]) => text)).toEqual(whole.map((s) => s.notes));
  });

  it('the facts are under half the bytes of the whole', () => {
    const facts = assembled();
    splitSources(facts);
    expect(JSON.stringify(facts).length).toBeLessThan(JSON.stringify(builtInBundle).length / 2);
  });

  it("leaves out the empty sources, countries' kind, emptied titles and data centers' ids, and the element puts back all but the optional lists", () => {
    const facts = assembled();
    splitSources(facts);
    const whole = structuredClone(facts);
    const left = leaveOutDefaults(facts);
    const text = JSON.stringify(left);
    const records = LEFT_OUT.flatMap((list: string) => left[list] as object[]);
    expect(records.length).toBeGreaterThan(390);
    expect(records.filter((r) => 'sources' in r).length).toBe(0);
    expect(/"kind":"country"|"title":""/.test(text)).toBe(false);
    expect(left.datacenters.filter((d: { id?: string }) => d.id).length).toBe(0);
    expect(text.length).toBeLessThan(JSON.stringify(whole).length - 8000);
    // The parties' and establishments' empty lists are left out for good: optional, and the
    // sources module sets them at their paths when it comes (the test above puts them back so).
    type Nested = { parties?: { sources?: [] }[]; establishments?: { sources?: [] }[] };
    const nested = (bundle: { instruments: Nested[]; providers: Nested[] }) => [
      ...bundle.instruments.flatMap((i) => i.parties ?? []),
      ...bundle.providers.flatMap((p) => p.establishments ?? []),
    ];
    expect(nested(whole).filter((n) => n.sources).length).toBeGreaterThan(90);
    expect(nested(left).filter((n) => 'sources' in n).length).toBe(0);
    for (const n of nested(whole)) delete n.sources;
    putBackDefaults(left);
    expect(left).toEqual(whole);
    // The two lists of the lists are the same (one is run by Node at build, one in the element).
    expect([...COLLECTIONS]).toEqual(LEFT_OUT);
    // And the element's own copy, as its module loaded it, is the split facts whole.
    expect(builtInFacts()).toEqual(whole);
  });

  it("takes out what only the sources and a bundle's check read: legal names, legal bases, signing dates", () => {
    const facts = assembled();
    const { sources } = splitSources(facts);
    leaveOutDefaults(facts);
    const text = JSON.stringify(facts);
    expect(/"legalName"|"legalBasis"|"signed"/.test(text)).toBe(false);
    const moved = (key: string) => sources.filter(([path]) => path.at(-1) === key).length;
    const whole = builtInBundle as {
      providers: { legalName: string }[];
      requestTypes: { legalBasis: string }[];
      instruments: { signed?: string }[];
    };
    expect(moved('legalName')).toBe(whole.providers.length);
    expect(moved('legalBasis')).toBe(whole.requestTypes.length);
    expect(moved('signed')).toBe(whole.instruments.filter((i) => i.signed).length);
    // Until the sources come, the element's copy holds the required ones empty, as the title.
    putBackDefaults(facts);
    expect(facts.providers.every((p: { legalName: string }) => p.legalName === '')).toBe(true);
    expect(facts.requestTypes.every((r: { legalBasis: string }) => r.legalBasis === '')).toBe(true);
  });

  it('refuses to leave out a list of sources that is not empty', () => {
    const facts = assembled();
    expect(() => leaveOutDefaults(facts)).toThrow(/jurisdictions: AD has no empty sources/);
  });
});
