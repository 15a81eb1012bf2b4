/**
 * Presenter mode: one briefing step at a time over the map, with ←/→ (and PageUp/PageDown) to
 * move, a progress bar, smooth camera moves, and `?briefing=<id>&step=<n>` in the URL so every
 * step has its own link. Loading such a link shows that step's view. Loaded on first use by
 * briefingButton.ts (its click, or a step link at boot), with the shipped briefings.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { Dataset } from '../model/types';
import { watch, type AppStore } from '../state/appStore';
import { t } from '../i18n/strings';
import { fillDataText } from '../i18n/dataText';
import { clear, h } from '../ui/dom';
import { parseStepParams, withStepParams, type Briefing, type BriefingStep } from './briefing';
import { loadBriefings } from './briefings';
import { applyStep } from './applyStep';

export interface PresenterHandle {
  /** How many valid briefings shipped (none: the button has nothing to start). */
  count: number;
  /** Starts the first briefing at step 1. */
  startFirst(): void;
}

/** What the presenter works on: the map, the dataset and articles its briefings cite, where its card goes, the boot URL's query. */
export interface PresenterContext {
  map: MlMap;
  dataset: Dataset;
  /** The bundled articles' texts by source id (`loadSourceTexts`): a step's text may be a passage of one. */
  articles: ReadonlyMap<string, string>;
  overlayParent: HTMLElement;
  /** The query string at boot: a step it names opens at once, without animation. */
  search: string;
}

const reducedMotion = (win: Window): boolean => win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export interface PresenterOptions {
  /** Exports the whole briefing as a deck; when given, the card offers PPTX and PDF buttons. */
  onExport?: (briefing: Briefing, format: 'pptx' | 'pdf') => void;
}

/** Creates the presenter over `ctx`, opening the step the boot URL names, if any. */
export function createPresenter(store: AppStore, win: Window, ctx: PresenterContext, options: PresenterOptions = {}): PresenterHandle {
  const card = h('section', { class: 'presenter', 'data-testid': 'presenter', 'aria-live': 'polite' });
  const { map, overlayParent: parent } = ctx;
  const briefings = loadBriefings(ctx.dataset, ctx.articles.values(), store.getState().time.bounds);
  let current: Briefing | null = null;
  let index = 0;

  const render = (): void => {
    clear(card);
    if (!current) return card.remove();
    const l = store.getState().view.lang;
    card.setAttribute('aria-label', t(l, 'briefingButton'));
    const step = current.steps[index] as BriefingStep;
    const n = current.steps.length;
    const prev = h('button', {
      type: 'button',
      'data-testid': 'presenter-prev',
      'aria-label': t(l, 'briefingPrevLabel'),
      text: t(l, 'briefingPrev'),
      disabled: index === 0,
    });
    const next = h('button', {
      type: 'button',
      'data-testid': 'presenter-next',
      'aria-label': t(l, 'briefingNextLabel'),
      text: t(l, 'briefingNext'),
      disabled: index === n - 1,
    });
    const exit = h('button', {
      type: 'button',
      class: 'panel-close',
      'data-testid': 'presenter-exit',
      'aria-label': t(l, 'briefingExit'),
      title: t(l, 'briefingExit'),
      text: '×',
    });
    prev.addEventListener('click', () => go(index - 1));
    next.addEventListener('click', () => go(index + 1));
    exit.addEventListener('click', stop);
    const progress = h('progress', { max: n, value: index + 1, 'aria-label': t(l, 'briefingProgress') });
    card.append(
      h('div', { class: 'panel-head' }, h('p', { class: 'presenter-briefing small muted', text: current.title }), exit),
      fillDataText(h('h2', { class: 'presenter-title', 'data-testid': 'presenter-title' }), step, 'title', l),
      fillDataText(h('p', { class: 'presenter-text' }), step, 'text', l),
      h(
        'div',
        { class: 'presenter-nav' },
        prev,
        h('span', {
          class: 'presenter-count',
          'data-testid': 'presenter-count',
          title: t(l, 'briefingStepOf')
            .replace('{n}', String(index + 1))
            .replace('{total}', String(n)),
          text: `${index + 1} / ${n}`,
        }),
        next,
      ),
      progress,
    );
    const onExport = options.onExport;
    const b = current;
    if (onExport) {
      const button = (format: 'pptx' | 'pdf', key: 'deckBriefingPptx' | 'deckBriefingPdf'): HTMLButtonElement => {
        const el = h('button', { type: 'button', class: 'small', 'data-testid': `presenter-export-${format}`, text: t(l, key) });
        el.addEventListener('click', () => onExport(b, format));
        return el;
      };
      card.append(h('div', { class: 'presenter-export' }, button('pptx', 'deckBriefingPptx'), button('pdf', 'deckBriefingPdf')));
    }
  };

  const show = (i: number, animate: boolean): void => {
    if (!current) return;
    index = Math.max(0, Math.min(current.steps.length - 1, i));
    applyStep(store, map, current.steps[index] as BriefingStep, animate && !reducedMotion(win));
    const url = `${win.location.pathname}${withStepParams(win.location.search, current.id, index)}${win.location.hash}`;
    win.history.replaceState(null, '', url);
    render();
  };
  const go = (i: number): void => {
    if (current && i >= 0 && i < current.steps.length && i !== index) show(i, true);
  };
  function stop(): void {
    current = null;
    win.history.replaceState(null, '', `${win.location.pathname}${withStepParams(win.location.search, null, 0)}${win.location.hash}`);
    render();
  }
  const start = (b: Briefing, i: number, animate: boolean): void => {
    current = b;
    parent.append(card);
    show(i, animate);
  };

  const onKey = (ev: KeyboardEvent): void => {
    if (!current || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const target = ev.target;
    if (
      target instanceof HTMLElement &&
      (target.isContentEditable || target.closest('input, select, textarea, dialog, .tl-svg, .maplibregl-canvas-container, .article-text'))
    )
      return;
    const d = ev.key === 'ArrowRight' || ev.key === 'PageDown' ? 1 : ev.key === 'ArrowLeft' || ev.key === 'PageUp' ? -1 : 0;
    if (!d) return;
    ev.preventDefault();
    ev.stopPropagation(); // the timeline's own ←/→ must not also move the window
    go(index + d);
  };
  win.addEventListener('keydown', onKey, true);
  // An open card follows the UI language at once.
  watch(
    store,
    (s) => [s.view.lang] as const,
    () => {
      if (current) render();
    },
  );

  const fromUrl = parseStepParams(ctx.search, (id) => briefings.find((b) => b.id === id)?.steps.length ?? null);
  const linked = fromUrl && briefings.find((x) => x.id === fromUrl.id);
  if (fromUrl && linked) start(linked, fromUrl.index, false);
  return {
    count: briefings.length,
    startFirst() {
      const b = briefings[0];
      if (b) start(b, 0, true);
    },
  };
}
