/** Top bar: title and language switch. */
import type { AppStore } from '../../state/appStore';
import { LANGS, isLang } from '../../i18n/langs';
import { LOCALES } from '../../i18n/registry';
import { t } from '../../i18n/strings';
import { clear, h } from '../../ui/dom';

/** Mounts the top bar into `root`; returns its teardown. */
export function mountTopbar(root: HTMLElement, store: AppStore, extraActions: readonly HTMLElement[] = []): () => void {
  const render = (): void => {
    const lang = store.getState().view.lang;
    clear(root);
    document.documentElement.lang = lang;
    // Each language is named in itself, whatever the UI language.
    const sel = h(
      'select',
      { 'aria-label': t(lang, 'language'), 'data-testid': 'lang' },
      ...LANGS.map((l) => h('option', { value: l, lang: l, text: LOCALES[l].name })),
    );
    sel.value = lang;
    sel.addEventListener('change', () => {
      if (isLang(sel.value)) store.getState().setLang(sel.value);
    });
    root.append(h('h1', { text: t(lang, 'appTitle') }), h('div', { class: 'topbar-actions' }, ...extraActions, sel));
  };
  render();
  return store.subscribe((s) => s.view.lang, render);
}
