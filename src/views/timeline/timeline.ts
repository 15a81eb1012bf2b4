/**
 * The d3 timeline, focus and context: a detail view — zoomable axis (wheel/pinch anywhere, drag on
 * the axis strip), programme stage bands, a histogram (curated and bulk events), event marks in
 * rows by kind (uncertain dates as bars spanning their uncertainty), and a brush that is the time
 * window — over an overview strip of the whole range. The detail axis follows the window (with a
 * margin, see calendar/focus.ts) whenever the window changes, so a window of weeks is readable
 * without zooming; while a pointer is down on the detail view it holds still (the brush measures
 * against it) and catches up when the gesture ends. Reads and writes only the store.
 * Each layer is its own module; this one builds the SVG in z-order and composes them.
 */
import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { dayToDate } from '../../calendar/days';
import type { AppStore } from '../../state/appStore';
import { watch } from '../../state/appStore';
import { t } from '../../i18n/strings';
import { AXIS_STRIP_CLASS, drawAxis } from './axis';
import { drawBands } from './bands';
import { COMPACT_HEIGHT, COMPACT_QUERY, HEIGHT, M, xDay, type Frame, type G } from './frame';
import { drawHistogram, type HistogramInput } from './histogram';
import { mountOverview } from './overview';
import { focusDomain } from '../../calendar/focus';
import { dateToDay } from '../../calendar/days';
import { shownBulkDayCounts, shownEvents } from '../../state/selectors';
import { drawMarks, drawRowLabels } from './marks';
import { windowBrush } from './windowBrush';
import { windowSlider } from './windowSlider';
import { timelineZoom } from './zoom';
import { lazyGestures } from './lazyGestures';
import { reportedLoad } from '../../state/reportedLoad';

export interface TimelineOptions {
  container: HTMLElement;
  store: AppStore;
  compact?: boolean;
}

export interface TimelineHandle {
  /** Client-space x of a day number at the current zoom (for tests and the embed API). */
  dayToClientX(day: number): number;
  /** Loads the pointer gestures now if nothing has yet (the app calls it once the map is idle; a failure there is not reported). */
  loadGestures(): Promise<void>;
  destroy(): void;
}

