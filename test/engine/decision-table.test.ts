// The reach engine as a lawyer would check it: one row per legal situation on a date, with what
// must be cited and what must stand in the way. Rows come in pairs on either side of the date an
// instrument, a judgment or a membership starts or ends.
import { describe, expect, it } from 'vitest';
import { createWorld, resolve, type Reach } from '../../src/engine/index.js';

const world = createWorld();

type Row = [
  asOf: string,
  requestType: string,
  requester: string,
  datacenter: string,
  reach: Reach,
  cites: string[],
  conflicts: string[],
];

// "cites" lists instruments that must be cited; "conflicts" is the exact set that stands in the way.
// prettier-ignore
const rows: Row[] = [
  // Microsoft Ireland: a US warrant for emails in Dublin.
  ['1987-01-18', 'us-warrant',          'US', 'aws-us-east-1',         'none',      [],                                                                      []],
  ['1987-01-19', 'us-warrant',          'US', 'aws-us-east-1',         'direct',    ['us-sca'],                                                              []],
  ['2013-12-04', 'us-warrant',          'US', 'azure-northeurope',     'direct',    ['us-sca'],                                                              []],
  ['2014-04-25', 'us-warrant',          'US', 'azure-northeurope',     'direct',    ['us-sca', 'in-re-warrant-microsoft-2014'],                              []],
  ['2014-07-31', 'us-warrant',          'US', 'azure-northeurope',     'direct',    ['in-re-warrant-microsoft-sdny-2014'],                                   []],
  ['2016-07-13', 'us-warrant',          'US', 'azure-northeurope',     'direct',    ['in-re-warrant-microsoft-2014'],                                        []],
  ['2016-07-14', 'us-warrant',          'US', 'azure-northeurope',     'none',      ['microsoft-v-us-2d-cir-2016'],                                          []],
  ['2017-02-02', 'us-warrant',          'US', 'azure-northeurope',     'none',      ['microsoft-v-us-2d-cir-2016'],                                          []],
  ['2017-02-03', 'us-warrant',          'US', 'azure-northeurope',     'contested', ['microsoft-v-us-2d-cir-2016', 'in-re-search-warrant-google-edpa-2017'], []],
  ['2017-04-19', 'us-warrant',          'US', 'azure-northeurope',     'contested', ['in-re-search-google-ndcal-2017'],                                      []],
  ['2018-03-22', 'us-warrant',          'US', 'azure-northeurope',     'contested', ['us-sca'],                                                              []],
  ['2018-03-23', 'us-warrant',          'US', 'azure-northeurope',     'direct',    ['us-sca', 'us-cloud-act'],                                              []],
  ['2018-05-24', 'us-warrant',          'US', 'azure-northeurope',     'direct',    ['us-cloud-act'],                                                        []],
  ['2018-05-25', 'us-warrant',          'US', 'azure-northeurope',     'direct',    ['us-cloud-act'],                                                        ['gdpr-art48']],
  ['2019-06-01', 'us-warrant',          'US', 'azure-northeurope',     'direct',    ['us-cloud-act'],                                                        ['gdpr-art48']],
  // The same warrant elsewhere: data at home, a Swiss region, Hong Kong, a French region, a Chinese provider.
  ['2019-06-01', 'us-warrant',          'US', 'azure-eastus',          'direct',    ['us-sca'],                                                              []],
  ['2019-06-01', 'us-warrant',          'US', 'gcp-europe-west6',      'direct',    ['us-cloud-act'],                                                        ['ch-stgb-271']],
  ['2022-01-01', 'us-warrant',          'US', 'aws-ap-east-1',         'direct',    ['us-cloud-act'],                                                        []],
  ['2015-01-01', 'us-warrant',          'US', 'azure-francecentral',   'direct',    ['in-re-warrant-microsoft-2014'],                                        ['fr-blocking-statute']],
  ['2019-06-01', 'us-warrant',          'US', 'azure-francecentral',   'direct',    ['us-cloud-act'],                                                        ['gdpr-art48', 'fr-blocking-statute']],
  ['2022-01-01', 'us-warrant',          'US', 'alibaba-cn-hangzhou',   'none',      [],                                                                      []],
  ['2022-01-01', 'us-warrant',          'US', 'alibaba-us-west-1',     'direct',    ['us-sca'],                                                              []],
  ['2022-01-01', 'us-warrant',          'US', 'aws-cn-north-1',        'none',      [],                                                                      []],
  ['2022-01-01', 'us-warrant',          'US', 'ovhcloud-us-east-va-1', 'direct',    ['us-sca'],                                                              []],
  ['2014-06-01', 'us-warrant',          'GB', 'azure-northeurope',     'none',      [],                                                                      []],
  // A subpoena for subscriber records: not the process the Microsoft litigation was about.
  ['2015-01-01', 'us-subpoena',         'US', 'azure-northeurope',     'direct',    ['us-sca'],                                                              []],
  ['2019-06-01', 'us-subpoena',         'US', 'azure-northeurope',     'direct',    ['us-cloud-act'],                                                        ['gdpr-art48']],
  ['2019-06-01', 'us-subpoena',         'FR', 'azure-eastus',          'none',      [],                                                                      []],
  // MLA: the treaty route, dated by each treaty and by EU law for the UK.
  ['2009-08-10', 'mlat',                'US', 'azure-northeurope',     'none',      [],                                                                      []],
  ['2009-08-11', 'mlat',                'US', 'azure-northeurope',     'assisted',  ['mlat-us-ie'],                                                          []],
  ['2010-02-01', 'mlat',                'US', 'azure-northeurope',     'assisted',  ['mlat-us-ie', 'eu-us-mla'],                                             []],
  ['2009-06-30', 'mlat',                'DE', 'aws-us-east-1',         'none',      [],                                                                      []],
  ['2009-07-01', 'mlat',                'DE', 'aws-us-east-1',         'assisted',  ['budapest-convention'],                                                 []],
  ['2020-12-31', 'mlat',                'GB', 'azure-eastus',          'assisted',  ['mlat-us-gb', 'eu-us-mla', 'budapest-convention'],                      []],
  ['2021-01-01', 'mlat',                'GB', 'azure-eastus',          'assisted',  ['mlat-us-gb', 'budapest-convention'],                                   []],
  // The EU–Japan MLA Agreement from 2 January 2011: Japan's only treaty with Ireland, the UK's
  // until the end of 2020, Denmark's too (the legal review of 29 November 2026).
  ['2011-01-01', 'mlat',                'JP', 'ovhcloud-gra11',        'none',      [],                                                                      []],
  ['2011-01-02', 'mlat',                'JP', 'ovhcloud-gra11',        'assisted',  ['eu-japan-mla'],                                                        []],
  ['2011-01-02', 'mlat',                'JP', 'azure-northeurope',     'assisted',  ['eu-japan-mla'],                                                        ['us-sca']],
  ['2011-06-01', 'mlat',                'DK', 'gcp-asia-northeast1',   'assisted',  ['eu-japan-mla'],                                                        ['us-sca']],
  ['2013-01-01', 'mlat',                'JP', 'ovhcloud-gra11',        'assisted',  ['eu-japan-mla', 'budapest-convention'],                                 []],
  ['2020-12-31', 'mlat',                'JP', 'aws-eu-west-2',         'assisted',  ['eu-japan-mla', 'budapest-convention'],                                 []],
  ['2021-01-01', 'mlat',                'JP', 'aws-eu-west-2',         'assisted',  ['budapest-convention'],                                                 []],
  ['2020-06-01', 'mlat',                'US', 'yandex-ru-central1',    'assisted',  ['mlat-us-ru'],                                                          []],
  ['2024-01-01', 'mlat',                'US', 'aws-us-east-1',         'none',      [],                                                                      []],
  ['2024-01-01', 'mlat',                'US', 'alibaba-us-west-1',     'none',      [],                                                                      []],
  ['2024-01-01', 'mlat',                'US', 'alibaba-cn-hangzhou',   'none',      [],                                                                      []],
  // CLOUD Act executive agreements.
  ['2022-10-02', 'cloud-act-order',     'GB', 'azure-eastus',          'none',      [],                                                                      []],
  ['2022-10-03', 'cloud-act-order',     'GB', 'azure-eastus',          'direct',    ['cloud-uk-us'],                                                         []],
  ['2023-06-01', 'cloud-act-order',     'GB', 'azure-northeurope',     'direct',    ['cloud-uk-us'],                                                         ['gdpr-art48']],
  ['2024-01-29', 'cloud-act-order',     'AU', 'aws-us-east-1',         'none',      [],                                                                      []],
  ['2024-01-30', 'cloud-act-order',     'AU', 'aws-us-east-1',         'direct',    ['cloud-au-us'],                                                         []],
  ['2026-01-01', 'cloud-act-order',     'FR', 'azure-eastus',          'none',      [],                                                                      []],
  ['2026-01-01', 'cloud-act-order',     'GB', 'ovhcloud-gra11',        'none',      [],                                                                      []],
  // EU e-Evidence: applicable from 18 August 2026, not for Denmark, not for the UK.
  ['2026-08-17', 'eu-production-order', 'DE', 'azure-northeurope',     'none',      [],                                                                      []],
  ['2026-08-18', 'eu-production-order', 'DE', 'azure-northeurope',     'direct',    ['eu-e-evidence'],                                                       ['us-sca']],
  ['2026-09-01', 'eu-production-order', 'DK', 'azure-northeurope',     'none',      [],                                                                      []],
  ['2026-09-01', 'eu-production-order', 'GB', 'azure-northeurope',     'none',      [],                                                                      []],
  ['2026-09-01', 'eu-production-order', 'IE', 'aws-eu-central-1',      'direct',    ['eu-e-evidence'],                                                       ['us-sca']],
  ['2026-09-01', 'eu-production-order', 'DE', 'ovhcloud-gra11',        'direct',    ['eu-e-evidence'],                                                       []],
  // The SCA binds a provider serving the public from the United States, wherever its head office
  // is: Alibaba's Silicon Valley data as much as Amazon's Virginia data (the second legal review).
  ['2026-09-01', 'eu-production-order', 'DE', 'alibaba-us-west-1',     'direct',    ['eu-e-evidence'],                                                       ['us-sca']],
  // Swiss Criminal Code Art. 271 punishes handing data to a foreign authority without an order
  // too (BGE 148 IV 66): a voluntary emergency disclosure meets it (the second legal review).
  ['2022-01-01', 'emergency-request',   'US', 'azure-switzerlandnorth', 'direct',   ['us-sca'],                                                              ['ch-stgb-271']],
  ['2026-09-01', 'eu-production-order', 'DE', 'alibaba-cn-hangzhou',   'direct',    ['eu-e-evidence'],                                                       ['cn-dsl', 'cn-pipl', 'cn-criminal-judicial-assistance']],
  ['2026-09-01', 'eu-production-order', 'DE', 'yandex-ru-central1',    'none',      [],                                                                      []],
  // A provider established only in the issuing state gets that state's national order (Art. 1(1)):
  // Microsoft and Google in Ireland, AWS in Luxembourg, OVHcloud at home in France, Alibaba Cloud
  // in the Netherlands; from any other member state the order reaches them.
  ['2026-09-01', 'eu-production-order', 'IE', 'azure-northeurope',     'none',      [],                                                                      []],
  ['2026-09-01', 'eu-production-order', 'IE', 'gcp-europe-west1',      'none',      [],                                                                      []],
  ['2026-09-01', 'eu-production-order', 'LU', 'aws-eu-central-1',      'none',      [],                                                                      []],
  ['2026-09-01', 'eu-production-order', 'FR', 'ovhcloud-gra11',        'none',      [],                                                                      []],
  ['2026-09-01', 'eu-production-order', 'NL', 'alibaba-cn-hangzhou',   'none',      [],                                                                      []],
  ['2026-09-01', 'eu-production-order', 'LU', 'azure-northeurope',     'direct',    ['eu-e-evidence'],                                                       ['us-sca']],
  ['2026-09-01', 'eu-production-order', 'IE', 'ovhcloud-gra11',        'direct',    ['eu-e-evidence'],                                                       []],
  ['2026-09-01', 'eu-production-order', 'DE', 'aws-cn-northwest-1',    'none',      [],                                                                      []],
  // Emergency disclosure: voluntary under § 2702(b)(8) for US authorities only; an order under e-Evidence.
  ['2019-06-01', 'emergency-request',   'US', 'azure-northeurope',     'direct',    ['us-sca'],                                                              []],
  ['2019-06-01', 'emergency-request',   'GB', 'azure-eastus',          'none',      [],                                                                      []],
  ['2026-08-17', 'emergency-request',   'DE', 'azure-eastus',          'none',      [],                                                                      []],
  ['2026-08-18', 'emergency-request',   'DE', 'azure-eastus',          'direct',    ['eu-e-evidence'],                                                       ['us-sca']],
];

