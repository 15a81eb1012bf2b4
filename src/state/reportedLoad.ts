/**
 * An on-demand load whose outcome the user sees: made once and kept while it succeeds (a failed one
 * is dropped, so the next use tries again), a failure named in the store (the load notice shows it)
 * and cleared once a retry succeeds. Each attempt is reported once, however many callers share it.
 */
import { onceUntilFailure } from '../load/onceUntilFailure';
import type { AppStore, OnDemandPart } from './appStore';

export function reportedLoad<T>(store: AppStore, part: OnDemandPart, load: () => Promise<T>): () => Promise<T>;
/**
 * …then `start` builds the part from what arrived (synchronously). An error there is a bug of the
 * part, not a dropped connection: it is logged once as such, never named to the user as a part
 * that did not load, and not started again (every later use gets the same error).
 */
export function reportedLoad<M, T>(store: AppStore, part: OnDemandPart, load: () => Promise<M>, start: (loaded: M) => T): () => Promise<T>;
export function reportedLoad<M, T>(
  store: AppStore,
  part: OnDemandPart,
  load: () => Promise<M>,
  start?: (loaded: M) => T,
): () => Promise<M | T> {
  const arrived = onceUntilFailure(() =>
    load().then(
      (value) => {
        store.getState().setPartFailed(part, false);
        return value;
      },
      (e: unknown) => {
        console.error(`Frontier Map: ${part} failed to load`, e);
        store.getState().setPartFailed(part, true);
        throw e;
      },
    ),
  );
  if (!start) return arrived;
  // Not started twice: a part that threw halfway may have left listeners behind.
  let bug: { error: unknown } | null = null;
  const started = onceUntilFailure(() =>
    arrived().then((loaded) => {
      try {
        return start(loaded);
      } catch (e) {
        bug = { error: e };
        console.error(`Frontier Map: ${part} failed to start`, e);
        throw e;
      }
    }),
  );
  return () => (bug ? Promise.reject(bug.error) : started());
}

/** Runs `use` on the loaded value; a failure is already reported, so it is not rethrown. */
export function whenLoaded<T>(load: () => Promise<T>, use: (value: T) => void): void {
  load().then(use, () => undefined);
}
