/**
 * The filter panel: a collapsible section (a native <details>, so it opens with Enter/Space and
 * every control inside is reachable with Tab) holding one control per filter of the registry, a
 * "clear all" button, and what the filters do to the data: "X of Y events", why nothing can
 * match, and which filters a large (bulk) import ignores, matches by its records' strings, or
 * cannot apply yet (the border filters, until the set's border columns are measured).
 */
import type { AppStore } from '../../state/appStore';
import { watch } from '../../state/watch';
import { t } from '../../i18n/strings';
import { clear, h } from '../../ui/dom';
import { FILTERS } from '../../filters/registry';
import { activeFilters, contradictions, onBorderColumns, unsupportedOnBulk } from '../../filters/apply';
import { NO_FILTERS, filterValue, type FilterControl } from '../../filters/filterDef';
import { eventCountInWindow, eventTotalInWindow, filterContextOf } from '../../state/selectors';
import { countText } from '../../calendar/windowText';

/** Mounts the panel into `root`; returns its teardown. */
export function mountFilterPanel(root: HTMLElement, store: AppStore): () => void {
  const details = h('details', { class: 'filter-panel', 'data-testid': 'filter-panel' });
  const summary = h('summary', { 'data-testid': 'filter-toggle' });
  const status = h('p', { class: 'filter-status', 'aria-live': 'polite', 'data-testid': 'filter-status' });
  const problems = h('p', { class: 'filter-problems', role: 'status', 'data-testid': 'filter-problems' });
  const bulkNote = h('p', { class: 'filter-note muted', 'data-testid': 'filter-bulk-note' });
  const body = h('div', { class: 'filter-body' });
  const reset = h('button', { type: 'button', class: 'tool-button', 'data-testid': 'filter-reset' });
  reset.addEventListener('click', () => store.getState().setFilters(NO_FILTERS));
  details.append(summary, status, problems, bulkNote, body, h('div', { class: 'panel-actions' }, reset));
  root.append(details);

  let controls: Array<{ id: string; control: FilterControl<unknown> }> = [];

  /** Rebuilds the controls (language or data changed: labels and the values offered change). */
  const build = (): void => {
    const s = store.getState();
    const ctx = filterContextOf(s);
    clear(body);
    controls = [];
    if (!ctx) return;
    for (const def of FILTERS) {
      const control = def.control({
        lang: s.view.lang,
        ctx,
        value: filterValue(def, s.filters),
        set: (v) => store.getState().setFilter(def, v),
      });
      control.el.dataset['filter'] = def.id;
      controls.push({ id: def.id, control });
      body.append(control.el);
    }
    reset.textContent = t(s.view.lang, 'filtersReset');
  };

  /** Shows the values and what they do (filters, window or bulk set changed). */
  const show = (): void => {
    const s = store.getState();
    const lang = s.view.lang;
    for (const { id, control } of controls) {
      const def = FILTERS.find((d) => d.id === id);
      if (def) control.update(filterValue(def, s.filters));
    }
    const on = activeFilters(s.filters);
    summary.textContent = on.length ? `${t(lang, 'filtersTitle')} (${on.length})` : t(lang, 'filtersTitle');
    details.classList.toggle('active', on.length > 0);
    reset.disabled = on.length === 0;
    // Counted only while the panel is open: the readout already counts on every window change.
    if (details.open)
      status.textContent = `${countText(eventCountInWindow(s), on.length ? eventTotalInWindow(s) : null, lang)} ${t(lang, 'inWindow')}`;
    const why = contradictions(s.filters, lang);
    problems.textContent = why.length ? `${t(lang, 'filterCannotMatch')} ${why.join('; ')}` : '';
    problems.hidden = why.length === 0;
    const ignored = s.data.bulk ? unsupportedOnBulk(s.filters) : [];
    // Border filters on a set whose border columns have not arrived yet: say so rather than show nothing unexplained.
    const pending = s.data.bulk && !s.data.bulk.columns.borderMeasured ? onBorderColumns(s.filters) : [];
    const named = (defs: typeof ignored): string => defs.map((d) => d.summary(filterValue(d, s.filters), lang)).join('; ');
    bulkNote.textContent = !s.data.bulk
      ? ''
      : [
          t(lang, 'filterBulkMask'),
          ignored.length ? `${t(lang, 'filterBulkUnsupported')} ${named(ignored)}` : '',
          pending.length ? `${t(lang, 'filterBorderPending')} ${named(pending)}` : '',
        ]
          .filter(Boolean)
          .join(' ');
    bulkNote.hidden = !s.data.bulk;
  };

  details.addEventListener('toggle', show);
  build();
  show();
  // Names only from the geography (the same in its light and exact files): rebuilt when one arrives, not on the swap.
  const unsubBuild = watch(
    store,
    (s) => [s.view.lang, s.data.dataset, s.data.geo !== null] as const,
    () => (build(), show()),
  );
  const unsubShow = watch(store, (s) => [s.filters, s.time.window, s.data.bulk, s.analysis.measuredBulk] as const, show);
  return () => {
    unsubBuild();
    unsubShow();
    details.remove();
  };
}
