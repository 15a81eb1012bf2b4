/**
 * Long loops on the main thread, cut into slices of a few tens of milliseconds with a yield in
 * between, so input and frames get their turn and no task grows with the size of the data.
 */

/** Milliseconds of work per slice before yielding. */
export const SLICE_MS = 30;

interface YieldingScheduler {
  yield(): Promise<void>;
}

/** Lets the browser run other tasks (input, rendering); `scheduler.yield` where there is one. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Calls `fn(from, to)` over [0, n) in blocks of `block`, yielding whenever a slice has run
 * `budgetMs`; stops with the signal's reason once it is aborted.
 */
export async function inSlices(
  n: number,
  fn: (from: number, to: number) => void,
  signal?: AbortSignal,
  block = 2_000,
  budgetMs = SLICE_MS,
): Promise<void> {
  let sliceStart = performance.now();
  for (let from = 0; from < n; from += block) {
    signal?.throwIfAborted();
    fn(from, Math.min(n, from + block));
    if (performance.now() - sliceStart >= budgetMs) {
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
  signal?.throwIfAborted();
}
