/**
 * Large imports on the map. The GPU layer, its worker and its detail panel are fetched only when a
 * bulk set first arrives, so this module stays tiny; the points show and hide with `events`.
 */
import type { AppStore } from '../../state/appStore';
import { defineOverlay } from '../defineOverlay';
import type { Overlay, OverlayContext, OverlayMap, SharedToggle } from '../overlay';

/** Mounts the bulk layer and panel at the first bulk set; the teardown also cancels a load still in flight. */
function syncBulk(map: OverlayMap, store: AppStore, ctx: OverlayContext): () => void {
  let live = true;
  let loading = false;
  let unmount: (() => void) | null = null;
  const load = (): void => {
    if (loading || !store.getState().data.bulk) return;
    loading = true;
    void import('./mountBulk').then(
      (m) => {
        if (live) unmount = m.mountBulk(map, store, ctx);
      },
      (e: unknown) => {
        // The next large import (a new set) tries again.
        console.error('Frontier Map: the large-import layer failed to load', e);
        loading = false;
      },
    );
  };
  load();
  const unsub = store.subscribe((s) => s.data.bulk, load);
  return () => {
    live = false;
    unsub();
    unmount?.();
    unmount = null;
  };
}

export const bulkOverlay: Overlay<'bulk', SharedToggle> = defineOverlay({
  id: 'bulk',
  toggle: { follows: 'events' },
  // The GPU layer is a custom layer with its own buffers: nothing declarative to add.
  sources: () => ({}),
  layers: () => [],
  images: () => [],
  legend: () => [],
  sync: syncBulk,
});
