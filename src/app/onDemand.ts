/**
 * Views only some users open (the source panel, the along-the-border chart, the comparison) load
 * when first shown: the module is fetched the first time `open(state)` turns true and mounted into
 * `root`. The default view's bundle does not carry them.
 */
import type { AppState, AppStore, OnDemandPart } from '../state/appStore';
import { reportedLoad } from '../state/reportedLoad';

type Mount = (root: HTMLElement, store: AppStore) => () => void;

/**
 * Mounts the lazily loaded view the first time `open` holds. `showWhileOpen`: `root` is hidden
 * while `open` is false; without it the view shows and hides itself (the source panel does, since
 * it returns focus to where it was opened from and must see its own hidden state change).
 */
function loadWhenOpen(
  store: AppStore,
  part: OnDemandPart,
  open: (s: AppState) => boolean,
  root: HTMLElement,
  loadView: () => Promise<Mount>,
  showWhileOpen: boolean,
  retryOn?: (s: AppState) => unknown,
  onFailed?: () => void,
): () => void {
  let stop: (() => void) | null = null;
  let loading = false;
  const load = reportedLoad(store, part, loadView);
  const apply = (on: boolean): void => {
    if (showWhileOpen) root.hidden = !on;
    if (!on || stop || loading) return;
    loading = true;
    load()
      .then(
        (mount) => {
          stop = mount(root, store);
          if (showWhileOpen) root.hidden = !open(store.getState());
        },
        // A failed load is reported (the load notice names the part); the next open, or a change of
        // `retryOn`, retries. An error of the view's own mount is not caught here: it is a bug, not a
        // dropped connection.
        () => onFailed?.(),
      )
      .finally(() => (loading = false));
  };
  apply(open(store.getState()));
  const unsub = store.subscribe(open, apply);
  // After a failed load (a dropped connection), a change of `retryOn` while open tries again: `open`
  // alone may stay true, as when the user picks another event with the panel still wanted.
  const unretry = retryOn ? store.subscribe(retryOn, () => apply(open(store.getState()))) : () => undefined;
  return () => {
    unsub();
    unretry();
    stop?.();
  };
}

/**
 * Shows `root` with the lazily loaded view while `open` holds; returns the teardown. After a failed
 * load `close` turns `open` off (its switch no longer shows it as on), so the next click retries.
 */
export function mountOnDemand(
  store: AppStore,
  part: OnDemandPart,
  open: (s: AppState) => boolean,
  root: HTMLElement,
  load: () => Promise<Mount>,
  close: () => void,
): () => void {
  return loadWhenOpen(store, part, open, root, load, true, undefined, close);
}

/**
 * Mounts the lazily loaded view once `open` first holds; from then on the view alone shows and hides
 * `root`. Until it has loaded, a change of `retryOn` while open loads it again.
 */
export function mountOnFirstOpen(
  store: AppStore,
  part: OnDemandPart,
  open: (s: AppState) => boolean,
  root: HTMLElement,
  load: () => Promise<Mount>,
  retryOn?: (s: AppState) => unknown,
): () => void {
  return loadWhenOpen(store, part, open, root, load, false, retryOn);
}
