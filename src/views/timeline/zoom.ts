/**
 * Zoom and pan of the time axis: wheel and pinch zoom anywhere, a mouse drag pans only on the axis
 * strip (elsewhere a drag draws the window). Zoomed out no further than the bounds, in to a week.
 * The axis follows the window before d3's zoom is attached (it loads on demand): until then `show`
 * sets the scale's domain itself, and on attaching the zoom starts from the span last shown.
 */
import type { ScaleTime } from 'd3-scale';
import type { Selection } from 'd3-selection';
import type { D3ZoomEvent, ZoomBehavior } from 'd3-zoom';
import { dateToDay, dayToDate } from '../../calendar/days';
import type { TimeWindow } from '../../calendar/window';
import { AXIS_STRIP_CLASS } from './axis';
import { M } from './frame';
import type { GestureLib } from './lazyGestures';

export interface TimelineZoom {
  /** Fits the zoom's extents to a new SVG size and (re)binds it to the SVG. */
  layout(width: number, height: number): void;
  /** Shows (without animation) exactly `span` in the plot area (inside the bounds, at least a week). */
  show(span: TimeWindow): void;
  /** Attaches d3's zoom (see `lazyGestures.ts`). */
  attach(lib: GestureLib): void;
}

/**
 * Adds zooming to `svg`. `base` is the scale at zoom 1 (the bounds over the plot area); `onView`
 * gets each new scale.
 */
export function timelineZoom(
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  bounds: TimeWindow,
  base: () => ScaleTime<number, number>,
  onView: (x: ScaleTime<number, number>) => void,
): TimelineZoom {
  // d3's zoom and its identity transform, once attached.
  let d3z: { zoomer: ZoomBehavior<SVGSVGElement, unknown>; identity: GestureLib['zoomIdentity'] } | null = null;
  let size = { width: 1, height: 1 };
  // The span on show, in days, whichever way it got there (`show`, or d3's wheel, pinch or pan).
  let shown: TimeWindow | null = null;

  const bind = (z: ZoomBehavior<SVGSVGElement, unknown>): void => {
    const { width, height } = size;
    z.scaleExtent([1, Math.max(1, (bounds.end - bounds.start) / 7)])
      .extent([
        [M.left, 0],
        [width - M.right, height],
      ])
      .translateExtent([
        [M.left, 0],
        [width - M.right, height],
      ]);
    svg.call(z).on('dblclick.zoom', null);
  };

  const show = (span: TimeWindow): void => {
    shown = span;
    if (!d3z) {
      onView(
        base()
          .copy()
          .domain([dayToDate(span.start), dayToDate(span.end)]),
      );
      return;
    }
    const full = bounds.end - bounds.start;
    const plotWidth = Math.max(1, size.width - M.left - M.right);
    const k = full / Math.max(1e-9, span.end - span.start);
    // The base scale maps the bounds onto [M.left, M.left + plotWidth]; the zoomed one must put span.start at M.left.
    const x0 = M.left + ((span.start - bounds.start) / full) * plotWidth;
    svg.call(d3z.zoomer.transform, d3z.identity.translate(M.left - k * x0, 0).scale(k));
  };

  return {
    show,
    layout: (width, height) => {
      size = { width, height };
      if (!d3z) return;
      bind(d3z.zoomer);
      // d3's transform is in pixels: at a new width it must be set again for the same span, or the
      // next wheel or pinch (mid-gesture, before the axis follows the window) starts from a stale one.
      if (shown) show(shown);
    },
    attach: (lib) => {
      const zoomer = lib
        .zoom<SVGSVGElement, unknown>()
        .filter(
          (ev: Event) =>
            ev.type === 'wheel' ||
            (ev.type === 'touchstart' && (ev as TouchEvent).touches.length > 1) ||
            !!(ev.target as Element).closest?.(`.${AXIS_STRIP_CLASS}`),
        )
        .on('zoom', (ev: D3ZoomEvent<SVGSVGElement, unknown>) => {
          const x = ev.transform.rescaleX(base());
          const [d0, d1] = x.domain() as [Date, Date];
          shown = { start: dateToDay(d0), end: dateToDay(d1) };
          onView(x);
        });
      d3z = { zoomer, identity: lib.zoomIdentity };
      bind(zoomer);
      if (shown) show(shown);
    },
  };
}
