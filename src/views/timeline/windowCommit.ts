/**
 * A time window that follows a pointer: windows queued while it moves reach the store at most once
 * per animation frame (the latest one wins), so a fast drag costs one map update per frame. Shared
 * by the detail brush and the overview strip.
 */
import type { TimeWindow } from '../../calendar/window';
import type { AppStore } from '../../state/appStore';

export interface WindowCommit {
  /** Queues `w`; the store gets the latest queued window at the next animation frame. */
  queue(w: TimeWindow): void;
  /** The queued window not yet in the store, or null. */
  pending(): TimeWindow | null;
  /** Drops the queued window (returned) and its frame; the caller commits the final window itself. */
  take(): TimeWindow | null;
}

/** Creates the frame-batched commit of windows into `store`. */
export function windowCommit(store: AppStore): WindowCommit {
  let pending: TimeWindow | null = null;
  let raf = 0;
  const commit = (): void => {
    raf = 0;
    if (pending) store.getState().setWindow(pending);
    pending = null;
  };
  return {
    queue: (w) => {
      pending = w;
      if (!raf) raf = requestAnimationFrame(commit);
    },
    pending: () => pending,
    take: () => {
      if (raf) cancelAnimationFrame(raf);
      raf = 0;
      const last = pending;
      pending = null;
      return last;
    },
  };
}
