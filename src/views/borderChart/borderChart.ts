/**
 * The along-the-border chart (d3, loaded on demand): x is km along the border from the Uzbek
 * tripoint (west) to the Chinese tripoint (east), y is time. Each event with a place along the
 * line is a mark (hollow when placed at its district's seat); the Tajik bank's provinces and
 * districts are labelled above, the Afghan bank's below, posts and crossings on the axis.
 * Linked both ways through the store: a brush sets the time window and the border-stretch filter
 * (a filter of the registry); the window and the stretch are drawn as bands, the other filters
 * decide which events are plotted; hover and click select the same event as the map
 * and the list. Every mark is focusable (Enter selects), and a table of counts per stretch is the
 * text alternative.
 */
import { axisBottom, axisLeft } from 'd3-axis';
import { brush, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import type { AppStore } from '../../state/appStore';
import { watch } from '../../state/watch';
import { dateToDay, dayToDate } from '../../calendar/days';
import { formatCount, formatEventDate } from '../../calendar/format';
import { borderAxisFor, type BorderAxis } from '../../geo/borderAxis';
import { dataText } from '../../i18n/dataText';
import { t } from '../../i18n/strings';
import { briefingTheme } from '../../style/theme';
import { clear, h } from '../../ui/dom';
import { chartData, markActive } from './chartData';
import { districtNamesInEnglish, drawBankLabels, drawPosts } from './chartLabels';
import { stretchTable } from './stretchTable';
import { formatKm } from '../../i18n/borderText';
import { yTickFormat } from './yTicks';
import { stretchFilter, stretchRange, stretchText, type AlongRange } from '../../filters/defs/stretch';
import { filterEvents } from '../../filters/apply';
import { filterValue, withFilter, type FilterValues } from '../../filters/filterDef';
import type { FrontierEvent } from '../../model/types';
import { filterContextOf } from '../../state/selectors';

/** Layout: Tajik labels above the plot, the axis, posts and Afghan labels below. */
export const CHART_M = { left: 64, right: 18, top: 40, bottom: 86 };
const PLOT_H = 150;
/** The stretch table's column beside the plot on a wide screen (below it on a narrow one): wide enough for its links. */
const TABLE_W = 420;
const HEIGHT = CHART_M.top + PLOT_H + CHART_M.bottom;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Mounts the chart into `root` (its section); returns the teardown. */
export function mountBorderChart(root: HTMLElement, store: AppStore): () => void {
  root.setAttribute('aria-labelledby', 'border-chart-title');
  const head = h('header', { class: 'bc-head' });
  const svgEl = document.createElementNS(SVG_NS, 'svg');
  svgEl.setAttribute('class', 'bc-svg');
  svgEl.setAttribute('data-testid', 'border-chart-svg');
  const tableBox = h('div', { class: 'bc-table' });
  tableBox.style.setProperty('--bc-table-w', `${TABLE_W}px`);
  const body = h('div', { class: 'bc-body' }, svgEl, tableBox);
  root.append(head, body);
  const svg = select(svgEl);
  const gWindow = svg.append('rect').attr('class', 'bc-window');
  const gStretch = svg.append('rect').attr('class', 'bc-stretch');
  const gGrid = svg.append('g').attr('class', 'bc-stretch-lines');
  const gX = svg.append('g').attr('class', 'bc-axis bc-x');
  const gY = svg.append('g').attr('class', 'bc-axis bc-y');
  const gLabels = svg.append('g').attr('class', 'bc-labels');
  const gPosts = svg.append('g').attr('class', 'bc-posts');
  const gBrush = svg.append('g').attr('class', 'bc-brush');
  const gMarks = svg.append('g').attr('class', 'bc-marks').attr('role', 'group');
  let width = 0;
  let axis: BorderAxis | null = null;
  let b: BrushBehavior<unknown> | null = null;

  const setStretch = (r: AlongRange | null): void => store.getState().setFilter(stretchFilter, r);
  /**
   * The events the chart plots: those passing every filter but the stretch, which the chart draws
   * as a band (marks outside it are muted, not gone, so the brush can widen it again).
   */
  let plottedMemo: { events: unknown; filters: FilterValues; out: readonly FrontierEvent[] } | null = null;
  const plotted = (s: ReturnType<AppStore['getState']>): readonly FrontierEvent[] => {
    const ctx = filterContextOf(s);
    if (!ctx) return [];
    if (plottedMemo && plottedMemo.events === ctx.dataset.events && plottedMemo.filters === s.filters) return plottedMemo.out;
    const others = withFilter(s.filters, stretchFilter, null);
    const out = Object.keys(others).length ? filterEvents(ctx.dataset.events, others, ctx) : ctx.dataset.events;
    plottedMemo = { events: ctx.dataset.events, filters: s.filters, out };
    return out;
  };

  const render = (): void => {
    const s = store.getState();
    const lang = s.view.lang;
    const ds = s.data.dataset;
    const geo = s.data.geo;
    axis = ds && geo ? borderAxisFor(geo, ds.outposts) : null;
    width = Math.max(420, root.clientWidth >= 1000 ? root.clientWidth - TABLE_W - 24 : root.clientWidth - 16);
    svg.attr('width', width).attr('height', HEIGHT).attr('viewBox', `0 0 ${width} ${HEIGHT}`);
    svg.attr('aria-label', t(lang, 'bcTitle'));
    const data = chartData(plotted(s));
    const close = h('button', { class: 'panel-close', 'aria-label': t(lang, 'close'), text: '×', 'data-testid': 'border-chart-close' });
    close.addEventListener('click', () => store.getState().setBorderChart(false));
    const stretch = filterValue(stretchFilter, s.filters);
    const whole = h('button', { 'data-testid': 'border-chart-whole', text: t(lang, 'bcWholeBorder') });
    whole.disabled = stretch === null;
    whole.addEventListener('click', () => setStretch(null));
    const notes = [
      data.provinceOnly ? formatCount(data.provinceOnly, 'bcProvinceOnly', lang) : '',
      data.lineOnly ? formatCount(data.lineOnly, 'bcLineOnly', lang) : '',
    ].filter(Boolean);
    clear(head);
    head.append(
      h('h2', { id: 'border-chart-title', text: t(lang, 'bcTitle') }),
      h(
        'span',
        { class: 'bc-filter', 'data-testid': 'border-chart-filter', role: 'status' },
        stretch ? stretchText(stretch, lang) : t(lang, 'bcBrushHint'),
      ),
      whole,
      h('span', { class: 'bc-key' }, h('span', { class: 'bc-key-dot', 'aria-hidden': 'true' }), t(lang, 'bcPoint')),
      h('span', { class: 'bc-key' }, h('span', { class: 'bc-key-ring', 'aria-hidden': 'true' }), t(lang, 'bcSeat')),
      h('span', { class: 'muted small', 'data-testid': 'border-chart-unplotted', text: notes.join(' · ') }),
      ...(axis && districtNamesInEnglish(axis, geo, lang)
        ? [h('span', { class: 'muted small', 'data-testid': 'border-chart-names-note', text: t(lang, 'bcDistrictNamesEnglish') })]
        : []),
      close,
    );
    if (!axis) return;
    const x = scaleLinear()
      .domain([0, axis.lengthKm])
      .range([CHART_M.left, width - CHART_M.right]);
    // Time runs down over the plotted events' span (the window's band is clipped to it), or the window without events.
    const w = s.time.window;
    const days = data.marks.flatMap((m) => [m.startDay, m.endDay + 1]);
    const lo = days.length ? Math.min(...days) : w.start;
    const hi = days.length ? Math.max(...days) : w.end;
    const pad = Math.max(15, (hi - lo) * 0.04);
    const y = scaleUtc()
      .domain([dayToDate(lo - pad), dayToDate(hi + pad)])
      .range([CHART_M.top, CHART_M.top + PLOT_H]);
    const yDay = (d: number): number => y(dayToDate(d));
    const clampY = (v: number): number => Math.max(CHART_M.top, Math.min(CHART_M.top + PLOT_H, v));
    gWindow
      .attr('x', CHART_M.left)
      .attr('width', width - CHART_M.left - CHART_M.right)
      .attr('y', clampY(yDay(w.start)))
      .attr('height', Math.max(1, clampY(yDay(w.end)) - clampY(yDay(w.start))));
    gStretch
      .attr('display', stretch ? null : 'none')
      .attr('y', CHART_M.top)
      .attr('height', PLOT_H)
      .attr('x', x(stretch?.fromKm ?? 0))
      .attr('width', Math.max(1, x(stretch?.toKm ?? 0) - x(stretch?.fromKm ?? 0)));
    gGrid
      .selectAll('line')
      .data(axis.provinces.slice(1))
      .join('line')
      .attr('x1', (p) => x(p.fromKm))
      .attr('x2', (p) => x(p.fromKm))
      .attr('y1', CHART_M.top)
      .attr('y2', CHART_M.top + PLOT_H);
    gX.attr('transform', `translate(0,${CHART_M.top + PLOT_H})`).call(
      axisBottom(x)
        .ticks(Math.max(3, Math.floor(width / 110)))
        .tickFormat((v) => `${formatKm(Number(v), lang)} ${t(lang, 'unitKm')}`),
    );
    gX.attr('aria-label', t(lang, 'bcAxisX'));
    gY.attr('transform', `translate(${CHART_M.left},0)`).call(axisLeft(y).ticks(6).tickFormat(yTickFormat(y, lang)));
    drawBankLabels(gLabels, axis, x, s.data.geo, lang, { tjTop: 12, afTop: CHART_M.top + PLOT_H + 46 });
    drawPosts(gPosts, axis, x, lang, CHART_M.top + PLOT_H + 26, (id) => store.getState().select(id));

    // The brush: drag a box to set the window (its time extent) and the stretch (its km extent).
    b ??= brush<unknown>().on('end', (ev: D3BrushEvent<unknown>) => {
      if (!ev.sourceEvent || !ev.selection) return;
      const [[x0, y0], [x1, y1]] = ev.selection as [[number, number], [number, number]];
      gBrush.call(b!.move as never, null);
      if (Math.abs(x1 - x0) < 3 && Math.abs(y1 - y0) < 3) return;
      const cur = currentScales.current;
      if (!cur) return;
      const start = Math.floor(dateToDay(cur.y.invert(y0)));
      const end = Math.ceil(dateToDay(cur.y.invert(y1)));
      const st = store.getState();
      st.setWindow({ start, end: Math.max(end, start + 1) });
      setStretch(stretchRange(Math.max(0, cur.x.invert(x0)), Math.min(cur.lengthKm, cur.x.invert(x1))));
    });
    // Re-applied only when the plot's size changes: re-applying it on every render would end a drag in progress.
    if (brushWidth !== width) {
      brushWidth = width;
      b.extent([
        [CHART_M.left, CHART_M.top],
        [width - CHART_M.right, CHART_M.top + PLOT_H],
      ]);
      gBrush.call(b);
    }
    currentScales.current = { x, y, lengthKm: axis.lengthKm };

    const byId = new Map((ds?.events ?? []).map((e) => [e.id, e]));
    const marks = gMarks
      .selectAll<SVGGElement, (typeof data.marks)[number]>('g.bc-mark')
      .data(data.marks, (m) => m.id)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'bc-mark').attr('tabindex', 0).attr('role', 'button');
        g.append('line');
        g.append('circle');
        return g;
      });
    marks
      .attr('data-event-id', (m) => m.id)
      .attr('aria-label', (m) => {
        const e = byId.get(m.id);
        return e
          ? `${formatEventDate(e.date, lang)} — ${dataText(e, 'title', lang).text} — ${formatKm(m.alongKm, lang)} ${t(lang, 'unitKm')}`
          : m.id;
      })
      .classed('active', (m) => markActive(m, w, stretch))
      .classed('hollow', (m) => m.hollow);
    marks
      .select('line')
      .attr('x1', (m) => x(m.alongKm))
      .attr('x2', (m) => x(m.alongKm))
      .attr('y1', (m) => yDay(m.startDay))
      .attr('y2', (m) => yDay(m.endDay + 1))
      .attr('stroke', (m) => briefingTheme.kind[m.kind]);
    marks
      .select('circle')
      .attr('cx', (m) => x(m.alongKm))
      .attr('cy', (m) => yDay((m.startDay + m.endDay + 1) / 2))
      .attr('stroke', (m) => briefingTheme.kind[m.kind])
      .attr('fill', (m) => (m.hollow ? '#ffffff' : briefingTheme.kind[m.kind]));
    marks
      .on('click', (_ev, m) => store.getState().select(m.id))
      .on('keydown', (ev: KeyboardEvent, m) => {
        if (ev.key !== 'Enter' && ev.key !== ' ') return;
        ev.preventDefault();
        store.getState().select(m.id);
      })
      .on('pointerenter focus', (_ev, m) => store.getState().hover(m.id))
      .on('pointerleave blur', () => store.getState().hover(null));

    clear(tableBox);
    tableBox.append(stretchTable(data.marks, axis, w, stretch, s.data.geo, lang, (r) => setStretch(stretchRange(r.fromKm, r.toKm))));
    highlight();
  };
  /** The selected and hovered marks: a cheap update (hover changes as the pointer moves). */
  const highlight = (): void => {
    const { selection, analysis } = store.getState();
    const marks = gMarks.selectAll<SVGGElement, { id: string }>('g.bc-mark');
    marks
      .attr('aria-pressed', (m) => (m.id === selection.selectedId ? 'true' : 'false'))
      .classed('selected', (m) => m.id === selection.selectedId)
      .classed('hovered', (m) => m.id === analysis.hoveredId);
    marks.select('circle').attr('r', (m) => (m.id === selection.selectedId ? 7 : 5));
  };
  let brushWidth = -1;
  const currentScales: {
    current: { x: ReturnType<typeof scaleLinear<number, number>>; y: ReturnType<typeof scaleUtc<number, number>>; lengthKm: number } | null;
  } = {
    current: null,
  };
  render();
  const unsub = watch(store, (s) => [s.time.window, s.filters, s.view.lang, s.data.dataset, s.data.geo] as const, render);
  const unlight = watch(store, (s) => [s.analysis.hoveredId, s.selection.selectedId] as const, highlight);
  const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => render());
  ro?.observe(root);
  return () => {
    unsub();
    unlight();
    ro?.disconnect();
    clear(root);
  };
}
