/**
 * The d3 timeline: zoomable axis (wheel/pinch anywhere, drag on the axis strip), programme stage
 * bands, a histogram, event marks in rows by kind (uncertain dates as bars spanning their
 * uncertainty), and a brush that is the time window. Reads and writes only the store.
 */
import { axisBottom, brushX, drag, scaleUtc, select, zoom as d3zoom, zoomIdentity } from 'd3';
import type { D3BrushEvent, D3DragEvent, D3ZoomEvent, Selection, ZoomTransform } from 'd3';
import type { EventKind, FrontierEvent } from '../../model/types';
import { EVENT_KINDS } from '../../model/types';
import { formatEventDate } from '../../calendar/format';
import type { AppStore } from '../../state/appStore';
import { watch } from '../../state/appStore';
import { binUnitFor, histogram } from '../../calendar/bins';
import { dateToDay, dayToDate } from '../../calendar/days';
import { clampWindow, overlaps, type TimeWindow } from '../../calendar/window';
import { t, type StringKey } from '../../i18n/strings';
import { dataText, markedText } from '../../i18n/dataText';
import { tickFormatFor } from './tickFormat';
import { briefingTheme } from '../../style/theme';

const ROW_KEYS: Record<EventKind, StringKey> = {
  incident: 'rowIncident',
  meeting: 'rowMeeting',
  'programme-milestone': 'rowMilestone',
  announcement: 'rowAnnouncement',
};

/** Layout: grip strip (0–11), stage labels, histogram, one row per kind, axis. */
const M = { left: 104, right: 16, top: 30, histo: 26, row: 15, axis: 22, bandTop: 12 };

type G = Selection<SVGGElement, unknown, null, undefined>;

export interface TimelineOptions {
  container: HTMLElement;
  store: AppStore;
  compact?: boolean;
}

export interface TimelineHandle {
  /** Client-space x of a day number at the current zoom (for tests and the embed API). */
  dayToClientX(day: number): number;
  destroy(): void;
}

