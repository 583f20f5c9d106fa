// Statistics for `npm run bench`: medians, quantiles, and how sure a median ratio is. On a shared
// two-core machine one load of a page can take twice as long as the next, so a median of 11 runs
// says less than it seems; a bootstrap interval says how much less.
import { random } from './scale-bundle.js';

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** The q-quantile (0-1) of `values`, interpolated between neighbours. */
export function quantile(values, q) {
  const s = [...values].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (at - lo);
}

/**
 * A 95 % percentile-bootstrap interval for the median of `values`: the runs are resampled with
 * replacement `rounds` times, and the middle 95 % of the resampled medians is kept.
 */
export function medianInterval(values, rounds = 4000, seed = 1) {
  const next = random(seed);
  const medians = [];
  for (let r = 0; r < rounds; r++) {
    const sample = values.map(() => values[Math.floor(next() * values.length)]);
    medians.push(median(sample));
  }
  return { low: quantile(medians, 0.025), high: quantile(medians, 0.975) };
}

/**
 * Whether a target ratio ("at most 0.8 × Datamaps") is met, judged on the interval of the
 * run-by-run ratios: met when the whole interval is at or under it, missed when the whole
 * interval is over it, otherwise these runs cannot tell.
 */
export function verdict(interval, target) {
  if (interval.high <= target) return 'met';
  if (interval.low > target) return 'not met';
  return 'undecided';
}

/**
 * How many runs had each count, and the mean: `{ mean: 1.17, runs: { 0: 2, 1: 16, 2: 6 } }` for
 * 24 runs of frames over 20 ms. Counts at the edge of 1 and 2 make a median that flips from one
 * bench to the next; the spread and the mean show where they sit.
 */
export function tally(counts) {
  const runs = {};
  for (const c of counts) runs[c] = (runs[c] ?? 0) + 1;
  return { mean: counts.reduce((sum, c) => sum + c, 0) / counts.length, runs };
}
