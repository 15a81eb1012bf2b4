/** Export dialog: choose a size and a title, then download the slide-ready PNG. */
import type { Map as MlMap } from 'maplibre-gl';
import type { AppStore } from '../store/appStore';
import { t } from '../i18n/strings';
import { h } from '../ui/dom';
import { EXPORT_SIZE_LABELS, EXPORT_SIZES, type ExportSizeId } from './exportLayout';
import { exportImage, toPngBlob } from './exportImage';

/** Default title: the selected event's title, else the app's title. */
function defaultTitle(store: AppStore): string {
  const s = store.getState();
  const sel = s.selection.selectedId ? s.data.dataset?.events.find((e) => e.id === s.selection.selectedId) : undefined;
  if (sel) return s.view.lang === 'ru' && sel.title_ru ? sel.title_ru : sel.title;
  return t(s.view.lang, 'appTitle');
}

/** Creates the dialog and its opening button; the map is supplied once it exists. */
export function createExportDialog(store: AppStore): { button: HTMLButtonElement; attach(map: MlMap): void } {
  let map: MlMap | null = null;
  const button = h('button', { type: 'button', class: 'tool-button', 'data-testid': 'png-export-button', text: 'Export image' });
  const dialog = h('dialog', { class: 'tool-dialog', 'data-testid': 'png-export-dialog', 'aria-labelledby': 'png-export-heading' });
  const title = h('input', { type: 'text', class: 'share-field', 'data-testid': 'png-export-title' });
  const radios = EXPORT_SIZES.map((id, i) => {
    const r = h('input', { type: 'radio', name: 'png-export-size', value: id, 'data-testid': `png-export-size-${id}` });
    r.checked = i === 2;
    return r;
  });
  const go = h('button', { type: 'button', 'data-testid': 'png-export-go', text: 'Download PNG' });
  const status = h('p', { class: 'small', role: 'status', 'data-testid': 'png-export-status' });
  const close = h('button', { type: 'button', class: 'panel-close', 'aria-label': 'Close', text: '×' });
  close.addEventListener('click', () => dialog.close());

  go.addEventListener('click', async () => {
    if (!map || go.disabled) return;
    const size = (radios.find((r) => r.checked)?.value ?? 'slide') as ExportSizeId;
    go.disabled = true;
    status.textContent = 'Rendering…';
    try {
      const res = await exportImage(store, map, { size, title: title.value.trim() || defaultTitle(store) });
      const blob = await toPngBlob(res.canvas);
      const url = URL.createObjectURL(blob);
      const a = h('a', { href: url, download: `frontier-map-${size}-${res.width}x${res.height}.png` });
      document.body.append(a);
      a.click();
      a.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
      status.textContent = `Saved ${res.width} × ${res.height} PNG`;
      status.dataset['width'] = String(res.width);
      status.dataset['height'] = String(res.height);
    } catch (e) {
      status.textContent = `Export failed: ${e instanceof Error ? e.message : String(e)}`;
    } finally {
      go.disabled = false;
    }
  });
  button.addEventListener('click', () => {
    title.value = defaultTitle(store);
    status.textContent = '';
    dialog.showModal();
  });

  dialog.append(
    h('div', { class: 'panel-head' }, h('h2', { id: 'png-export-heading', text: 'Export image' }), close),
    h('label', { class: 'share-row' }, 'Title', title),
    h('fieldset', { class: 'share-controls' }, h('legend', { text: 'Size' }), ...radios.map((r) => h('label', { class: 'toggle' }, r, ` ${EXPORT_SIZE_LABELS[r.value as ExportSizeId]}`))),
    h('p', { class: 'muted small', text: 'The image shows the current view with its time window, legend, scale bar, sources and attribution.' }),
    h('div', { class: 'panel-actions' }, go),
    status,
  );
  document.body.append(dialog);
  return { button, attach: (m) => (map = m) };
}
