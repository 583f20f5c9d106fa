// Dates in the data and in requests: YYYY-MM-DD. Its own module, without the schema's validator,
// for the engine's request checks, which run in the element on every answer.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * True for a real calendar date written YYYY-MM-DD (2019-02-30 is not one, nor is any day of the
 * year 0000: the calendar goes from 1 BC to AD 1, and a page read 0000-01-01 as "January 1, 1"
 * in its header, through Intl, and "January 1, 0" in its sentence).
 */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value) || value < '0001') return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
