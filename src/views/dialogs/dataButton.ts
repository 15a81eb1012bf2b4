/**
 * The data dialog's topbar button and page-wide drop target, always loaded; the dialog itself
 * (import, report, export: importDialog.ts and the interchange code) loads on first need — a click,
 * a dropped file, or a `?data=` URL.
 */
import type { AppStore } from '../../state/appStore';
import { watch } from '../../state/appStore';
import { t } from '../../i18n/strings';
import { h } from '../../ui/dom';
import { withExactGeo } from '../../load/exactGeo';
import { loadEventTexts } from '../../load/loadEventTexts';
import { listenForDrops } from './drops';
import type { DataDialog, DataDialogOptions } from './importDialog';

export interface DataButton {
  button: HTMLButtonElement;
  /** Imports the `?data=` file, if any (loading the dialog only then); call once the map is up. */
  loadFromUrl(): Promise<void>;
  destroy(): void;
}

export function mountDataButton(store: AppStore, win: Window, opts: DataDialogOptions = {}): DataButton {
  const importing = opts.importing ?? true;
  const button = h('button', { class: 'data-button', 'data-testid': 'data-button', 'aria-haspopup': 'dialog' });
  // The dialog element exists from the start (empty and closed); its content loads with the module.
  const dialog = h('dialog', {
    class: 'data-dialog',
    role: 'dialog',
    'aria-labelledby': 'data-dialog-title',
    'data-testid': 'data-dialog',
  });
  const overlay = h('div', { class: 'drop-overlay', hidden: true, 'aria-hidden': 'true' });
  win.document.body.append(dialog, overlay);
  let loaded: Promise<DataDialog> | null = null;
  // Imports and the export's measures are taken against the exact geography, and the export writes
  // the events' texts (summaries, notes, translated titles): both load with the dialog.
  const full = (): Promise<DataDialog> =>
    (loaded ??= Promise.all([import('./importDialog'), withExactGeo(store), loadEventTexts(store)])
      .then(([m]) => m.mountDataDialog(store, win, { button, dialog }, opts))
      .catch((e: unknown) => {
        // Forgotten, so the next click or drop tries again (a fetch may have failed).
        loaded = null;
        throw e;
      }));
  const withDialog = (use: (d: DataDialog) => void): void =>
    void full().then(use, (e: unknown) => console.error('Frontier Map: the data dialog failed to load', e));
  const label = (): void => {
    button.textContent = t(store.getState().view.lang, 'dataButton');
  };
  label();
  const unlang = watch(store, (s) => [s.view.lang] as const, label);
  button.addEventListener('click', () => withDialog((d) => d.open()));
  const undrop = listenForDrops(
    win,
    overlay,
    importing,
    () => t(store.getState().view.lang, 'dropHere'),
    (f) => withDialog((d) => d.importFile(f)),
  );
  return {
    button,
    loadFromUrl: async () => {
      if (!new URLSearchParams(win.location.search).has('data')) return;
      await (await full()).loadFromUrl();
    },
    destroy: () => {
      unlang();
      undrop();
      overlay.remove();
      if (loaded) void loaded.then((d) => d.destroy());
      else dialog.remove();
    },
  };
}
