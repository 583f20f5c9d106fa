// The benchmark's statistics: the interval around a median ratio and the verdict on issue 6's
// 0.8 × Datamaps target drawn from it.
import { describe, expect, it } from 'vitest';
import { median, medianInterval, quantile, tally, verdict } from '../../scripts/bench-stats.js';

describe('bench statistics', () => {
  it('takes medians and quantiles as written', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantile([0, 10, 20, 30, 40], 0.25)).toBe(10);
    expect(quantile([0, 10], 0.75)).toBe(7.5);
  });

  it('puts a tight interval around steady runs and a wide one around noisy runs', () => {
    const steady = [0.9, 0.91, 0.9, 0.89, 0.9, 0.91, 0.9, 0.9, 0.89, 0.9, 0.91];
    const noisy = [0.6, 1.3, 0.7, 1.1, 0.95, 0.65, 1.25, 0.8, 1.0, 0.7, 1.2];
    const a = medianInterval(steady);
    const b = medianInterval(noisy);
    expect(a.low).toBeLessThanOrEqual(median(steady));
    expect(a.high).toBeGreaterThanOrEqual(median(steady));
    expect(a.high - a.low).toBeLessThanOrEqual(0.02);
    expect(b.high - b.low).toBeGreaterThan(0.2);
    // The same runs always give the same interval (a seeded resampling).
    expect(medianInterval(noisy)).toEqual(b);
  });

  it('calls the target met or not met only when the whole interval says so', () => {
    expect(verdict({ low: 0.7, high: 0.79 }, 0.8)).toBe('met');
    expect(verdict({ low: 0.81, high: 1.1 }, 0.8)).toBe('not met');
    expect(verdict({ low: 0.75, high: 0.95 }, 0.8)).toBe('undecided');
    expect(verdict(medianInterval([0.9, 0.91, 0.9, 0.89, 0.9, 0.91, 0.9]), 0.8)).toBe('not met');
  });

  it('counts how many runs had each count of long frames, and their mean', () => {
    // A median of 1 here and of 2 in the next bench hides that most runs sit at 1.
    expect(tally([1, 2, 1, 0, 1, 2])).toEqual({ mean: 7 / 6, runs: { 0: 1, 1: 3, 2: 2 } });
    expect(tally([2, 2])).toEqual({ mean: 2, runs: { 2: 2 } });
  });
});
