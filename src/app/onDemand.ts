/**
 * Views only some users open (the along-the-border chart, the comparison) load when first shown:
 * the module is fetched the first time `open(state)` turns true, mounted into `root`, and `root`
 * is hidden while it is false. The default view's bundle does not carry them.
 */
import type { AppState, AppStore } from '../state/appStore';

type Mount = (root: HTMLElement, store: AppStore) => () => void;

/** Shows `root` with the lazily loaded view while `open` holds; returns the teardown. */
export function mountOnDemand(store: AppStore, open: (s: AppState) => boolean, root: HTMLElement, load: () => Promise<Mount>): () => void {
  let stop: (() => void) | null = null;
  let loading = false;
  const apply = (on: boolean): void => {
    root.hidden = !on;
    if (!on || stop || loading) return;
    loading = true;
    load()
      .then((mount) => {
        stop = mount(root, store);
        root.hidden = !open(store.getState());
      })
      .catch((err: unknown) => console.error('Frontier Map: a view failed to load', err))
      .finally(() => (loading = false));
  };
  apply(open(store.getState()));
  const unsub = store.subscribe(open, apply);
  return () => {
    unsub();
    stop?.();
  };
}
