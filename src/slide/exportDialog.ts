/** Export dialog: choose a size and a title, then download the slide-ready PNG. Loaded on first use by exportButton.ts. */
import type { Map as MlMap } from 'maplibre-gl';
import { watch, type AppStore, type Lang } from '../state/appStore';
import { t, type StringKey } from '../i18n/strings';
import { dataText } from '../i18n/dataText';
import { h } from '../ui/dom';
import { reportedLoad } from '../state/reportedLoad';
import { partFailedText } from '../i18n/partFailed';
import { EXPORT_SIZES, type ExportSizeId } from './exportLayout';
import type { DeckPanel } from './deckPanel';
import type { VideoPanel } from './videoPanel';
import { downloadBlob } from './download';
import type { Briefing } from '../briefing/briefing';
import type { DeckFormat } from './deck/renderDeck';

const SIZE_LABELS: Record<ExportSizeId, StringKey> = {
  screen: 'exportSizeScreen',
  '2x': 'exportSize2x',
  slide: 'exportSizeSlide',
  a4: 'exportSizeA4',
};

/** Default title: the selected event's title, else the app's title. */
function defaultTitle(store: AppStore): string {
  const s = store.getState();
  const sel = s.selection.selectedId ? s.data.dataset?.events.find((e) => e.id === s.selection.selectedId) : undefined;
  if (sel) return dataText(sel, 'title', s.view.lang).text;
  return t(s.view.lang, 'appTitle');
}

export interface ExportDialog {
  /** Opens the dialog for a PNG (the top bar's button). */
  open(): void;
  /** Opens the dialog and exports every step of `briefing` as a deck (the presenter's buttons). */
  exportBriefing(briefing: Briefing, format: DeckFormat): void;
}

/** Creates the dialog; `getMap` gives the map once it exists. Its texts follow `view.lang`. */
export function createExportDialog(store: AppStore, getMap: () => MlMap | null): ExportDialog {
  const lang = (): Lang => store.getState().view.lang;
  const dialog = h('dialog', { class: 'tool-dialog', 'data-testid': 'png-export-dialog', 'aria-labelledby': 'png-export-heading' });
  const title = h('input', { type: 'text', class: 'share-field', 'data-testid': 'png-export-title' });
  const radios = EXPORT_SIZES.map((id, i) => {
    const r = h('input', { type: 'radio', name: 'png-export-size', value: id, 'data-testid': `png-export-size-${id}` });
    r.checked = i === 2;
    return r;
  });
  const radioLabels = radios.map(() => document.createTextNode(''));
  const go = h('button', { type: 'button', 'data-testid': 'png-export-go' });
  const status = h('p', { class: 'small', role: 'status', 'data-testid': 'png-export-status' });
  const close = h('button', { type: 'button', class: 'panel-close', text: '×' });
  const heading = h('h2', { id: 'png-export-heading' });
  const titleLabel = document.createTextNode('');
  const sizeLegend = h('legend');
  const hint = h('p', { class: 'muted small' });
  /** The status on show as a function of the language, so a language switch re-words it. */
  let statusText: ((l: Lang) => string) | null = null;
  const setStatus = (f: ((l: Lang) => string) | null): void => {
    statusText = f;
    status.textContent = f ? f(lang()) : '';
  };
  // The deck and video sections load when the dialog first opens: the default view never needs them.
  let extras: { deck: DeckPanel; video: VideoPanel } | null = null;
  // A failed load is named to the user (it is part of this dialog) and retried on the next open.
  const loadExtras = reportedLoad(
    store,
    'exportExtras',
    () => Promise.all([import('./deckPanel'), import('./videoPanel')]),
    ([d, v]): { deck: DeckPanel; video: VideoPanel } => {
      const deck = d.createDeckPanel(store, getMap, () => ({
        title: title.value.trim() || defaultTitle(store),
        briefingId: null,
        steps: [null],
      }));
      const video = v.createVideoPanel(store, getMap);
      dialog.append(deck.element, video.element);
      extras = { deck, video };
      return extras;
    },
  );
  // The page's load notice sits under this modal dialog: a part that did not arrive is said here too.
  const withExtras = (use: (x: { deck: DeckPanel; video: VideoPanel }) => void): void =>
    void loadExtras().then(use, () => {
      if (store.getState().data.failedPart === 'exportExtras') setStatus((l) => partFailedText(l, 'exportExtras'));
    });
  close.addEventListener('click', () => dialog.close());
  // Closing the dialog stops a deck or a recording in progress.
  dialog.addEventListener('close', () => {
    extras?.deck.cancel();
    extras?.video.cancel();
  });

  const applyLang = (): void => {
    const l = lang();
    heading.textContent = t(l, 'exportImage');
    close.setAttribute('aria-label', t(l, 'closeDialog'));
    titleLabel.data = t(l, 'exportImageTitle');
    sizeLegend.textContent = t(l, 'exportImageSize');
    radios.forEach((r, i) => ((radioLabels[i] as Text).data = ` ${t(l, SIZE_LABELS[r.value as ExportSizeId])}`));
    hint.textContent = t(l, 'exportImageHint');
    go.textContent = t(l, 'exportImageGo');
    extras?.deck.applyLang();
    extras?.video.applyLang();
    setStatus(statusText);
  };
  applyLang();
  watch(store, (s) => [s.view.lang] as const, applyLang);

  go.addEventListener('click', async () => {
    const map = getMap();
    if (!map || go.disabled) return;
    const size = (radios.find((r) => r.checked)?.value ?? 'slide') as ExportSizeId;
    go.disabled = true;
    setStatus((l) => t(l, 'exportImageRendering'));
    try {
      // The PNG composer loads on first export: the default view never needs it.
      const { exportImage, toPngBlob } = await import('./exportImage');
      const res = await exportImage(store, map, { size, title: title.value.trim() || defaultTitle(store) });
      downloadBlob(`frontier-map-${size}-${res.width}x${res.height}.png`, await toPngBlob(res.canvas, res.provenance));
      setStatus((l) => t(l, 'exportImageSaved').replace('{size}', `${res.width} × ${res.height}`));
      status.dataset['width'] = String(res.width);
      status.dataset['height'] = String(res.height);
      // What the image says, for tests and assistive checks (the PNG itself is pixels).
      status.dataset['subtitle'] = res.text.subtitle;
      status.dataset['filters'] = res.text.filters;
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      setStatus((l) => `${t(l, 'exportImageFailed')}: ${msg}`);
    } finally {
      go.disabled = false;
    }
  });

  dialog.append(
    h('div', { class: 'panel-head' }, heading, close),
    h('label', { class: 'share-row' }, titleLabel, title),
    h(
      'fieldset',
      { class: 'share-controls' },
      sizeLegend,
      ...radios.map((r, i) => h('label', { class: 'toggle' }, r, radioLabels[i] as Text)),
    ),
    hint,
    h('div', { class: 'panel-actions' }, go),
    status,
  );
  document.body.append(dialog);
  return {
    open() {
      title.value = defaultTitle(store);
      setStatus(null);
      if (!dialog.open) dialog.showModal();
      withExtras(() => undefined);
    },
    exportBriefing(briefing, format) {
      title.value = briefing.title;
      setStatus(null);
      if (!dialog.open) dialog.showModal();
      withExtras(({ deck }) => deck.run({ title: briefing.title, briefingId: briefing.id, steps: briefing.steps }, format));
    },
  };
}
