// The table's CSV export (src/elements/export.ts reachCsv): RFC 4180 quoting, and no cell a
// spreadsheet would run as a formula.
import { describe, expect, it } from 'vitest';
import { reachCsv } from '../../src/elements/export.js';
import { en, localeFor } from '../../src/i18n/strings.js';
import type { World } from '../../src/engine/core.js';

const world = {
  datacenters: new Map([
    [
      'x-1',
      {
        id: 'x-1',
        provider: 'x',
        name: '=HYPERLINK("http://evil.example","Click")',
        city: 'Dublin, "the capital"',
        country: 'IE',
        lat: 53.35,
        lon: -6.26,
      },
    ],
  ]),
  providers: new Map([['x', { id: 'x', name: '@Provider' }]]),
  jurisdictions: new Map([['IE', { id: 'IE', name: 'Ireland' }]]),
  instruments: new Map([['gdpr-art48', { id: 'gdpr-art48', shortTitle: 'GDPR Art. 48' }]]),
} as unknown as World;

describe('reachCsv', () => {
  const csv = reachCsv(
    world,
    new Map([['x-1', { reach: 'direct', conflicts: ['gdpr-art48'] }]]),
    localeFor('en'),
    { requestType: 'us-warrant', requester: 'US', asOf: '2019-06-01' },
  );
  const [header, row, end] = csv.split('\r\n');

  it('writes a header and one line per data center, ending in CRLF', () => {
    expect(header).toBe(
      'datacenter,provider,name,city,country,country_id,lat,lon,reach,reach_words,laws_in_the_way,as_of,request_type,requester',
    );
    expect(end).toBe('');
    expect(row).toContain(`,IE,53.35,-6.26,direct,${en.reach.direct},GDPR Art. 48,2019-06-01,`);
  });

  it('quotes a cell with a comma or a quote, and keeps a formula from running', () => {
    // The formula is text (an apostrophe first), quoted for its quotes and comma; a negative
    // longitude stays a number.
    expect(row).toBe(
      `x-1,'@Provider,"'=HYPERLINK(""http://evil.example"",""Click"")","Dublin, ""the capital""",Ireland,IE,53.35,-6.26,direct,Direct,GDPR Art. 48,2019-06-01,us-warrant,US`,
    );
  });
});