describe('resolve: decision table', () => {
  it.each(rows)(
    '%s %s from %s to %s → %s',
    (asOf, requestType, requester, datacenter, reach, cites, conflicts) => {
      const r = resolve(world, { requestType, requester, datacenter, asOf });
      expect(r.reach).toBe(reach);
      for (const id of cites) expect(r.instruments).toContain(id);
      expect([...r.conflicts].sort()).toEqual([...conflicts].sort());
      if (reach === 'none') expect(r.steps).toEqual([]);
      else expect(r.steps.length).toBeGreaterThanOrEqual(2);
    },
  );
});

describe('resolve: Microsoft Ireland through time', () => {
  const at = (asOf: string) =>
    resolve(world, {
      requestType: 'us-warrant',
      requester: 'US',
      datacenter: 'azure-northeurope',
      asOf,
    });

  it('gives different answers in 2014, 2017 and 2019, as history did', () => {
    const answers = ['2014-06-01', '2017-06-01', '2019-06-01'].map((d) => {
      const r = at(d);
      return JSON.stringify([r.reach, r.instruments, r.conflicts]);
    });
    expect(new Set(answers).size).toBe(3);
    expect(at('2014-06-01').summary).toMatch(/magistrate judge/);
    expect(at('2017-06-01').summary).toMatch(/courts disagree/);
  });

  it('in 2019 is direct, cites the CLOUD Act and meets GDPR Art. 48', () => {
    const r = at('2019-06-01');
    expect(r.reach).toBe('direct');
    expect(r.instruments).toContain('us-cloud-act');
    expect(r.conflicts).toEqual(['gdpr-art48']);
    expect(r.jurisdictions).toEqual(
      expect.arrayContaining([
        { id: 'US', role: 'requester' },
        { id: 'US', role: 'provider' },
        { id: 'IE', role: 'data' },
        { id: 'IE', role: 'conflict' },
      ]),
    );
    expect(r.steps.map((s) => [s.from, s.to])).toEqual([
      ['US', 'US'],
      ['US', 'azure-northeurope'],
    ]);
    expect(r.summary).toBe(
      "On June 1, 2019, a US warrant under the Stored Communications Act from the United States reaches data in Microsoft's North Europe (Dublin) data center in Ireland directly under the CLOUD Act, but GDPR Art. 48 stands in the way.",
    );
    expect(r.sources.map((s) => s.citation)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('2713'),
        expect.stringContaining('2016/679'),
      ]),
    );
  });

  it('says when a law in the way bars only some of the data asked for', () => {
    // The Stored Communications Act bars a US provider's answer to a foreign authority for
    // contents only (18 U.S.C. § 2702(a)(1)–(2)); records may go to "any person other than a
    // governmental entity" (§ 2702(c)(6)). A European Production Order asks for every kind.
    const r = resolve(world, {
      requestType: 'eu-production-order',
      requester: 'DE',
      datacenter: 'aws-us-east-1',
      asOf: '2026-09-01',
    });
    expect(r.conflicts).toEqual(['us-sca']);
    expect(r.summary).toMatch(
      /, but the Stored Communications Act \(for contents\) stands in the way\.$/,
    );
  });

  it("serves a European Production Order on the provider's establishment in the Union, not its head office", () => {
    // Reg. (EU) 2023/1543 Art. 7(1): orders are addressed to the provider's designated
    // establishment or legal representative; providers.json's establishment stands for it.
    const steps = (requestType: string, datacenter: string) =>
      resolve(world, { requestType, requester: 'DE', datacenter, asOf: '2026-09-01' }).steps.map(
        (s) => [s.from, s.to],
      );
    expect(steps('eu-production-order', 'aws-us-east-1')).toEqual([
      ['DE', 'LU'],
      ['LU', 'aws-us-east-1'],
    ]);
    // Luxembourg is part of the answer: outlined, named and reached by the keyboard on the map;
    // and the provider's own sources, which say it is established there, are the answer's.
    const epo = resolve(world, {
      requestType: 'eu-production-order',
      requester: 'DE',
      datacenter: 'aws-us-east-1',
      asOf: '2026-09-01',
    });
    expect(epo.sources.map((s) => s.citation)).toEqual(
      expect.arrayContaining([expect.stringContaining('AWS Contracting Party')]),
    );
    expect(epo.jurisdictions).toEqual(
      expect.arrayContaining([
        { id: 'LU', role: 'provider' },
        { id: 'US', role: 'provider' },
      ]),
    );
    expect(steps('eu-production-order', 'azure-eastus')[0]).toEqual(['DE', 'IE']);
    expect(steps('emergency-request', 'alibaba-cn-hangzhou')[0]).toEqual(['DE', 'NL']);
    // A provider at home in another member state is served there.
    expect(steps('eu-production-order', 'ovhcloud-gra11')[0]).toEqual(['DE', 'FR']);
    const r = resolve(world, {
      requestType: 'eu-production-order',
      requester: 'FR',
      datacenter: 'azure-northeurope',
      asOf: '2026-09-01',
    });
    expect(r.steps[0]!.label).toBe(
      'France sends a European Production Order Certificate to Microsoft Ireland Operations Limited in Ireland',
    );
    // A US warrant still goes to the provider's home.
    expect(
      resolve(world, {
        requestType: 'us-warrant',
        requester: 'US',
        datacenter: 'azure-northeurope',
        asOf: '2019-06-01',
      }).steps[1],
    ).toMatchObject({ from: 'US', to: 'azure-northeurope' });
  });

  it('says who issues a request a state cannot, so the clause does not read as describing that state', () => {
    // "France cannot issue it: a government whose executive agreement…" heard as a description
    // of France (a hands-on review); every such clause says "only … issues it".
    for (const [requestType, requester] of [
      ['cloud-act-order', 'FR'],
      ['eu-production-order', 'US'],
      ['emergency-request', 'JP'],
      ['us-warrant', 'GB'],
    ] as const) {
      const r = resolve(world, {
        requestType,
        requester,
        datacenter: 'aws-eu-central-1',
        asOf: '2026-09-01',
      });
      expect(r.summary).toMatch(/ cannot issue it: (only|it is made by) /);
    }
  });

  it('says an assistance request without a treaty in the data has no treaty route, not that it cannot reach', () => {
    // Letters rogatory and requests on reciprocity need no treaty (a legal review).
    const r = resolve(world, {
      requestType: 'mlat',
      requester: 'SG',
      datacenter: 'azure-eastus',
      asOf: '2026-11-28',
    });
    expect(r.reach).toBe('none');
    expect(r.summary).toMatch(/from Singapore has no treaty route to data in Microsoft's East US/);
    expect(r.summary).toMatch(/no mutual legal assistance instrument in the data binds Singapore/);
  });

  it('routes the MLAT request through Ireland, as Ireland offered', () => {
    const r = resolve(world, {
      requestType: 'mlat',
      requester: 'US',
      datacenter: 'azure-northeurope',
      asOf: '2014-12-23',
    });
    expect(r.reach).toBe('assisted');
    expect(r.jurisdictions).toContainEqual({ id: 'IE', role: 'requested' });
    expect(r.steps.map((s) => [s.from, s.to])).toEqual([
      ['US', 'IE'],
      ['IE', 'IE'],
      ['IE', 'azure-northeurope'],
    ]);
    expect(r.timeToData?.text).toMatch(/10 months/);
  });
});

