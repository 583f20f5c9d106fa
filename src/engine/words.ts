// Small helpers that turn data into readable English sentences.
import type { Datacenter, Instrument, Jurisdiction } from './schema.js';

/**
 * "North Europe (Dublin)"; just the name where it already holds the city ("China (Beijing)") or a
 * place of its own in brackets ("US East (N. Virginia)", not "US East (N. Virginia) (Northern
 * Virginia)"). A city's own note in brackets ("Central Russia (Yandex names no city)") stays in
 * the data and the tooltips, out of the sentence.
 */
export function datacenterPlace(dc: Datacenter): string {
  const city = dc.city.replace(/\s*\(.*\)$/, '');
  return dc.name.includes(city) || dc.name.includes('(') ? dc.name : `${dc.name} (${city})`;
}

/** A jurisdiction's name as it reads in a sentence ("the United States"). */
export function inSentence(j: Jurisdiction): string {
  return j.inSentence ?? j.name;
}

/** An instrument's short title as it reads in a sentence ("the CLOUD Act"). */
export function titleInSentence(i: Instrument): string {
  return i.inSentence ?? i.shortTitle;
}

/** "a" or "an" before a word, by its first sound as far as spelling tells. */
export function withArticle(phrase: string): string {
  // "an order", "an emergency …", but "a European …", "a US …", "a UK …", "a unanimous …".
  return /^(?:[aio]|e(?!u)|u(?!s\b|k\b|n[ai]))/i.test(phrase) ? `an ${phrase}` : `a ${phrase}`;
}

/** "Microsoft's", but "Amazon Web Services'" and "the United States'". */
export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/** The months in English (the interface writes its English dates with them too). */
export const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

/**
 * "June 1, 2014" for 2014-06-01: sentences are read aloud by screen readers, and an ISO date is
 * read as numbers and dashes. English, as the sentences are (the element formats its own dates
 * for its language).
 */
export function dateInWords(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${MONTHS[month! - 1]} ${day}, ${year}`;
}

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** Distinct items, first occurrence order. */
export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
