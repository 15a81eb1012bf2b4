/**
 * The event list: the events in the window, by date. It mirrors the map and is the screen-reader
 * view of it; each row is a button that selects the event and opens its sources.
 */
import type { AppStore } from '../../state/appStore';
import { watch } from '../../state/appStore';
import { formatEventDate } from '../../calendar/format';
import { compareChronological } from '../../calendar/order';
import { contains, overlaps } from '../../calendar/window';
import { fillDataText } from '../../i18n/dataText';
import { t } from '../../i18n/strings';
import { briefingTheme } from '../../style/theme';
import { clear, h } from '../../ui/dom';
import { borderMeasureText } from '../../i18n/borderText';
import { inStretch } from '../../state/analysis';

/** Mounts the list into `root`; returns its teardown. */
export function mountEventList(root: HTMLElement, store: AppStore): () => void {
  const render = (): void => {
    const s = store.getState();
    const lang = s.view.lang;
    const w = s.time.window;
    const stretch = s.analysis.stretch;
    const events = (s.data.dataset?.events ?? []).filter((e) => overlaps(e, w) && inStretch(e.border.alongKm, stretch));
    const restoreFocus = root.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset['eventId'] : undefined;
    clear(root);
    root.append(h('h2', {}, t(lang, 'eventList'), h('span', { class: 'muted', text: ` · ${events.length} ${t(lang, 'inWindow')}` })));
    if (!events.length) {
      root.append(h('p', { class: 'muted', text: t(lang, 'noEvents') }));
      return;
    }
    const ol = h('ol', { class: 'event-list' });
    for (const e of [...events].sort(compareChronological)) {
      const dot = h('span', { class: 'sw dot', 'aria-hidden': 'true' });
      // CSSOM, not a style attribute: the Content-Security-Policy forbids inline style attributes.
      dot.style.background = briefingTheme.kind[e.kind];
      const uncertain = !contains(e, w);
      const btn = h(
        'button',
        {
          class: `event-row${e.id === s.selection.selectedId ? ' selected' : ''}`,
          'data-event-id': e.id,
          'aria-pressed': e.id === s.selection.selectedId ? 'true' : 'false',
        },
        dot,
        h('span', { class: 'ev-date', text: formatEventDate(e.date, lang) }),
        fillDataText(h('span', { class: 'ev-title' }), e, 'title', lang),
        h('span', { class: 'ev-place muted', text: e.location.precision === 'none' ? t(lang, 'notOnMap') : e.location.asReported }),
        e.location.precision === 'none' ? null : h('span', { class: 'ev-border muted small', text: borderMeasureText(e.border, lang) }),
        uncertain ? h('span', { class: 'ev-flag', text: t(lang, 'dateUncertain') }) : null,
      );
      btn.addEventListener('click', () => store.getState().select(e.id));
      // Hovering a row highlights the event in the other views (the chart, the map).
      btn.addEventListener('pointerenter', () => store.getState().hover(e.id));
      btn.addEventListener('pointerleave', () => store.getState().hover(null));
      ol.append(h('li', {}, btn));
    }
    root.append(ol);
    if (restoreFocus) (root.querySelector(`[data-event-id="${CSS.escape(restoreFocus)}"]`) as HTMLElement | null)?.focus();
  };
  render();
  const unsub = watch(
    store,
    (s) => [s.time.window, s.selection.selectedId, s.view.lang, s.data.dataset, s.analysis.stretch] as const,
    render,
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
  };
}
