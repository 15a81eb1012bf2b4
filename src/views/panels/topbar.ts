/**
 * Top bar: title, the event search box, the tool buttons and the language switch. On a narrow
 * screen the bar stays one row: the search box narrows to a compact field, and the buttons and the
 * language move into a menu behind a disclosure button (CSS decides when; the button is hidden on
 * wide screens, where the actions show inline).
 */
import type { AppStore } from '../../state/appStore';
import { watch } from '../../state/watch';
import { LANGS, isLang, type Lang } from '../../i18n/langs';
import { LOCALE_INFO } from '../../i18n/registry';
import { t } from '../../i18n/strings';
import { clear, h } from '../../ui/dom';
import { filterValue } from '../../filters/filterDef';
import { loadEventTexts, loadLanguage } from '../../load/loadEventTexts';
import { searchFilter } from '../../filters/defs/search';

/** Typing pauses this long before the search applies (one filter pass per pause, not per key). */
const SEARCH_DELAY_MS = 200;

/** The search box: a type=search input bound to the search filter (Enter applies at once, Esc clears). */
function searchBox(store: AppStore): { el: HTMLElement; setLang(lang: Lang): void; stop(): void } {
  const input = h('input', {
    type: 'search',
    class: 'search-box',
    'data-testid': 'search',
    maxlength: 200,
    autocomplete: 'off',
    spellcheck: false,
  });
  input.value = filterValue(searchFilter, store.getState().filters);
  let timer = 0;
  const apply = (): void => {
    window.clearTimeout(timer);
    timer = 0;
    store.getState().setFilter(searchFilter, input.value);
  };
  // The events' summaries, notes and translated titles are searched too: they start loading as the box gets focus,
  // so they are in before the first query applies (a search set elsewhere loads them as well).
  input.addEventListener('focus', () => void loadEventTexts(store).catch((e: unknown) => console.error(e)));
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(apply, SEARCH_DELAY_MS);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') apply();
    if (ev.key === 'Escape' && input.value) {
      input.value = '';
      apply();
      ev.stopPropagation();
    }
  });
  // A query set elsewhere (URL, briefing step, the panel's "clear search") shows here too.
  const unsub = watch(
    store,
    (s) => [s.filters] as const,
    () => {
      const q = filterValue(searchFilter, store.getState().filters);
      if (!timer && input.value.trim() !== q) input.value = q;
    },
  );
  const form = h('search', { class: 'topbar-search' }, input);
  return {
    el: form,
    setLang: (lang) => {
      input.placeholder = t(lang, 'searchPlaceholder');
      input.setAttribute('aria-label', t(lang, 'searchLabel'));
      input.title = t(lang, 'searchLabel');
    },
    stop: () => {
      unsub();
      window.clearTimeout(timer);
    },
  };
}

/** Mounts the top bar into `root`; returns its teardown. */
export function mountTopbar(root: HTMLElement, store: AppStore, extraActions: readonly HTMLElement[] = []): () => void {
  const search = searchBox(store);
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

  let wanted = store.getState().view.lang;
  const render = (): void => {
    const lang = store.getState().view.lang;
    clear(root);
    clear(actions);
    document.documentElement.lang = lang;
    // Each language is named in itself, whatever the UI language.
    const sel = h(
      'select',
      { 'aria-label': t(lang, 'language'), 'data-testid': 'lang' },
      ...LANGS.map((l) => h('option', { value: l, lang: l, text: LOCALE_INFO[l].name })),
    );
    sel.value = lang;
    sel.addEventListener('change', () => {
      const next = sel.value;
      if (!isLang(next)) return;
      // The language's strings (and the events' translated titles) load on first use; the UI switches
      // once they are in (the last choice wins).
      wanted = next;
      // Only the last choice's outcome is shown: an earlier one arriving late changes nothing.
      void loadLanguage(store, next).then(
        () => {
          if (wanted !== next) return;
          store.getState().setPartFailed('language', false);
          store.getState().setLang(next);
        },
        (e: unknown) => {
          console.error('Frontier Map: the language failed to load', e);
          if (wanted !== next) return;
          // The menu shows the language still in use; choosing again retries.
          store.getState().setPartFailed('language', true);
          sel.value = store.getState().view.lang;
        },
      );
    });
    search.setLang(lang);
    menu.textContent = `☰ ${t(lang, 'menu')}`;
    actions.append(...extraActions, sel);
    root.append(h('h1', { text: t(lang, 'appTitle') }), search.el, menu, actions);
  };
  render();
  const unsub = store.subscribe((s) => s.view.lang, render);
  return () => {
    unsub();
    search.stop();
    document.removeEventListener('keydown', onKey);
    document.removeEventListener('pointerdown', onDown);
  };
}
