// A large, valid data bundle for scale tests and benchmarks: the real bundle grown to `datacenters`
// data centers and `instruments` instruments. The added records are made up but well formed:
// regions of the real providers (half clustered around real regions, half spread over the
// map), bilateral MLA treaties, data-localisation laws and domestic powers, so every request
// type has many powers and restrictions to weigh for every data center. Deterministic (seeded),
// so two runs measure the same data. Used by test/browser/scale.test.ts and scripts/bench-scale.js.

/* global structuredClone */

const SOURCE = [
  { citation: 'Generated record for the scale test (not real)', checked: '2026-11-26' },
];

/** A small seeded PRNG (mulberry32): the same bundle on every run (and the bench's same interval). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The real bundle (not modified) grown to the given counts.
 * @param {any} base the real bundle: { jurisdictions, providers, datacenters, instruments, requestTypes, scenarios }
 * @param {{ datacenters?: number, instruments?: number, seed?: number }} [options]
 */
export function scaleBundle(base, { datacenters = 5000, instruments = 500, seed = 1 } = {}) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const bundle = structuredClone(base);
  const countries = bundle.jurisdictions.filter((j) => j.kind === 'country' && j.numeric);
  const countryIds = countries.map((j) => j.id);
  const providers = bundle.providers.filter(
    (p) => !bundle.datacenters.some((d) => d.operator === p.id),
  );
  const anchors = [...bundle.datacenters];
  const round = (n) => Math.round(n * 1e4) / 1e4;

  for (let i = bundle.datacenters.length; i < datacenters; i++) {
    const provider = pick(providers);
    const region = `scale-${i}`;
    // Half sit near a real region (a crowded city), half anywhere between 56° S and 72° N.
    const near = rand() < 0.5 ? pick(anchors) : undefined;
    const lat = near ? near.lat + (rand() - 0.5) * 4 : -56 + rand() * 128;
    const lon = near ? near.lon + (rand() - 0.5) * 6 : -180 + rand() * 360;
    bundle.datacenters.push({
      id: `${provider.id}-${region}`,
      provider: provider.id,
      region,
      name: `Scale ${i}`,
      city: `Town ${i}`,
      country: near ? near.country : pick(countryIds),
      lat: round(Math.max(-90, Math.min(90, lat))),
      lon: round(Math.max(-180, Math.min(180, lon))),
      sources: SOURCE,
    });
  }

  const date = () => {
    const year = 2001 + Math.floor(rand() * 25);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  };
  const common = (i, kind, title) => ({
    id: `scale-${kind}-${i}`,
    kind,
    title,
    shortTitle: title,
    citation: `Scale ${kind} No. ${i}`,
    url: `https://example.org/scale/${i}`,
    inForce: date(),
    summary: `A generated ${kind} for the scale test.`,
    sources: SOURCE,
  });
  for (let i = bundle.instruments.length; i < instruments; i++) {
    const a = pick(countryIds);
    let b = pick(countryIds);
    if (b === a) b = countryIds[(countryIds.indexOf(a) + 1) % countryIds.length];
    const kind = i % 3;
    if (kind === 0) {
      // A bilateral mutual legal assistance treaty.
      const record = common(i, 'treaty', `${a}–${b} MLAT ${i}`);
      bundle.instruments.push({
        ...record,
        parties: [
          { id: a, from: record.inForce },
          { id: b, from: record.inForce },
        ],
        powers: [
          {
            requestType: 'mlat',
            issuers: 'parties',
            target: 'requested-party',
            compels: true,
            citation: `${record.citation}, Art. 1`,
            action: 'asks for assistance',
          },
        ],
      });
    } else if (kind === 1) {
      // A data-localisation law in the way of foreign orders.
      bundle.instruments.push({
        ...common(i, 'statute', `${a} data law ${i}`),
        jurisdiction: a,
        restrictions: [
          {
            covers: rand() < 0.7 ? 'data' : 'provider',
            appliesTo: rand() < 0.5 ? 'orders' : 'all',
            yieldsToAgreements: rand() < 0.5,
            citation: `Scale statute No. ${i}, s. 1`,
            text: 'Data stored here may not be handed to a foreign authority without consent.',
          },
        ],
      });
    } else {
      // A domestic power: a production order for data stored at home.
      bundle.instruments.push({
        ...common(i, 'statute', `${a} production powers ${i}`),
        jurisdiction: a,
        powers: [
          {
            requestType: pick(['us-warrant', 'us-subpoena', 'emergency-request']),
            issuers: 'parties',
            target: rand() < 0.5 ? 'data-in-issuer' : 'provider-in-issuer',
            compels: true,
            citation: `Scale statute No. ${i}, s. 2`,
            action: 'orders',
          },
        ],
      });
    }
  }
  return bundle;
}
