/**
 * An on-demand load whose outcome the user sees: made once and kept while it succeeds (a failed one
 * is dropped, so the next use tries again), a failure named in the store (the load notice shows it)
 * and cleared once a retry succeeds. Each attempt is reported once, however many callers share it.
 */
import { onceUntilFailure } from '../load/onceUntilFailure';
import type { AppStore, OnDemandPart } from './appStore';

export function reportedLoad<T>(store: AppStore, part: OnDemandPart, load: () => Promise<T>): () => Promise<T> {
  return onceUntilFailure(() =>
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
}

/** Runs `use` on the loaded value; a failure is already reported, so it is not rethrown. */
export function whenLoaded<T>(load: () => Promise<T>, use: (value: T) => void): void {
  load().then(use, () => undefined);
}
