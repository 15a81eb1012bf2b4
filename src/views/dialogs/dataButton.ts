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
import { reportedLoad, whenLoaded } from '../../state/reportedLoad';
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
  // Imports and the export's measures are taken against the exact geography, and the export writes
  // the events' texts (summaries, notes, translated titles): both load with the dialog. A failed load
  // is named to the user and forgotten, so the next click or drop tries again.
  let mounted: DataDialog | null = null;
  let destroyed = false;
  const full = reportedLoad(
    store,
    'dataDialog',
    () => Promise.all([import('./importDialog'), withExactGeo(store), loadEventTexts(store)]),
    ([m]) => {
      const d = (mounted = m.mountDataDialog(store, win, { button, dialog }, opts));
      if (destroyed) d.destroy();
      return d;
    },
  );
  // A use queued while the module loads is dropped if the button is removed meanwhile.
  const withDialog = (use: (d: DataDialog) => void): void => whenLoaded(full, (d) => destroyed || use(d));
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
      // A dialog that did not arrive is already named to the user (and logged): not an error of the import.
      const d = await full().catch(() => null);
      if (d && !destroyed) await d.loadFromUrl();
    },
    destroy: () => {
      unlang();
      undrop();
      overlay.remove();
      destroyed = true;
      if (mounted) mounted.destroy();
      else dialog.remove();
    },
  };
}
