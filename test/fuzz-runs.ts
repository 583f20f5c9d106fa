// How many cases a property test runs: small in `npm test`, large in `npm run test:slow`.
// Node tests read FUZZ_RUNS; browser tests see only VITE_-prefixed variables (Vite's rule), so
// scripts/test-slow.js sets both. A factor scales the count for tests whose cases cost more.

/** The run count for a property: FUZZ_RUNS (or VITE_FUZZ_RUNS) times `factor`, else `fallback`. */
export function fuzzRuns(fallback: number, factor = 1): number {
  const env = import.meta.env as Record<string, string | undefined>;
  const raw = env.FUZZ_RUNS ?? env.VITE_FUZZ_RUNS;
  const runs = Number(raw);
  return raw && Number.isInteger(runs) && runs > 0
    ? Math.max(1, Math.round(runs * factor))
    : fallback;
}

/** A test timeout that grows with the run count: `perRun` ms a case, plus a fixed margin. */
export function fuzzTimeout(runs: number, perRun: number, margin = 30_000): number {
  return margin + runs * perRun;
}