describe('resolve: a judgment as it stood on the date', () => {
  it('cites a rehearing or an affirmance only from its date', () => {
    const at = (asOf: string) =>
      resolve(world, {
        requestType: 'us-warrant',
        requester: 'US',
        datacenter: 'azure-northeurope',
        asOf,
      }).citations;
    const second = (asOf: string) =>
      at(asOf).find((c) => c.instrument === 'microsoft-v-us-2d-cir-2016')!;
    expect(second('2016-07-14').citation).not.toMatch(/855 F\.3d/);
    expect(second('2016-07-14').text).not.toMatch(/en banc/);
    expect(second('2017-06-01').citation).toMatch(/reh'g en banc denied, 855 F\.3d 53/);
    expect(second('2017-06-01').text).toMatch(/Rehearing en banc was denied/);
    const edpa = (asOf: string) =>
      at(asOf).find((c) => c.instrument === 'in-re-search-warrant-google-edpa-2017')!;
    expect(edpa('2017-06-01').citation).not.toMatch(/aff'd/);
    expect(edpa('2017-09-01').citation).toMatch(/aff'd, 275 F\. Supp\. 3d 605/);
  });
});

describe('resolve: an agreement of a union with a third state', () => {
  it('binds the third state and each member, not two members to each other', () => {
    // Germany asks France: the EU–US MLA Agreement is not between them; the Budapest Convention is.
    const r = resolve(world, {
      requestType: 'mlat',
      requester: 'DE',
      datacenter: 'azure-francecentral',
      asOf: '2014-12-28',
    });
    expect(r.reach).toBe('assisted');
    expect(r.instruments).not.toContain('eu-us-mla');
    expect(r.instruments).toContain('budapest-convention');
    // The United States asks Ireland: both agreements apply.
    const us = resolve(world, {
      requestType: 'mlat',
      requester: 'US',
      datacenter: 'azure-northeurope',
      asOf: '2014-06-01',
    });
    expect(us.instruments).toEqual(expect.arrayContaining(['mlat-us-ie', 'eu-us-mla']));
  });
});

describe('resolve: the European Investigation Order between Member States', () => {
  const eio = (requester: string, datacenter: string, asOf: string) =>
    resolve(world, { requestType: 'mlat', requester, datacenter, asOf }).instruments.includes(
      'eu-eio-directive',
    );
  it('counts from the day each state applied it, both ends of the request', () => {
    // Germany and France both applied it from the deadline, 22 May 2017.
    expect(eio('DE', 'azure-francecentral', '2017-05-21')).toBe(false);
    expect(eio('DE', 'azure-francecentral', '2017-05-22')).toBe(true);
    const r = resolve(world, {
      requestType: 'mlat',
      requester: 'DE',
      datacenter: 'azure-francecentral',
      asOf: '2019-06-01',
    });
    expect(r.steps[0]!.label).toBe(
      'Germany asks France for assistance under the EIO Directive and the Budapest Convention',
    );
    // Its own deadlines, not the months of a classic MLA request.
    expect(r.timeToData?.text).toMatch(/within 30 days .* within 90 days/);
    const us = resolve(world, {
      requestType: 'mlat',
      requester: 'US',
      datacenter: 'azure-northeurope',
      asOf: '2019-06-01',
    });
    expect(us.timeToData?.text).toMatch(/10 months/);
    // Sweden applied it from 1 December 2017 (the Riksdag).
    expect(eio('FR', 'aws-eu-north-1', '2017-11-30')).toBe(false);
    expect(eio('FR', 'aws-eu-north-1', '2017-12-01')).toBe(true);
    // Slovakia's own date was not found: it counts from 15 September 2018, when every bound state
    // took part (no Slovak data center is in the data: the requester's side is tested).
    expect(eio('SK', 'aws-eu-central-1', '2018-09-14')).toBe(false);
    expect(eio('SK', 'aws-eu-central-1', '2018-09-15')).toBe(true);
  });

  it('never binds Denmark or Ireland, nor the United Kingdom after the transition period', () => {
    expect(eio('DK', 'aws-eu-central-1', '2024-01-01')).toBe(false);
    expect(eio('DE', 'azure-northeurope', '2024-01-01')).toBe(false);
    expect(eio('GB', 'aws-eu-central-1', '2017-07-30')).toBe(false);
    expect(eio('GB', 'aws-eu-central-1', '2017-07-31')).toBe(true);
    expect(eio('GB', 'aws-eu-central-1', '2020-12-31')).toBe(true);
    expect(eio('GB', 'aws-eu-central-1', '2021-01-01')).toBe(false);
  });
});

describe('resolve: time to data follows the route', () => {
  it("gives an emergency request the deadline of the law it goes under, and no other's", () => {
    const at = (requester: string, datacenter: string, asOf: string) =>
      resolve(world, { requestType: 'emergency-request', requester, datacenter, asOf }).timeToData
        ?.text ?? '';
    // A US request in 2019: § 2702(b)(8), no deadline; not the EU's 8 hours of 2026.
    expect(at('US', 'azure-northeurope', '2019-06-01')).toMatch(/no deadline .*§ 2702\(b\)\(8\)/);
    expect(at('US', 'azure-northeurope', '2019-06-01')).not.toMatch(/European Production Order/);
    expect(at('DE', 'azure-eastus', '2026-09-01')).toMatch(/^8 hours/);
  });
});

describe('resolve: reasons for no route', () => {
  it('says a UK authority cannot issue a US warrant', () => {
    const r = resolve(world, {
      requestType: 'us-warrant',
      requester: 'GB',
      datacenter: 'azure-eastus',
      asOf: '2020-01-01',
    });
    expect(r.reach).toBe('none');
    expect(r.summary).toMatch(
      /the United Kingdom cannot issue it: only US federal and state courts/,
    );
  });

  it('says when a power starts', () => {
    const r = resolve(world, {
      requestType: 'cloud-act-order',
      requester: 'GB',
      datacenter: 'azure-eastus',
      asOf: '2021-06-01',
    });
    expect(r.summary).toMatch(/applies from October 3, 2022/);
  });

  it('says Denmark takes no part in the e-Evidence Regulation, and the United Kingdom has left the EU', () => {
    const dk = resolve(world, {
      requestType: 'eu-production-order',
      requester: 'DK',
      datacenter: 'aws-us-east-1',
      asOf: '2026-09-01',
    });
    expect(dk.summary).toMatch(/since Denmark takes no part in the e-Evidence Regulation\.$/);
    // Not yet in force in 2020, but that is no reason for a state that will not be bound then.
    const gb = resolve(world, {
      requestType: 'emergency-request',
      requester: 'GB',
      datacenter: 'aws-us-east-1',
      asOf: '2020-06-01',
    });
    expect(gb.summary).toMatch(
      /binds the member states of the European Union, and the United Kingdom's membership ended on January 31, 2020/,
    );
    expect(gb.summary).not.toMatch(/applies from/);
  });

  it('says a provider established in the issuing state itself gets its national order, not a European Production Order', () => {
    const r = resolve(world, {
      requestType: 'eu-production-order',
      requester: 'IE',
      datacenter: 'azure-northeurope',
      asOf: '2026-09-01',
    });
    expect(r.summary).toMatch(
      /: Microsoft is established in Ireland itself, where Ireland's national orders apply; the e-Evidence Regulation reaches only providers established or represented in another state it binds\.$/,
    );
  });

  it('says when no treaty binds the two states', () => {
    const r = resolve(world, {
      requestType: 'mlat',
      requester: 'US',
      datacenter: 'alibaba-cn-hangzhou',
      asOf: '2024-01-01',
    });
    expect(r.summary).toMatch(
      /no mutual legal assistance instrument .* binds the United States and China/,
    );
  });
});

describe('data centers in the summaries', () => {
  const summaryOf = (datacenter: string) =>
    resolve(world, { requestType: 'us-warrant', requester: 'US', datacenter, asOf: '2026-09-01' })
      .summary;

  it('are named once, without a second place in brackets or brackets inside brackets', () => {
    for (const dc of world.datacenters.keys()) {
      const summary = summaryOf(dc);
      expect(summary, dc).not.toMatch(/\) \(/);
      let depth = 0;
      for (const c of summary) {
        depth += c === '(' ? 1 : c === ')' ? -1 : 0;
        expect(depth, `${dc}: ${summary}`).toBeLessThanOrEqual(1);
      }
    }
    expect(summaryOf('aws-us-east-1')).toContain(
      "Amazon Web Services' US East (N. Virginia) data center",
    );
  });

  it('say plainly why no power reaches a provider at home abroad', () => {
    expect(summaryOf('alibaba-cn-beijing')).toMatch(
      /: the United States' powers of this kind do not reach Alibaba Cloud \(at home in China\) for data in China\.$/,
    );
  });
});
