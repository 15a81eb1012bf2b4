/**
 * Removing and showing the bulk set, shared by the public entry (`loadBulk.ts`) and the loader,
 * which clears the old set before storing a new one. Its own module so neither imports the other.
 */
import type { AppStore } from '../../state/appStore';
import type { BulkSet } from './types';
import { parseBulkSelection } from './selection';

/** Removes the bulk set from the map (curated events stay) and drops a selection pointing into it. */
export function clearBulk(store: AppStore): void {
  const s = store.getState();
  if (parseBulkSelection(s.selection.selectedId) !== null) s.select(null);
  store.getState().setBulk(null);
}

/** Shows a built bulk set in place of any previous one. */
export function showBulk(store: AppStore, set: BulkSet): void {
  // Clearing first drops a selection pointing into the old set (it would show the wrong event).
  clearBulk(store);
  store.getState().setBulk(set);
}
