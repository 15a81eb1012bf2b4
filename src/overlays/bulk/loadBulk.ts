/**
 * The large-data path's public entry points, kept tiny on purpose: importers may import this
 * statically, and the loader, worker and GPU layer are only fetched when a bulk set is loaded.
 */
import type { ImportRecord } from '../../model/types';
import type { AppStore } from '../../state/appStore';
import type { BulkSet } from './types';

export { clearBulk, showBulk } from './clearBulk';

/** Loads imported records as the bulk set `name` (replacing any previous one); resolves once stored. */
export async function loadBulk(store: AppStore, records: readonly ImportRecord[], name: string): Promise<void> {
  const { loadBulkTimed } = await import('./bulkLoader');
  await loadBulkTimed(store, records, name);
}

/** Builds the bulk set `name` off screen (see `showBulk`); an abort terminates its worker. */
export async function prepareBulk(records: readonly ImportRecord[], name: string, signal?: AbortSignal): Promise<BulkSet> {
  const { prepareBulk: prepare } = await import('./bulkLoader');
  return (await prepare(records, name, signal)).set;
}
