/**
 * The Briefing button, always loaded; the presenter (presenter.ts, with the shipped briefings and
 * their parser) and the article texts they are checked against load on its first click, or at
 * boot when the URL names a briefing step.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { Dataset } from '../model/types';
import { watch, type AppStore } from '../state/appStore';
import { t } from '../i18n/strings';
import { h } from '../ui/dom';
import { reportedLoad, whenLoaded } from '../state/reportedLoad';
import type { PresenterOptions } from './presenter';
import { loadSourceTexts } from '../load/sourceTexts';
import { loadEventTexts } from '../load/loadEventTexts';
import { withShippedTexts } from '../model/eventTexts';

export interface BriefingButtonHandle {
  button: HTMLButtonElement;
  /** Enables the button; resolves once a step named by the boot URL is shown (at once when it names none). */
  attach(map: MlMap, dataset: Dataset, overlayParent: HTMLElement): Promise<void>;
}

/** Whether a query string asks for a briefing step: the presenter's own `briefing` parameter, any value. */
export function namesBriefing(search: string): boolean {
  return Boolean(new URLSearchParams(search).get('briefing'));
}

/** Creates the button; the presenter module is imported once, on first use. */
export function createBriefingButton(store: AppStore, win: Window, options: PresenterOptions = {}): BriefingButtonHandle {
  const button = h('button', { type: 'button', class: 'tool-button', 'data-testid': 'briefing-button', disabled: true });
  const label = (): void => {
    button.textContent = t(store.getState().view.lang, 'briefingButton');
  };
  label();
  watch(store, (s) => [s.view.lang] as const, label);
  return {
    button,
    attach(map, dataset, overlayParent) {
      // Read now: the URL sync may rewrite the query before the module arrives.
      const search = win.location.search;
      // The article texts and the events' summaries load with the module: the briefings are checked against them.
      const load = reportedLoad(
        store,
        'briefing',
        () => Promise.all([import('./presenter'), loadSourceTexts(store), loadEventTexts(store)]),
        ([m, articles, texts]) => {
          const p = m.createPresenter(
            store,
            win,
            { map, dataset: withShippedTexts(dataset, texts), articles, overlayParent, search },
            options,
          );
          button.disabled = p.count === 0;
          return p;
        },
      );
      button.disabled = false;
      button.addEventListener('click', () => whenLoaded(load, (p) => p.startFirst()));
      if (!namesBriefing(search)) return Promise.resolve();
      // Reported by the load: the briefing link's step is then not shown, the default view is.
      return load().then(
        () => undefined,
        () => undefined,
      );
    },
  };
}
