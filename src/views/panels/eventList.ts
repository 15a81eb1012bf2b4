/**
 * The event list: the events in the window that pass the filters, by date. It mirrors the map and
 * is the screen-reader view of it; each row is a button that selects the event and opens its
 * sources. With filters on, the header says "X of Y events in window" and an empty list says why.
 */
import type { AppStore } from '../../state/appStore';
import { watch } from '../../state/appStore';
import { formatEventDate } from '../../calendar/format';
import { compareChronological } from '../../calendar/order';
import { contains, overlaps } from '../../calendar/window';
import { fillDataText } from '../../i18n/dataText';
import { countText } from '../../calendar/windowText';
import { contradictions } from '../../filters/apply';
import { filtersOn, shownEvents } from '../../state/selectors';
import { t } from '../../i18n/strings';
import { briefingTheme } from '../../style/theme';
import { clear, h } from '../../ui/dom';

/** Mounts the list into `root`; returns its teardown. */
export function mountEventList(root: HTMLElement, store: AppStore): () => void {
  const render = (): void => {
    const s = store.getState();
    const lang = s.view.lang;
    const w = s.time.window;
    const on = filtersOn(s);
    const events = shownEvents(s).filter((e) => overlaps(e, w));
    const restoreFocus = root.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset['eventId'] : undefined;
    clear(root);
    const total = on ? (s.data.dataset?.events ?? []).filter((e) => overlaps(e, w)).length : 0;
    const count = on ? countText(events.length, total, lang) : String(events.length);
    root.append(
      h(
        'h2',
        {},
        t(lang, 'eventList'),
        h('span', { class: 'muted', 'data-testid': 'event-count', text: ` · ${count} ${t(lang, 'inWindow')}` }),
      ),
    );
    if (!events.length) {
      const why = on ? contradictions(s.filters, lang) : [];
      root.append(
        h('p', { class: 'muted', 'data-testid': 'no-events', text: on && total > 0 ? t(lang, 'filterNoMatch') : t(lang, 'noEvents') }),
      );
      if (why.length) root.append(h('p', { class: 'muted', text: `${t(lang, 'filterCannotMatch')} ${why.join('; ')}` }));
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
        uncertain ? h('span', { class: 'ev-flag', text: t(lang, 'dateUncertain') }) : null,
      );
      btn.addEventListener('click', () => store.getState().select(e.id));
      ol.append(h('li', {}, btn));
    }
    root.append(ol);
    if (restoreFocus) (root.querySelector(`[data-event-id="${CSS.escape(restoreFocus)}"]`) as HTMLElement | null)?.focus();
  };
  render();
  return watch(store, (s) => [s.time.window, s.selection.selectedId, s.view.lang, s.data.dataset, s.filters] as const, render);
}
