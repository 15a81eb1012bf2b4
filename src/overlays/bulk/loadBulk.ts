/**
 * The large-data path's public entry points, kept tiny on purpose: importers may import this
 * statically, and the loader, worker and GPU layer are only fetched when a bulk set is loaded.
 */
import type { ImportRecord } from '../../model/types';
import type { AppStore } from '../../state/appStore';
import type { BorderIndexInput } from '../../geo/borderMeasure';
import type { PreparedBulk } from './clearBulk';
import { withExactGeo } from '../../load/exactGeo';

export { clearBulk, showBulk, type PreparedBulk } from './clearBulk';
export { borderInputOf } from './borderInput';

/** Loads imported records as the bulk set `name` (replacing any previous one); resolves once stored. */
export async function loadBulk(store: AppStore, records: readonly ImportRecord[], name: string): Promise<void> {
  // The loader measures against the store's geography: the exact one.
  const [{ loadBulkTimed }] = await Promise.all([import('./bulkLoader'), withExactGeo(store)]);
  await loadBulkTimed(store, records, name);
}

/**
 * Builds the bulk set `name` off screen; show it with `showBulk(store, set, border)`. With `borderInput`
 * the worker measures the events against the border after the points. An abort terminates its worker.
 */
export async function prepareBulk(
  records: readonly ImportRecord[],
  name: string,
  signal?: AbortSignal,
  borderInput?: BorderIndexInput,
): Promise<PreparedBulk> {
  const { prepareBulk: prepare } = await import('./bulkLoader');
  const { set, border } = await prepare(records, name, signal, borderInput);
  return { set, border };
}
