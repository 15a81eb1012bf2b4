/**
 * The bulk-event variant of the source panel: title, date with its precision, place with its
 * precision, and the source name and text. All data text goes in through textContent.
 */
import type { AppStore } from '../../state/appStore';
import { watch } from '../../state/watch';
import { t } from '../../i18n/strings';
import { clear, h } from '../../ui/dom';
import { formatBulkDate } from './details';
import { parseBulkSelection } from './selection';
import { closeOnEscape } from '../../ui/onEscape';
import { alongText, borderMeasureText } from '../../i18n/borderText';

/** Mounts the bulk detail panel into `root`; returns its teardown. */
export function mountBulkPanel(root: HTMLElement, store: AppStore): () => void {
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-labelledby', 'bulk-panel-title');
  root.hidden = true;
  const render = (): void => {
    const s = store.getState();
    const i = parseBulkSelection(s.selection.selectedId);
    const set = s.data.bulk;
    clear(root);
    if (i === null || !set || i >= set.columns.count || !s.selection.panelOpen) {
      root.hidden = true;
      return;
    }
    const d = set.detail(i);
    const lang = s.view.lang;
    const close = h('button', { class: 'panel-close', 'aria-label': t(lang, 'close'), text: '×' });
    close.addEventListener('click', () => store.getState().closePanel());
    const facts: Array<[string, string]> = [
      [t(lang, 'date'), `${formatBulkDate(d, lang)} (${d.datePrecision})`],
      [t(lang, 'place'), `${d.lat.toFixed(4)}°N ${d.lon.toFixed(4)}°E (${d.locationPrecision})`],
      [t(lang, 'bmBorder'), [borderMeasureText(d.border, lang), alongText(d.border, lang)].filter(Boolean).join(' · ')],
      [t(lang, 'bulkKind'), d.kind],
      [t(lang, 'bulkFatalities'), d.fatalities === null ? '—' : String(d.fatalities)],
      [t(lang, 'bulkDataset'), set.name],
      ...Object.entries(d.extra ?? {}),
    ];
    root.append(
      h('header', { class: 'panel-head' }, h('h2', { id: 'bulk-panel-title', tabindex: -1, text: d.title }), close),
      h('dl', { class: 'facts' }, ...facts.flatMap(([k, v]) => [h('dt', { text: k }), h('dd', { text: v })])),
      h(
        'section',
        { class: 'source' },
        h('h4', { class: 'bulk-source-name', text: d.sourceName }),
        h('div', { class: 'article-text bulk-source-text', tabindex: 0, text: d.sourceText }),
      ),
    );
    root.hidden = false;
    (root.querySelector('#bulk-panel-title') as HTMLElement | null)?.focus({ preventScroll: true });
  };
  const stopEscape = closeOnEscape(root, () => store.getState().closePanel());
  render();
  const unsub = watch(store, (s) => [s.selection.selectedId, s.selection.panelOpen, s.view.lang, s.data.bulk] as const, render);
  return () => {
    unsub();
    stopEscape();
    root.remove();
  };
}
