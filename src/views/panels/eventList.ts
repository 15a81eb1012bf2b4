/**
/**
 * The event list: the window's events that pass the filters, by date, curated and bulk together,
 * so it tells the same count as the readout and the map. It mirrors the map and is the
 * screen-reader view of it; each row is a button that selects the event and opens its sources.
 * With filters on, the header says "X of Y events in window" and an empty list says why.
 *
 * A long list is virtualised: only the rows in view (plus a few) are in the DOM, at a fixed row
 * height, absolutely placed in a list as tall as all of them; every row says its place in the set
 * (aria-posinset / aria-setsize). ↑/↓, Page Up/Down and Ctrl+Home/End move between rows, scrolling
 * the list so rows that are not yet in the DOM can be reached by keyboard.
 */
import type { AppStore } from '../../state/appStore';
import { watch } from '../../state/appStore';
import { eventTotalInWindow, filtersOn, windowEntries, type WindowEntries } from '../../state/selectors';
import { formatNumber } from '../../calendar/format';
import { countText } from '../../calendar/windowText';
import { contradictions } from '../../filters/apply';
import { t } from '../../i18n/strings';
import { clear, h } from '../../ui/dom';
import { bulkRow, curatedRow, type RowContext } from './eventRows';

/** Lists up to this long are drawn whole, rows at their natural height. */
const ALL_ROWS = 150;
/** Row height of a virtualised list (px); the stylesheet's `.event-list.virtual > li` matches it. */
export const ROW_H = 58;
/** Rows drawn beyond each edge of the view. */
const OVERSCAN = 8;
/** Tallest list element (px): browsers cap element heights, so a longer list scrolls proportionally. */
const MAX_PX = 8_000_000;

function scrollParent(el: HTMLElement): HTMLElement {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const oy = getComputedStyle(p).overflowY;
    if (oy === 'auto' || oy === 'scroll') return p;
  }
  return (document.scrollingElement as HTMLElement | null) ?? document.documentElement;
}

