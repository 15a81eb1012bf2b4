/**
 * The dev/benchmark hook, loaded on demand through `window.__frontier.bulk()`. Synthetic data goes
 * through the same worker, store and layer as imports; the naive baseline is here only to compare.
 */
export { loadBulk, clearBulk } from '../../src/overlays/bulk/loadBulk';
export { loadBulkTimed, loadSynthetic } from '../../src/overlays/bulk/bulkLoader';
export { syntheticRecords } from './synthetic';
export { bulkLayerOf } from '../../src/overlays/bulk/mountBulk';
export { addNaiveBaseline } from './naiveBaseline';
export { countInWindow, windowRanges } from '../../src/overlays/bulk/windowRange';
export { filtersFromParams } from '../../src/filters/apply';
export { createImportSession } from '../../src/interchange/importSession';
