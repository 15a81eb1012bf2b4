/**
 * Top bar: title, the tool buttons and the language switch. On a narrow screen the bar stays one
 * row: the buttons and the language move into a menu behind a disclosure button (CSS decides when;
 * the button is hidden on wide screens, where the actions show inline).
 */
import type { AppStore } from '../../state/appStore';
import { LANGS, isLang } from '../../i18n/langs';
import { LOCALES } from '../../i18n/registry';
import { t } from '../../i18n/strings';
import { clear, h } from '../../ui/dom';

/** Mounts the top bar into `root`; returns its teardown. */
export function mountTopbar(root: HTMLElement, store: AppStore, extraActions: readonly HTMLElement[] = []): () => void {
  const menu = h('button', {
    type: 'button',
    class: 'topbar-menu-button',
    'aria-expanded': 'false',
    'aria-controls': 'topbar-menu',
    'data-testid': 'topbar-menu',
  });
  const actions = h('div', { class: 'topbar-actions', id: 'topbar-menu' });
  const setOpen = (open: boolean): void => {
    menu.setAttribute('aria-expanded', String(open));
    actions.classList.toggle('open', open);
  };
  menu.addEventListener('click', () => setOpen(menu.getAttribute('aria-expanded') !== 'true'));
  // A chosen action closes the menu (its dialog takes over); so do Escape and a click elsewhere.
  actions.addEventListener('click', (ev) => {
    if (ev.target instanceof Element && ev.target.closest('button')) setOpen(false);
  });
  const onKey = (ev: KeyboardEvent): void => {
    if (ev.key !== 'Escape' || menu.getAttribute('aria-expanded') !== 'true') return;
    setOpen(false);
    menu.focus();
  };
  const onDown = (ev: PointerEvent): void => {
    if (ev.target instanceof Node && !root.contains(ev.target)) setOpen(false);
  };
  document.addEventListener('keydown', onKey);
  document.addEventListener('pointerdown', onDown);

  const render = (): void => {
    const lang = store.getState().view.lang;
    clear(root);
    clear(actions);
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
    menu.textContent = `☰ ${t(lang, 'menu')}`;
    actions.append(...extraActions, sel);
    root.append(h('h1', { text: t(lang, 'appTitle') }), menu, actions);
  };
  render();
  const unsub = store.subscribe((s) => s.view.lang, render);
  return () => {
    unsub();
    document.removeEventListener('keydown', onKey);
    document.removeEventListener('pointerdown', onDown);
  };
}