/** Mounts the list into `root`; returns its teardown. */
export function mountEventList(root: HTMLElement, store: AppStore): () => void {
  const heading = h('h2', {});
  const empty = h('p', { class: 'muted', 'data-testid': 'no-events' });
  const whyEmpty = h('p', { class: 'muted' });
  const ol = h('ol', { class: 'event-list' });
  root.append(heading, empty, whyEmpty, ol);
  let entries: WindowEntries = { curated: [], order: new Int32Array(0) };
  let scroller: HTMLElement | null = null;
  let raf = 0;
  let rowsRaf = 0;

  const ctx = (): RowContext => {
    const s = store.getState();
    return {
      lang: s.view.lang,
      window: s.time.window,
      selectedId: s.selection.selectedId,
      onSelect: (id) => store.getState().select(id),
      onHover: (id) => store.getState().hover(id),
    };
  };
  const rowAt = (k: number, c: RowContext): HTMLButtonElement => {
    const v = entries.order[k]!;
    const set = store.getState().data.bulk;
    return v < 0 || !set ? curatedRow(entries.curated[-v - 1]!, c) : bulkRow(set, v, c);
  };
  const n = (): number => entries.order.length;
  const virtual = (): boolean => n() > ALL_ROWS;

  /** The list's geometry in its scroll box: where the view is over the list, and which rows show. */
  const geometry = () => {
    if (!scroller?.isConnected) scroller = scrollParent(root);
    const total = Math.min(n() * ROW_H, MAX_PX);
    const olTop = ol.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    const viewH = Math.max(ROW_H, Math.min(scroller.clientHeight, total));
    const range = Math.max(0, total - viewH);
    const viewTop = Math.max(0, Math.min(range, scroller.scrollTop - olTop));
    const visible = viewH / ROW_H;
    const firstF = range > 0 ? (viewTop / range) * Math.max(0, n() - visible) : 0;
    return { total, olTop, viewH, range, viewTop, visible, firstF };
  };

  /** Draws the rows in view (all rows of a short list), keeping keyboard focus on the same event. */
  const paintRows = (): void => {
    rowsRaf = 0;
    const focused = root.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset['eventId'] : undefined;
    const c = ctx();
    clear(ol);
    ol.classList.toggle('virtual', virtual());
    let from = 0;
    let to = n();
    let top: ((k: number) => number) | null = null;
    if (virtual()) {
      const g = geometry();
      ol.style.height = `${g.total}px`;
      const first = Math.floor(g.firstF);
      const blockTop = g.viewTop - (g.firstF - first) * ROW_H;
      from = Math.max(0, first - OVERSCAN);
      to = Math.min(n(), first + Math.ceil(g.visible) + 1 + OVERSCAN);
      top = (k) => blockTop + (k - first) * ROW_H;
    } else ol.style.height = '';
    for (let k = from; k < to; k++) {
      const li = h('li', { 'aria-setsize': n(), 'aria-posinset': k + 1, 'data-index': k }, rowAt(k, c));
      if (top) li.style.top = `${top(k)}px`;
      ol.append(li);
    }
    if (focused) (ol.querySelector(`[data-event-id="${CSS.escape(focused)}"]`) as HTMLElement | null)?.focus({ preventScroll: true });
  };

  const render = (): void => {
    raf = 0;
    const s = store.getState();
    const lang = s.view.lang;
    entries = windowEntries(s);
    const on = filtersOn(s);
    const total = on ? eventTotalInWindow(s) : 0;
    const count = on ? countText(n(), total, lang) : formatNumber(n(), lang);
    clear(heading);
    heading.append(
      t(lang, 'eventList'),
      h('span', { class: 'muted', 'data-testid': 'event-count', text: ` · ${count} ${t(lang, 'inWindow')}` }),
    );
    empty.textContent = on && total > 0 ? t(lang, 'filterNoMatch') : t(lang, 'noEvents');
    const why = on && n() === 0 ? contradictions(s.filters, lang) : [];
    whyEmpty.textContent = why.length ? `${t(lang, 'filterCannotMatch')} ${why.join('; ')}` : '';
    empty.hidden = n() > 0;
    whyEmpty.hidden = why.length === 0;
    ol.hidden = n() === 0;
    paintRows();
  };

  /** Scrolls so row `k` is in view (at the edge it comes in from), draws, and focuses it. */
  const focusRow = (k: number, fromBelow: boolean): void => {
    const idx = Math.max(0, Math.min(n() - 1, k));
    if (virtual() && scroller) {
      const g = geometry();
      const firstVisible = g.firstF;
      const inView = idx >= Math.ceil(firstVisible) && idx + 1 <= firstVisible + g.visible;
      if (!inView) {
        const want = fromBelow ? idx - g.visible + 1 : idx;
        const span = Math.max(1, n() - g.visible);
        scroller.scrollTop = g.olTop + (Math.max(0, Math.min(span, want)) / span) * g.range;
      }
      paintRows();
    }
    (ol.querySelector(`li[data-index="${idx}"] .event-row`) as HTMLElement | null)?.focus();
  };

  const onKey = (ev: KeyboardEvent): void => {
    const li = (ev.target as HTMLElement).closest?.('li[data-index]');
    if (!li || ev.altKey || ev.metaKey) return;
    const k = Number((li as HTMLElement).dataset['index']);
    const page = Math.max(1, Math.floor(virtual() ? geometry().visible - 1 : 10));
    const moves: Record<string, [number, boolean] | undefined> = {
      ArrowDown: [k + 1, true],
      ArrowUp: [k - 1, false],
      PageDown: [k + page, true],
      PageUp: [k - page, false],
      ...(ev.ctrlKey ? { Home: [0, false] as [number, boolean], End: [n() - 1, true] as [number, boolean] } : {}),
    };
    const m = moves[ev.key];
    if (!m) return;
    ev.preventDefault();
    ev.stopPropagation();
    focusRow(m[0], m[1]);
  };
  root.addEventListener('keydown', onKey);

  const onScroll = (): void => {
    if (virtual() && !rowsRaf) rowsRaf = requestAnimationFrame(paintRows);
  };
  scroller = scrollParent(root);
  scroller.addEventListener('scroll', onScroll, { passive: true });
  const ro = new ResizeObserver(onScroll);
  ro.observe(scroller);

  render();
  const unsub = watch(
    store,
    (s) => [s.time.window, s.selection.selectedId, s.view.lang, s.data.dataset, s.data.bulk, s.filters, s.analysis.measuredBulk] as const,
    () => {
      // A large import is re-ordered at most once a frame while the window is dragged; curated data at once.
      if (!store.getState().data.bulk) render();
      else if (!raf) raf = requestAnimationFrame(render);
    },
  );
  const unhover = store.subscribe(
    (s) => s.analysis.hoveredId,
    (id) => {
      for (const row of root.querySelectorAll<HTMLElement>('.event-row')) row.classList.toggle('hovered', row.dataset['eventId'] === id);
    },
  );
  return () => {
    unsub();
    unhover();
    if (raf) cancelAnimationFrame(raf);
    if (rowsRaf) cancelAnimationFrame(rowsRaf);
    root.removeEventListener('keydown', onKey);
    scroller?.removeEventListener('scroll', onScroll);
    ro.disconnect();
    clear(root);
  };
}
