/**
 * The d3 behaviours behind the timeline's pointer gestures, as one chunk loaded on demand
 * (`lazyGestures.ts`): the brush, drag and zoom bring d3's transitions, colour interpolation and
 * timers with them — about 13 KB gzip the first paint does not need.
 */
export { brushX } from 'd3-brush';
export { drag } from 'd3-drag';
export { zoom, zoomIdentity } from 'd3-zoom';
