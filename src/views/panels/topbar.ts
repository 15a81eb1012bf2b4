/** Top bar: title and language switch. */
import type { AppStore } from '../../state/appStore';
import { t } from '../../i18n/strings';
import { clear, h } from '../../ui/dom';

/** Mounts the top bar into `root`; returns its teardown. */
export function mountTopbar(root: HTMLElement, store: AppStore, extraActions: readonly HTMLElement[] = []): () => void {
  const render = (): void => {
    const lang = store.getState().view.lang;
    clear(root);
    document.documentElement.lang = lang;
    const sel = h(
      'select',
      { 'aria-label': t(lang, 'language'), 'data-testid': 'lang' },
      h('option', { value: 'en', text: 'English' }),
      h('option', { value: 'ru', text: 'Русский' }),
    );
    sel.value = lang;
    sel.addEventListener('change', () => store.getState().setLang(sel.value === 'ru' ? 'ru' : 'en'));
    root.append(h('h1', { text: t(lang, 'appTitle') }), h('div', { class: 'topbar-actions' }, ...extraActions, sel));
  };
  render();
  return store.subscribe((s) => s.view.lang, render);
}