/** Mounts the timeline SVG into `container`. */
export function mountTimeline(o: TimelineOptions): TimelineHandle {
  const { store } = o;
  const rowsTop = M.top + M.histo + 4;
  const height = rowsTop + EVENT_KINDS.length * M.row + 4 + M.axis;
  const svg = select(o.container)
    .append('svg')
    .attr('class', 'tl-svg')
    .attr('height', height)
    .attr('role', 'application')
    .attr('tabindex', '0')
    .attr('aria-label', t(store.getState().view.lang, 'timelineLabel'))
    .attr('data-testid', 'timeline-svg');
  const gBands: G = svg.append('g').attr('class', 'tl-bands');
  const gHisto: G = svg.append('g').attr('class', 'tl-histo');
  const gRows: G = svg.append('g').attr('class', 'tl-rows');
  const gAxis: G = svg
    .append('g')
    .attr('class', 'tl-axis')
    .attr('transform', `translate(0,${height - M.axis})`);
  const axisHit = svg
    .append('rect')
    .attr('class', 'tl-axis-hit')
    .attr('y', height - M.axis)
    .attr('height', M.axis)
    .attr('x', M.left);
  const gBrush: G = svg.append('g').attr('class', 'tl-brush');
  const gMarks: G = svg.append('g').attr('class', 'tl-marks');
  // Dragging anywhere draws a new window (the selection itself takes no pointer events, so a
  // window that fills the view can still be redrawn); the grip on top moves the window.
  const grip = svg.append('rect').attr('class', 'tl-grip').attr('y', 1).attr('height', 10).attr('rx', 3);
  const gripTitle = grip.append('title');

  const bounds = store.getState().time.bounds;
  const x0 = scaleUtc().domain([dayToDate(bounds.start), dayToDate(bounds.end)]);
  let x = x0.copy();
  let width = 0;
  let transform: ZoomTransform = zoomIdentity;
  let programmatic = false;
  let pending: TimeWindow | null = null;
  let raf = 0;

  const brush = brushX<unknown>();
  const zoomer = d3zoom<SVGSVGElement, unknown>()
    // Wheel and pinch zoom anywhere; a mouse drag pans only on the axis strip (elsewhere it brushes).
    .filter(
      (ev: Event) =>
        ev.type === 'wheel' ||
        (ev.type === 'touchstart' && (ev as TouchEvent).touches.length > 1) ||
        !!(ev.target as Element).closest?.('.tl-axis-hit'),
    )
    .on('zoom', (ev: D3ZoomEvent<SVGSVGElement, unknown>) => {
      transform = ev.transform;
      x = transform.rescaleX(x0);
      render();
    });

  const xDay = (d: number): number => x(dayToDate(d));
  const dayAt = (px: number): number => dateToDay(x.invert(px));

  const commit = (): void => {
    raf = 0;
    if (pending) store.getState().setWindow(pending);
    pending = null;
  };

  brush.on('brush end', (ev: D3BrushEvent<unknown>) => {
    if (programmatic || !ev.sourceEvent) return;
    const sel = ev.selection as [number, number] | null;
    if (ev.type === 'end') {
      const w = store.getState().time.window;
      if (!sel) {
        // A click places the window (same width) centred on the clicked day.
        const [px] = pointerX(ev.sourceEvent as Event, svg.node() as SVGSVGElement);
        const mid = dayAt(px);
        const half = (w.end - w.start) / 2;
        store.getState().setWindow({ start: Math.round(mid - half), end: Math.round(mid - half) + Math.round(w.end - w.start) });
      } else {
        // Snap to whole days once the drag is over so links and readouts are exact.
        const s0 = Math.round(dayAt(sel[0]));
        const s1 = Math.max(s0 + 1, Math.round(dayAt(sel[1])));
        if (raf) cancelAnimationFrame(raf);
        raf = 0;
        pending = null;
        store.getState().setWindow({ start: s0, end: s1 });
      }
      placeBrush();
      return;
    }
    if (!sel) return;
    pending = { start: dayAt(sel[0]), end: dayAt(sel[1]) };
    // Throttle store updates to animation frames: one map update per frame however fast the pointer moves.
    if (!raf) raf = requestAnimationFrame(commit);
  });

  function placeBrush(): void {
    const w = store.getState().time.window;
    const lo = M.left;
    const hi = width - M.right;
    // Clamp to the visible range; a window wholly off-screen collapses onto the nearer edge.
    const a = Math.min(hi, Math.max(lo, xDay(w.start)));
    const b = Math.max(a, Math.min(hi, xDay(w.end)));
    programmatic = true;
    gBrush.call(brush.move, [a, b]);
    programmatic = false;
    grip
      .attr('x', a)
      .attr('width', Math.max(0, b - a))
      .attr('display', b - a >= 1 ? null : 'none');
  }

  grip.call(
    drag<SVGRectElement, unknown>()
      .on('start', () => store.getState().setPlaying(false))
      .on('drag', (ev: D3DragEvent<SVGRectElement, unknown, unknown>) => {
        const w = pending ?? store.getState().time.window;
        const shift = dayAt(M.left + ev.dx) - dayAt(M.left);
        pending = clampWindow({ start: w.start + shift, end: w.end + shift }, bounds);
        if (!raf) raf = requestAnimationFrame(commit);
      })
      .on('end', () => {
        const w = pending ?? store.getState().time.window;
        if (raf) cancelAnimationFrame(raf);
        raf = 0;
        pending = null;
        const start = Math.round(w.start);
        store.getState().setWindow({ start, end: start + Math.round(w.end - w.start) });
      }),
  );

  function render(): void {
    const s = store.getState();
    const lang = s.view.lang;
    const events = s.data.dataset?.events ?? [];
    const phases = s.data.dataset?.phases ?? [];
    const w = s.time.window;
    const [d0, d1] = x.domain() as [Date, Date];
    const from = dateToDay(d0);
    const to = dateToDay(d1);

    // Phase bands behind everything.
    gBands
      .selectAll('g.tl-band')
      .data(phases, (d) => (d as { id: string }).id)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'tl-band');
        g.append('rect');
        g.append('text').attr('y', M.bandTop + 10);
        g.append('title');
        return g;
      })
      .each(function (p) {
        const g = select(this);
        const a = Math.max(M.left, xDay(p.startDay));
        const b = Math.min(width - M.right, xDay(p.endDay + 1));
        g.attr('display', b > a ? null : 'none');
        g.select('rect')
          .attr('x', a)
          .attr('y', M.bandTop)
          .attr('width', Math.max(0, b - a))
          .attr('height', height - M.bandTop - M.axis)
          .attr('class', `tl-band-rect stage-${p.stage}`);
        const full = dataText(p, 'name', lang).text;
        // Long stage names only where they fit; otherwise "Stage N" (the full name is in the tooltip).
        const short = `${t(lang, 'stage')} ${p.stage}`;
        g.select('text')
          .attr('x', a + 4)
          .text(b - a > full.length * 5.6 + 8 ? full : b - a > short.length * 5.6 + 8 ? short : '');
        g.select('title').text(markedText(p, 'name', lang));
      });

    // Histogram of event counts at a bin size that suits the zoom.
    const unit = binUnitFor(to - from);
    const bins = histogram(events, from, to, unit);
    const maxCount = Math.max(1, ...bins.map((b) => b.count));
    gHisto
      .selectAll('rect')
      .data(bins.filter((b) => b.count > 0))
      .join('rect')
      .attr('class', 'tl-histo-bar')
      .attr('x', (b) => Math.max(M.left, xDay(b.start)))
      .attr('width', (b) => Math.max(1.5, Math.min(width - M.right, xDay(b.end)) - Math.max(M.left, xDay(b.start)) - 1))
      .attr('y', (b) => M.top + M.histo - (b.count / maxCount) * M.histo)
      .attr('height', (b) => (b.count / maxCount) * M.histo)
      .append('title')
      .text((b) => `${b.count}`);

    // Row labels.
    gRows
      .selectAll('text')
      .data(EVENT_KINDS)
      .join('text')
      .attr('x', M.left - 8)
      .attr('y', (_k, i) => rowsTop + i * M.row + M.row / 2 + 4)
      .attr('text-anchor', 'end')
      .attr('class', 'tl-row-label')
      .text((k) => t(lang, ROW_KEYS[k]));

    // Marks: a dot for day-precise events, a bar across the uncertainty span otherwise.
    const sel = s.selection.selectedId;
    const rowOf = (e: FrontierEvent): number => EVENT_KINDS.indexOf(e.kind);
    gMarks
      .selectAll<SVGGElement, FrontierEvent>('g.tl-mark')
      .data(events, (e) => e.id)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'tl-mark');
        g.append('rect');
        g.append('title');
        g.on('click', (ev: MouseEvent, e) => {
          ev.stopPropagation();
          store.getState().select(e.id);
        });
        return g;
      })
      .attr('data-event-id', (e) => e.id)
      .attr('class', (e) => `tl-mark${e.id === sel ? ' selected' : ''}${overlaps(e, w) ? '' : ' outside'}`)
      .each(function (e) {
        const g = select(this);
        const a = xDay(e.startDay);
        const b = xDay(e.endDay + 1);
        const point = e.endDay === e.startDay;
        const cx = (a + b) / 2;
        const y = rowsTop + rowOf(e) * M.row + 3;
        const hidden = b < M.left || a > width - M.right;
        g.attr('display', hidden ? 'none' : null);
        g.select('rect')
          .attr('x', point ? cx - 4.5 : a)
          .attr('width', point ? 9 : Math.max(4, b - a))
          .attr('y', y)
          .attr('height', M.row - 6)
          .attr('rx', point ? 4.5 : 2)
          .attr('fill', briefingTheme.kind[e.kind])
          .attr('fill-opacity', point ? 1 : 0.45)
          .attr('stroke', briefingTheme.kind[e.kind]);
        g.select('title').text(`${markedText(e, 'title', lang)} — ${formatEventDate(e.date, lang)}`);
      });

    svg.attr('aria-label', t(lang, 'timelineLabel'));
    gripTitle.text(t(lang, 'gripTitle'));
    const axis = axisBottom(x)
      .ticks(Math.max(2, Math.floor((width - M.left - M.right) / 90)))
      .tickFormat(tickFormatFor(x, lang));
    gAxis.call(axis);
    placeBrush();
  }

  function layout(): void {
    width = Math.max(320, o.container.clientWidth);
    svg.attr('width', width).attr('viewBox', `0 0 ${width} ${height}`);
    x0.range([M.left, width - M.right]);
    x = transform.rescaleX(x0);
    axisHit.attr('width', Math.max(0, width - M.left - M.right));
    brush.extent([
      [M.left, M.bandTop],
      [width - M.right, height - M.axis],
    ]);
    gBrush.call(brush);
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
    render();
  }

  const ro = new ResizeObserver(() => layout());
  ro.observe(o.container);
  layout();

  const unsub = watch(store, (s) => [s.time.window, s.selection.selectedId, s.data.dataset, s.view.lang] as const, render);
  return {
    dayToClientX: (day) => (svg.node() as SVGSVGElement).getBoundingClientRect().left + xDay(day),
    destroy: () => {
      unsub();
      ro.disconnect();
      if (raf) cancelAnimationFrame(raf);
      svg.remove();
    },
  };
}

function pointerX(ev: Event, svg: SVGSVGElement): [number, number] {
  const me = ev as MouseEvent;
  const r = svg.getBoundingClientRect();
  return [me.clientX - r.left, me.clientY - r.top];
}
