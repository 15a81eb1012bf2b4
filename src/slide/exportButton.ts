/**
 * The Export button, always loaded; the Export dialog (exportDialog.ts) loads on its first click or
 * on the presenter's first deck export, so the default view never downloads it.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { watch, type AppStore } from '../state/appStore';
import { t } from '../i18n/strings';
import { h } from '../ui/dom';
import { reportedLoad, whenLoaded } from '../state/reportedLoad';
import type { Briefing } from '../briefing/briefing';
import type { DeckFormat } from './deck/renderDeck';
import type { ExportDialog } from './exportDialog';

export interface ExportHandle {
  button: HTMLButtonElement;
  /** Supplies the map once it exists (before or after the dialog has loaded). */
  attach(map: MlMap): void;
  /** Loads the dialog if needed, opens it and exports every step of `briefing` as a deck. */
  exportBriefing(briefing: Briefing, format: DeckFormat): void;
}

/** Creates the button; the dialog module is imported once, on first use, and reads the attached map. */
export function createExportButton(store: AppStore): ExportHandle {
  let map: MlMap | null = null;
  const button = h('button', { type: 'button', class: 'tool-button', 'data-testid': 'png-export-button' });
  const label = (): void => {
    button.textContent = t(store.getState().view.lang, 'exportImage');
  };
  label();
  watch(store, (s) => [s.view.lang] as const, label);
  const load = reportedLoad(
    store,
    'exportDialog',
    () => import('./exportDialog'),
    (m): ExportDialog => m.createExportDialog(store, () => map),
  );
  button.addEventListener('click', () => whenLoaded(load, (d) => d.open()));
  return {
    button,
    attach: (m) => void (map = m),
    exportBriefing: (briefing, format) => whenLoaded(load, (d) => d.exportBriefing(briefing, format)),
  };
}
