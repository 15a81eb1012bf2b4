/**
 * The deck part of the export dialog: "this view" as a one-slide PPTX or PDF, and the runner the
 * presenter uses for a whole briefing: a progress bar ("Slide 3 of 13"), Cancel, and the download
 * at the end. The renderer and the writers load on first use, so the default view never pays for them.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { AppStore, Lang } from '../state/appStore';
import { t } from '../i18n/strings';
import { h } from '../ui/dom';
import { createJobControls } from '../ui/jobControls';
import { downloadBlob } from './download';
import { DATA_VERSION } from './provenance';
import type { DeckFormat, DeckSource } from './deck/renderDeck';

export interface DeckPanel {
  element: HTMLElement;
  /** Renders `source` and downloads it as `format`; resolves when saved, cancelled or failed. */
  run(source: DeckSource, format: DeckFormat): Promise<void>;
  /** Stops a running export (the dialog closing does this). */
  cancel(): void;
  applyLang(): void;
}

/** The deck section; `view` is the deck of the current view (its title typed in the dialog). */
export function createDeckPanel(store: AppStore, map: () => MlMap | null, view: () => DeckSource): DeckPanel {
  const lang = (): Lang => store.getState().view.lang;
  const heading = h('h3', {});
  const label = h('p', { class: 'small' });
  const pptx = h('button', { type: 'button', 'data-testid': 'deck-view-pptx' });
  const pdf = h('button', { type: 'button', 'data-testid': 'deck-view-pdf' });
  const jc = createJobControls('deck', lang);
  const { progress, status, setStatus } = jc;
  const version = h('p', { class: 'muted small data-version', 'data-testid': 'data-version' });

  const applyLang = (): void => {
    const l = lang();
    heading.textContent = t(l, 'deckHeading');
    label.textContent = t(l, 'deckThisView');
    pptx.textContent = t(l, 'deckPptx');
    pdf.textContent = t(l, 'deckPdf');
    version.textContent = `${t(l, 'provDataVersion')} (SHA-256): ${DATA_VERSION}`;
    jc.applyLang(t(l, 'deckCancel'), t(l, 'deckHeading'));
  };
  applyLang();

  const run = async (source: DeckSource, format: DeckFormat): Promise<void> => {
    const m = map();
    if (!m) return;
    const ctl = jc.start();
    if (!ctl) return;
    pptx.disabled = pdf.disabled = true;
    progress.max = source.steps.length;
    progress.value = 0;
    delete status.dataset['slides'];
    const started = new Date();
    try {
      const [{ renderDeck }, { deckFileName }] = await Promise.all([import('./deck/renderDeck'), import('./deck/deckText')]);
      const slides = await renderDeck(store, m, source, {
        format,
        pageUrl: window.location.href,
        signal: ctl.signal,
        onProgress: (done, total) => {
          progress.value = done;
          const n = String(Math.min(done + 1, total));
          setStatus((l) => t(l, 'deckProgress').replace('{n}', n).replace('{total}', String(total)));
        },
      });
      setStatus((l) => t(l, 'deckWriting'));
      await new Promise((resolve) => setTimeout(resolve, 0));
      const blob =
        format === 'pptx'
          ? await (await import('./deck/toPptx')).deckToPptx(source, slides, lang())
          : await (await import('./deck/toPdf')).deckToPdf(source, slides);
      ctl.signal.throwIfAborted();
      const name = deckFileName(source.title, started, format);
      downloadBlob(name, blob);
      status.dataset['slides'] = String(slides.length);
      setStatus((l) => t(l, 'deckSaved').replace('{file}', name));
    } catch (e) {
      if (ctl.signal.aborted) setStatus((l) => t(l, 'deckCancelled'));
      else {
        const msg = e instanceof Error ? e.message : String(e);
        setStatus((l) => `${t(l, 'deckFailed')}: ${msg}`);
      }
    } finally {
      jc.finish();
      pptx.disabled = pdf.disabled = false;
    }
  };
  pptx.addEventListener('click', () => void run(view(), 'pptx'));
  pdf.addEventListener('click', () => void run(view(), 'pdf'));

  const element = h(
    'section',
    { class: 'export-deck', 'data-testid': 'deck-panel' },
    heading,
    label,
    h('div', { class: 'panel-actions' }, pptx, pdf),
    h('div', { class: 'panel-actions' }, progress, jc.cancelButton),
    status,
    version,
  );
  return { element, run, cancel: jc.cancel, applyLang };
}
