/**
 * Ends the current task so the page can paint and handle input before the work goes on: the
 * Prioritized Task Scheduling API's `scheduler.yield()` where there is one (the continuation runs
 * before other queued work), else a macrotask.
 */
interface YieldingScheduler {
  yield(): Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
