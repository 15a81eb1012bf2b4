/**
 * The context strip under the detail timeline: the whole range (2013 → 2029) with the histogram
 * by month, year ticks, the span the detail axis shows, and the time window as a brush. Drag the
 * window to move it, its edges to resize it, anywhere else to draw a new one; a click centres the
 * window there. The store is updated at most once per animation frame while the pointer moves and
 * snapped to whole days at the end, as in the detail brush. Hidden from assistive technology: the
 * timeline's keyboard controls do the same. Until d3's brush and drag are attached (they load on
 * demand, `lazyGestures.ts`), the window is drawn as the brush would draw it.
 */
import { axisBottom } from 'd3-axis';
import type { D3BrushEvent } from 'd3-brush';
import type { D3DragEvent } from 'd3-drag';
import { scaleUtc } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { dateToDay, dayToDate } from '../../calendar/days';
import { clampWindow, type TimeWindow } from '../../calendar/window';
import type { AppStore } from '../../state/appStore';
import type { Lang } from '../../i18n/langs';
import { M, xDay, type Frame, type G } from './frame';
import { drawHistogram, type HistogramInput } from './histogram';
import { tickFormatFor } from './tickFormat';
import { windowCommit } from './windowCommit';
import type { GestureLib } from './lazyGestures';
import { lazyBrush } from './lazyBrush';

/** Height of the strip: bars on top, year labels below. */
export const OVERVIEW_HEIGHT = 34;
const BARS = { top: 3, height: 14 };

export interface Overview {
  /** Fits the strip to a new width. */
  layout(width: number): void;
  /** Redraws bars, ticks, the detail span and the window. */
  render(input: HistogramInput, focus: TimeWindow, lang: Lang): void;
  /** Attaches d3's brush and drag (see `lazyGestures.ts`). */
  attach(lib: GestureLib): void;
  destroy(): void;
}

/** Mounts the strip into `container` (after the detail SVG). */
export function mountOverview(container: HTMLElement, store: AppStore): Overview {
  const bounds = store.getState().time.bounds;
  const svg: Selection<SVGSVGElement, unknown, null, undefined> = select(container)
    .append('svg')
    .attr('class', 'tl-overview')
    .attr('height', OVERVIEW_HEIGHT)
    .attr('aria-hidden', 'true')
    .attr('data-testid', 'timeline-overview');
  const gBars: G = svg.append('g').attr('class', 'tl-ov-bars');
  const gAxis: G = svg
    .append('g')
    .attr('class', 'tl-ov-axis')
    .attr('transform', `translate(0,${BARS.top + BARS.height + 1})`);
  const focusRect = svg
    .append('rect')
    .attr('class', 'tl-ov-focus')
    .attr('y', 1)
    .attr('height', BARS.top + BARS.height);
  const gBrush: G = svg.append('g').attr('class', 'tl-ov-brush');
  const grip = svg.append('rect').attr('class', 'tl-ov-grip').attr('y', 0).attr('height', OVERVIEW_HEIGHT);
  const frame: Frame = { x: scaleUtc().domain([dayToDate(bounds.start), dayToDate(bounds.end)]), width: 0, height: OVERVIEW_HEIGHT };
  const commits = windowCommit(store);
  const dayAt = (px: number): number => dateToDay(frame.x.invert(px));
  const place = (): void => {
    const w = store.getState().time.window;
    const a = Math.max(M.left, Math.min(frame.width - M.right, xDay(frame, w.start)));
    // At least 3 px wide so a window of days can still be grabbed on a 17-year strip.
    const b = Math.min(frame.width - M.right, Math.max(a + 3, xDay(frame, w.end)));
    brush.move([Math.min(a, b - 3), b]);
    // Leaves the brush's edge handles free on a wide window; covers a narrow one whole.
    const gw = Math.max(12, b - a - 8);
    grip.attr('x', (a + b) / 2 - gw / 2).attr('width', gw);
  };

  let dragged: TimeWindow | null = null;
  const gripDrag = (lib: GestureLib) =>
    lib
      .drag<SVGRectElement, unknown>()
      .on('start', () => {
        store.getState().setPlaying(false);
        dragged = { ...store.getState().time.window };
      })
      .on('drag', (ev: D3DragEvent<SVGRectElement, unknown, unknown>) => {
        if (!dragged) return;
        const shift = dayAt(M.left + ev.dx) - dayAt(M.left);
        dragged = clampWindow({ start: dragged.start + shift, end: dragged.end + shift }, bounds);
        commits.queue(dragged);
      })
      .on('end', () => {
        commits.take();
        const w = dragged ?? store.getState().time.window;
        dragged = null;
        const start = Math.round(w.start);
        store.getState().setWindow({ start, end: start + Math.round(w.end - w.start) });
      });

  const onBrush = (ev: D3BrushEvent<unknown>): void => {
    if (!ev.sourceEvent) return;
    const sel = ev.selection as [number, number] | null;
    const s = store.getState();
    const w = s.time.window;
    if (ev.type === 'brush') {
      if (!sel) return;
      s.setPlaying(false);
      // A drag of the whole selection keeps the window's width exactly (the strip's 3 px minimum aside).
      const moving = ev.mode === 'drag';
      const start = dayAt(sel[0]);
      commits.queue(moving ? { start, end: start + (w.end - w.start) } : { start, end: dayAt(sel[1]) });
      return;
    }
    const last = commits.take();
    if (!sel) {
      // A click: the same width, centred on the clicked day.
      const r = (svg.node() as SVGSVGElement).getBoundingClientRect();
      const mid = dayAt((ev.sourceEvent as MouseEvent).clientX - r.left);
      const width = Math.round(w.end - w.start);
      const start = Math.round(mid - width / 2);
      s.setWindow({ start, end: start + width });
    } else {
      const n = last ?? w;
      const start = Math.round(n.start);
      s.setWindow({ start, end: Math.max(start + 1, Math.round(n.end)) });
    }
    place();
  };
  const brush = lazyBrush(gBrush, onBrush);

  return {
    layout: (width) => {
      frame.width = width;
      svg.attr('width', width).attr('viewBox', `0 0 ${width} ${OVERVIEW_HEIGHT}`);
      frame.x.range([M.left, width - M.right]);
      brush.setExtent([
        [M.left, 0],
        [width - M.right, OVERVIEW_HEIGHT],
      ]);
    },
    attach: (lib) => {
      brush.attach(lib);
      grip.call(gripDrag(lib));
      place();
    },
    render: (input, focus, lang) => {
      drawHistogram(gBars, input, frame, lang, { ...BARS, unit: 'month' });
      gAxis.call(
        axisBottom(frame.x)
          .ticks(Math.max(2, Math.floor((frame.width - M.left - M.right) / 70)))
          .tickSizeOuter(0)
          .tickFormat(tickFormatFor(frame.x, lang)),
      );
      const a = xDay(frame, focus.start);
      focusRect.attr('x', a).attr('width', Math.max(1, xDay(frame, focus.end) - a));
      place();
    },
    destroy: () => {
      commits.take();
      svg.remove();
    },
  };
}
