/**
 * Legend: the base style's entry (the border, with its length as drawn beside the official
 * figure), every overlay's entries, and a toggle per layer — all read from the overlay registry.
 */
import type { AppStore } from '../../state/appStore';
import { watch } from '../../state/appStore';
import { t } from '../../i18n/strings';
import { briefingTheme } from '../../style/theme';
import { baseLegend } from '../../style/baseLegend';
import type { LegendEntry, LegendSymbol } from '../../overlays/overlay';
import { LAYER_TOGGLES, OVERLAYS, overlayLegend } from '../../overlays/registry';
import { clear, h } from '../../ui/dom';

/** A legend symbol; colours and sizes go through CSSOM because the Content-Security-Policy forbids style attributes. */
function swatch(symbol: LegendSymbol): HTMLElement {
  const s = h('span', { class: `sw ${symbol.shape}`, 'aria-hidden': 'true' });
  if (symbol.shape === 'dot') s.style.background = symbol.color;
  else if (symbol.shape === 'line')
    Object.assign(s.style, { background: symbol.color, height: `${symbol.width}px`, opacity: String(symbol.opacity) });
  else if (symbol.shape === 'pair') {
    s.style.borderColor = symbol.color;
    s.style.background = `radial-gradient(circle, ${symbol.inner} 0 3px, #fff 3.5px)`;
  } else s.style.borderColor = symbol.color;
  return s;
}

function item(e: LegendEntry): HTMLElement {
  const text = e.detail ? h('span', {}, e.label, h('br'), h('span', { class: e.detail.class, text: e.detail.text })) : e.label;
  return h('li', { 'data-legend': e.id }, swatch(e.symbol), text);
}

/** Mounts the legend into `root`; returns its teardown. */
export function mountLegend(root: HTMLElement, store: AppStore): () => void {
  const render = (): void => {
    const s = store.getState();
    const lang = s.view.lang;
    clear(root);
    const entries = [...baseLegend(briefingTheme, lang, s.data.geo), ...overlayLegend(OVERLAYS, briefingTheme, lang, s, false)];
    const toggles = LAYER_TOGGLES.map(({ id, label }) => {
      const cb = h('input', { type: 'checkbox', 'data-layer': id });
      cb.checked = s.view.layers[id];
      cb.addEventListener('change', () => store.getState().setLayer(id, cb.checked));
      return h('label', { class: 'toggle' }, cb, ` ${t(lang, label)}`);
    });
    root.append(
      h('h2', { text: t(lang, 'legend') }),
      h('ul', { class: 'legend-list' }, ...entries.map(item)),
      h('fieldset', { class: 'layer-toggles' }, h('legend', { text: t(lang, 'layers') }), ...toggles),
    );
  };
  render();
  return watch(store, (s) => [s.view.lang, s.view.layers, s.data.geo, s.analysis.compare] as const, render);
}

/** Where the side panel (legend, layers, events) lies over the map and starts closed: phones, and small embeds. */
export const OVERLAY_SIDE_QUERY = '(max-width: 640px), (max-height: 500px)';
export const SMALL_EMBED_QUERY = '(max-width: 900px), (max-height: 600px)';

/**
 * The "Legend and layers" disclosure button over the map: it opens and closes the side panel where
 * that panel overlays the map (CSS hides the button where the panel is a column of its own).
 * Starts closed on a phone and in a small embed, unless the embed asked for the event list (then
 * the list is what the host wants shown). Returns its teardown.
 */
export function mountSideToggle(
  parent: HTMLElement,
  side: HTMLElement,
  store: AppStore,
  embed: { embed: boolean; list: boolean },
  win: Window = window,
): () => void {
  if (!side.id) side.id = 'side';
  const button = h('button', {
    type: 'button',
    class: 'side-toggle',
    'aria-controls': side.id,
    'data-testid': 'side-toggle',
  });
  const setOpen = (open: boolean): void => {
    button.setAttribute('aria-expanded', String(open));
    side.classList.toggle('collapsed', !open);
  };
  const small = win.matchMedia(embed.embed ? SMALL_EMBED_QUERY : OVERLAY_SIDE_QUERY);
  setOpen(!small.matches || (embed.embed && embed.list));
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  const label = (): void => {
    const lang = store.getState().view.lang;
    clear(button);
    button.append(h('span', { 'aria-hidden': 'true', text: '☷ ' }), t(lang, 'legend'));
    button.title = t(lang, 'legendToggle');
  };
  label();
  parent.append(button);
  const unsub = watch(store, (s) => [s.view.lang] as const, label);
  // On a small screen, choosing an event closes the panel so the event and its sources show.
  const unsubSelect = watch(
    store,
    (s) => [s.selection.selectedId] as const,
    () => {
      if (small.matches && store.getState().selection.selectedId !== null) setOpen(false);
    },
  );
  return () => {
    unsub();
    unsubSelect();
    button.remove();
  };
}
