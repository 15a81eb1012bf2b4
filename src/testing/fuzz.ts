/**
 * Test-only: how hard the property-based fuzz tests (`*.fuzz.test.ts`, fast-check) try. The unit
 * suite runs a moderate number of cases from a fixed seed, so a failure reproduces; a larger run
 * is `FUZZ_RUNS=100000 npm run test:fuzz` (and `FUZZ_SEED=<n>` explores other inputs). A failure
 * prints fast-check's shrunk counterexample, its seed and path.
 */
import type { Parameters as FcParameters } from 'fast-check';

const env = (name: string): number | undefined => {
  const raw = typeof process === 'undefined' ? undefined : process.env[name];
  const n = raw === undefined || raw === '' ? NaN : Number(raw);
  return Number.isSafeInteger(n) ? n : undefined;
};

/** Runs per property: FUZZ_RUNS, else `ci` (the suite's moderate default). */
export const fuzzRuns = (ci: number): number => env('FUZZ_RUNS') ?? ci;

/** fast-check parameters: a fixed seed unless FUZZ_SEED says otherwise. */
export function fuzzParams<T>(ci: number): FcParameters<T> {
  return { seed: env('FUZZ_SEED') ?? 0x5eed, numRuns: fuzzRuns(ci), endOnFailure: false };
}

/** A vitest timeout that grows with the number of runs (about `msPerRun` each, at least 30 s). */
export const fuzzTimeout = (ci: number, msPerRun: number): number => Math.max(30_000, fuzzRuns(ci) * msPerRun * 2);
