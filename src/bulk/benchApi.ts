/**
 * The dev/benchmark hook, loaded on demand through `window.__frontier.bulk()`. Synthetic data goes
 * through the same worker, store and layer as imports; the naive baseline is here only to compare.
 */
export { loadBulk, clearBulk } from './loadBulk';
export { loadBulkTimed, loadSynthetic } from './bulkLoader';
export { syntheticRecords } from './synthetic';
export { bulkLayerOf } from './mountBulk';
export { addNaiveBaseline } from './naiveBaseline';
export { countInWindow, windowRanges } from './windowRange';