/** Mounts the timeline SVG into `container`. */
export function mountTimeline(o: TimelineOptions): TimelineHandle {
  const { store } = o;
  const svg = select(o.container)
    .append('svg')
    .attr('class', 'tl-svg')
    .attr('height', HEIGHT)
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
    .attr('transform', `translate(0,${HEIGHT - M.axis})`);
  const axisHit = svg
    .append('rect')
    .attr('class', AXIS_STRIP_CLASS)
    .attr('y', HEIGHT - M.axis)
    .attr('height', M.axis)
    .attr('x', M.left);
  const gBrush: G = svg.append('g').attr('class', 'tl-brush');
  const gMarks: G = svg.append('g').attr('class', 'tl-marks');
  const grip = svg.append('rect').attr('class', 'tl-grip').attr('y', 1).attr('height', 10).attr('rx', 3);

  const bounds = store.getState().time.bounds;
  const x0 = scaleUtc().domain([dayToDate(bounds.start), dayToDate(bounds.end)]);
  const frame: Frame = { x: x0.copy(), width: 0, height: HEIGHT };
  // A short screen drops the rows of marks (they fall outside the shorter SVG and are hidden).
  const short = window.matchMedia(COMPACT_QUERY);

  const overview = mountOverview(o.container, store);
  const brush = windowBrush({ svg, g: gBrush, grip, store, frame: () => frame });
  // The window's two edges as slider thumbs (HTML over the SVG, so they are focusable and touch-sized).
  o.container.classList.add('tl-slider-host');
  const slider = windowSlider(o.container, store, () => frame);
  const zoom = timelineZoom(
    svg,
    bounds,
    () => x0,
    (x) => {
      frame.x = x;
      render();
    },
  );

  function render(): void {
    const s = store.getState();
    const lang = s.view.lang;
    const events = shownEvents(s);
    const histo: HistogramInput = { events, countDays: shownBulkDayCounts(s) };
    drawBands(gBands, s.data.dataset?.phases ?? [], frame, lang);
    drawHistogram(gHisto, histo, frame, lang);
    drawRowLabels(gRows, lang);
    drawMarks(gMarks, events, frame, {
      selectedId: s.selection.selectedId,
      window: s.time.window,
      lang,
      origin: bounds.start,
      onSelect: (id) => store.getState().select(id),
    });
    svg.attr('aria-label', t(lang, 'timelineLabel'));
    brush.setLang(lang);
    drawAxis(gAxis, frame, lang);
    brush.place();
    const [d0, d1] = frame.x.domain() as [Date, Date];
    overview.render(histo, { start: dateToDay(d0), end: dateToDay(d1) }, lang);
    slider.place();
  }

  // Follow the window, except mid-gesture on the detail view (its brush and grip measure against it).
  let gesture = false;
  let changedInGesture = false;
  const follow = (): void => {
    if (gesture) changedInGesture = true;
    else zoom.show(focusDomain(store.getState().time.window, bounds));
  };
  const svgEl = svg.node() as SVGSVGElement;
  let pointerDown = false;
  const startGesture = (): void => {
    gesture = true;
    changedInGesture = false;
  };
  // After pointerup the brush still ends on mouseup (and may snap the window), so catch up a task later.
  const endGesture = (): void => {
    if (!gesture) return;
    setTimeout(() => {
      gesture = false;
      if (changedInGesture) follow();
    }, 0);
  };
  const onDown = (): void => {
    pointerDown = true;
    startGesture();
  };
  const onUp = (): void => {
    pointerDown = false;
    endGesture();
  };
  svgEl.addEventListener('pointerdown', onDown, true);
  window.addEventListener('pointerup', onUp, true);
  window.addEventListener('pointercancel', onUp, true);

  // d3's brush, drag and zoom load on first use; what the pointer did meanwhile is replayed as one gesture.
  const reported = reportedLoad(store, 'timelineGestures', () => import('./gestures'));
  const gestures = lazyGestures(o.container, {
    load: (quiet) => (quiet ? import('./gestures') : reported()),
    attach: (lib) => {
      zoom.attach(lib);
      brush.attach(lib);
      overview.attach(lib);
    },
    // A replay ends the gesture unless the pointer is still down (the drag goes on live).
    replaying: (on) => {
      if (on && !gesture) startGesture();
      else if (!on && !pointerDown) endGesture();
    },
  });

  function layout(): void {
    // Never wider than the container: a fixed minimum would push a narrow page sideways.
    frame.width = Math.max(200, o.container.clientWidth);
    frame.height = short.matches ? COMPACT_HEIGHT : HEIGHT;
    svg
      .classed('compact', short.matches)
      .attr('width', frame.width)
      .attr('height', frame.height)
      .attr('viewBox', `0 0 ${frame.width} ${frame.height}`);
    gAxis.attr('transform', `translate(0,${frame.height - M.axis})`);
    axisHit.attr('y', frame.height - M.axis);
    x0.range([M.left, frame.width - M.right]);
    // The span shown stays until `follow` below shows the window's span at the new width.
    frame.x = frame.x.copy().range(x0.range());
    axisHit.attr('width', Math.max(0, frame.width - M.left - M.right));
    brush.layout(frame.width);
    slider.measure();
    zoom.layout(frame.width, frame.height);
    overview.layout(frame.width);
    render();
    follow();
  }

  const ro = new ResizeObserver(() => layout());
  ro.observe(o.container);
  short.addEventListener('change', layout);
  layout();

  // One render per change: a new window is drawn by the zoom that follows it (its `zoom` event
  // renders), not once before with the old axis and again after.
  let shownWindow = store.getState().time.window;
  const onChange = (): void => {
    const w = store.getState().time.window;
    const moved = w !== shownWindow;
    shownWindow = w;
    if (moved && !gesture) follow();
    else {
      if (moved) follow();
      render();
    }
  };
  const unsub = watch(
    store,
    (s) => [s.time.window, s.selection.selectedId, s.data.dataset, s.data.bulk, s.view.lang, s.filters, s.analysis.measuredBulk] as const,
    onChange,
  );
  return {
    dayToClientX: (day) => (svg.node() as SVGSVGElement).getBoundingClientRect().left + xDay(frame, day),
    loadGestures: () => gestures.load(true),
    destroy: () => {
      gestures.destroy();
      unsub();
      ro.disconnect();
      short.removeEventListener('change', layout);
      svgEl.removeEventListener('pointerdown', onDown, true);
      window.removeEventListener('pointerup', onUp, true);
      window.removeEventListener('pointercancel', onUp, true);
      brush.destroy();
      slider.destroy();
      overview.destroy();
      svg.remove();
    },
  };
}
