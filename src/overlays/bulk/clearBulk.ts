/**
 * Removing and showing the bulk set, shared by the public entry (`loadBulk.ts`) and the loader,
 * which clears the old set before storing a new one. Its own module so neither imports the other.
 */
import type { AppStore } from '../../state/appStore';
import type { BulkSet } from './types';
import type { BorderColumns } from './borderColumns';
import { parseBulkSelection } from './selection';

/** A bulk set built off screen, and its border measures while the worker's second pass runs (null: none will come). */
export interface PreparedBulk {
  set: BulkSet;
  border: Promise<BorderColumns | null>;
}

/** Removes the bulk set from the map (curated events stay) and drops a selection pointing into it. */
export function clearBulk(store: AppStore): void {
  const s = store.getState();
  if (parseBulkSelection(s.selection.selectedId) !== null) s.select(null);
  store.getState().setBulk(null);
}

/**
 * When the border measures arrive, they are written into the set's columns in place (its details
 * and the GPU layer read them from there; the layer re-uploads the along-border column), so the
 * set on screen, its selection and its layer stay as they are; the store hears of it (the border
 * filters and the chart count the set's events from then on).
 */
function whenMeasured(store: AppStore, set: BulkSet, border: Promise<BorderColumns | null>): void {
  void border.then((b) => {
    if (!b || store.getState().data.bulk !== set) return;
    Object.assign(set.columns, b, { borderMeasured: true });
    store.getState().bulkMeasured(set);
  });
}

/** Shows a built bulk set in place of any previous one; its `border` measures are written in when they come. */
export function showBulk(store: AppStore, set: BulkSet, border?: Promise<BorderColumns | null>): void {
  // Clearing first drops a selection pointing into the old set (it would show the wrong event).
  clearBulk(store);
  store.getState().setBulk(set);
  if (border) whenMeasured(store, set, border);
}
