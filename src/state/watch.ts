/** Tuple subscriptions on the store, kept apart from its construction so overlays can use them without importing the store module at runtime. */
import type { AppState, AppStore } from './appStore';

const sameTuple = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

/**
 * Subscribes `fn` to a tuple of state slices; it runs when any member changes identity.
 * Views use it so they re-render on what they show, never on the whole state.
 */
export function watch<T extends readonly unknown[]>(store: AppStore, select: (s: AppState) => T, fn: () => void): () => void {
  return store.subscribe(select, fn, { equalityFn: sameTuple });
}
