/**
 * Zoom and pan of the time axis: wheel and pinch zoom anywhere, a mouse drag pans only on the axis
 * strip (elsewhere a drag draws the window). Zoomed out no further than the bounds, in to a week.
 */
import { zoom as d3zoom, type D3ZoomEvent, type Selection, type ZoomTransform } from 'd3';
import type { TimeWindow } from '../../calendar/window';
import { AXIS_STRIP_CLASS } from './axis';
import { M } from './frame';

export interface TimelineZoom {
  /** Fits the zoom's extents to a new SVG size and (re)binds it to the SVG. */
  layout(width: number, height: number): void;
}

/** Adds zooming to `svg`; `onZoom` gets each new transform (apply it with `transform.rescaleX`). */
export function timelineZoom(
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  bounds: TimeWindow,
  onZoom: (transform: ZoomTransform) => void,
): TimelineZoom {
  const zoomer = d3zoom<SVGSVGElement, unknown>()
    .filter(
      (ev: Event) =>
        ev.type === 'wheel' ||
        (ev.type === 'touchstart' && (ev as TouchEvent).touches.length > 1) ||
        !!(ev.target as Element).closest?.(`.${AXIS_STRIP_CLASS}`),
    )
    .on('zoom', (ev: D3ZoomEvent<SVGSVGElement, unknown>) => onZoom(ev.transform));
  return {
    layout: (width, height) => {
      zoomer
        .scaleExtent([1, Math.max(1, (bounds.end - bounds.start) / 7)])
        .extent([
          [M.left, 0],
          [width - M.right, height],
        ])
        .translateExtent([
          [M.left, 0],
          [width - M.right, height],
        ]);
      svg.call(zoomer).on('dblclick.zoom', null);
    },
  };
}
