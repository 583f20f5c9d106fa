// The small grammar the summaries rely on.
import { describe, expect, it } from 'vitest';
import { dateInWords, joinWords, possessive, withArticle } from '../../src/engine/words.js';

describe('words', () => {
  it.each([
    [
      'US warrant under the Stored Communications Act',
      'a US warrant under the Stored Communications Act',
    ],
    [
      'order under a CLOUD Act executive agreement',
      'an order under a CLOUD Act executive agreement',
    ],
    ['emergency disclosure request', 'an emergency disclosure request'],
    ['European Production Order', 'a European Production Order'],
    ['mutual legal assistance request', 'a mutual legal assistance request'],
    ['UK order', 'a UK order'],
  ])('withArticle(%j) is %j', (phrase, expected) => {
    expect(withArticle(phrase)).toBe(expected);
  });

  it.each([
    ['2014-06-01', 'June 1, 2014'],
    ['2026-08-18', 'August 18, 2026'],
    ['1987-01-19', 'January 19, 1987'],
    ['2000-12-31', 'December 31, 2000'],
  ])('dateInWords(%j) is %j', (iso, expected) => {
    expect(dateInWords(iso)).toBe(expected);
  });

  it.each([
    ['Microsoft', "Microsoft's"],
    ['Amazon Web Services', "Amazon Web Services'"],
    ['the United States', "the United States'"],
  ])('possessive(%j) is %j', (name, expected) => {
    expect(possessive(name)).toBe(expected);
  });

  it('joins lists the English way', () => {
    expect([
      joinWords([]),
      joinWords(['a']),
      joinWords(['a', 'b']),
      joinWords(['a', 'b', 'c']),
    ]).toEqual(['', 'a', 'a and b', 'a, b and c']);
  });
});
