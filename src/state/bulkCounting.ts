/**
 * How the selectors count a large import's events under the filters. The counting code lives in
 * the bulk chunk (overlays/bulk/bulkFilter.ts), which registers it here when it loads: a bulk set
 * can only exist once that chunk has loaded, so the default view never fetches it.
 */
import type { TimeWindow } from '../calendar/window';
import type { FilterValues } from '../filters/filterDef';
import type { BulkSet } from '../overlays/bulk/types';

export interface BulkCounting {
  /** Which of the set's sorted events pass the filters; null when every one does. */
  bulkKeep(set: BulkSet, values: FilterValues): ((i: number) => boolean) | null;
  /** How many of the set's events the map shows in `w` under the filters. */
  countShown(set: BulkSet, w: TimeWindow, values: FilterValues): number;
  /** Running per-day counts of the events that pass the filters. */
  filteredDayCum(set: BulkSet, values: FilterValues): Uint32Array;
}

let registered: BulkCounting | null = null;

/** Called by the bulk chunk as it loads. */
export function registerBulkCounting(counting: BulkCounting): void {
  registered = counting;
}

/** The registered counting; throws if a bulk set reached the store without its chunk. */
export function bulkCounting(): BulkCounting {
  if (!registered) throw new Error('bulk counting used before the bulk chunk registered it');
  return registered;
}
