/**
 * Connects the store's bulk set to the map: adds the GPU layer and the detail panel when a set
 * arrives, swaps them when it changes. Loaded on demand (the bulk overlay imports it at the first bulk set).
 */
import type { AppStore } from '../../state/appStore';
import { h } from '../../ui/dom';
import type { OverlayContext, OverlayMap } from '../overlay';
import { addBulkLayer, type BulkLayerHandle } from './bulkLayer';
import { mountBulkPanel } from './bulkPanel';

const mounted = new WeakMap<AppStore, { layer(): BulkLayerHandle | null }>();

/** The live bulk layer of a store, if any (for tests and the benchmark). */
export function bulkLayerOf(store: AppStore): BulkLayerHandle | null {
  return mounted.get(store)?.layer() ?? null;
}

/** Mounts once per store; later calls are no-ops. Returns the teardown. */
export function mountBulk(map: OverlayMap, store: AppStore, ctx: Pick<OverlayContext, 'theme' | 'ui'>): () => void {
  if (mounted.has(store)) return () => {};
  let layer: BulkLayerHandle | null = null;
  const sync = (): void => {
    layer?.remove();
    layer = null;
    const set = store.getState().data.bulk;
    if (set) layer = addBulkLayer(map, store, set, ctx.theme);
  };
  const panel = h('aside', { class: 'source-panel bulk-panel', 'data-testid': 'bulk-panel' });
  ctx.ui.append(panel);
  const unpanel = mountBulkPanel(panel, store);
  sync();
  const unsub = store.subscribe((s) => s.data.bulk, sync);
  mounted.set(store, { layer: () => layer });
  return () => {
    unsub();
    unpanel();
    layer?.remove();
    mounted.delete(store);
  };
}
