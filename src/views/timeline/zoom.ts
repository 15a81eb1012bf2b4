/**
 * Zoom and pan of the time axis: wheel and pinch zoom anywhere, a mouse drag pans only on the axis
 * strip (elsewhere a drag draws the window). Zoomed out no further than the bounds, in to a week.
 */
import { zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type Selection, type ZoomTransform } from 'd3';
import type { TimeWindow } from '../../calendar/window';
import { AXIS_STRIP_CLASS } from './axis';
import { M } from './frame';

export interface TimelineZoom {
  /** Fits the zoom's extents to a new SVG size and (re)binds it to the SVG. */
  layout(width: number, height: number): void;
  /** Zooms (without animation) so the plot area shows exactly `span` (inside the bounds, at least a week). */
  show(span: TimeWindow): void;
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
  let plotWidth = 1;
  return {
    show: (span) => {
      const full = bounds.end - bounds.start;
      const k = full / Math.max(1e-9, span.end - span.start);
      // x0 maps the bounds onto [M.left, M.left + plotWidth]; the rescaled x must put span.start at M.left.
      const x0 = M.left + ((span.start - bounds.start) / full) * plotWidth;
      svg.call(zoomer.transform, zoomIdentity.translate(M.left - k * x0, 0).scale(k));
    },
    layout: (width, height) => {
      plotWidth = Math.max(1, width - M.left - M.right);
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
