/**
 * The top bar's two analysis switches: the along-the-border chart and the two-period comparison.
 * Starting a comparison takes the window as period B and the window of the same length just
 * before it as period A; both can then be edited in the comparison panel.
 */
import type { AppStore } from '../../state/appStore';
import { watch } from '../../state/watch';
import { t } from '../../i18n/strings';
import { h } from '../../ui/dom';

/** The two buttons (each follows the language and its state); `stop` unsubscribes. */
export function analysisButtons(store: AppStore): { buttons: HTMLElement[]; stop: () => void } {
  const chart = h('button', { type: 'button', 'data-testid': 'border-chart-toggle' });
  const compare = h('button', { type: 'button', 'data-testid': 'compare-toggle' });
  chart.addEventListener('click', () => {
    const s = store.getState();
    s.setBorderChart(!s.analysis.borderChart);
  });
  compare.addEventListener('click', () => {
    const s = store.getState();
    if (s.analysis.compare) return s.setCompare(null);
    const w = s.time.window;
    const width = w.end - w.start;
    s.setCompare({ a: { start: w.start - width, end: w.start }, b: { ...w } });
  });
  const render = (): void => {
    const s = store.getState();
    chart.textContent = t(s.view.lang, 'bcToggle');
    chart.setAttribute('aria-pressed', String(s.analysis.borderChart));
    compare.textContent = t(s.view.lang, 'cmpToggle');
    compare.setAttribute('aria-pressed', String(s.analysis.compare !== null));
  };
  render();
  const stop = watch(store, (s) => [s.view.lang, s.analysis.borderChart, s.analysis.compare] as const, render);
  return { buttons: [chart, compare], stop };
}
