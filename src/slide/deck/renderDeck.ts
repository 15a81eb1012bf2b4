/**
 * Renders the slides of a deck: for each briefing step (or the current view alone) it puts the
 * step's window, filters, selection and layers on the store (the camera on screen does not move), renders
 * the slide at the step's camera in one hidden map kept for the whole deck at 1920 × 1080, and
 * encodes what the chosen format needs, yielding between slides so the page keeps responding.
 * The store's view is put back afterwards, also when cancelled.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { AppState, AppStore } from '../../state/appStore';
import type { BriefingStep } from '../../briefing/briefing';
import { applyStepState } from '../../briefing/applyStep';
import { dataText } from '../../i18n/dataText';
import { cropCanvas, renderSlide, toPngBlob, type ExportResult } from '../exportImage';
import { slideLayout } from '../exportLayout';
import { encodeCanvas } from '../encodeImage';
import { createOffscreenMap } from '../offscreenMap';
import { viewPermalink } from '../provenance';
import { yieldToMain } from '../../ui/slices';
import { speakerNotes } from './deckText';

export type DeckFormat = 'pptx' | 'pdf';

/** What a deck shows: a briefing's steps, or the current view (no step). */
export interface DeckSource {
  title: string;
  briefingId: string | null;
  steps: Array<BriefingStep | null>;
}

/** One rendered slide: its texts and layout, and the image its format embeds. */
export interface DeckSlide {
  slide: Omit<ExportResult, 'canvas'>;
  /** pptx: the map area as a stamped PNG (texts are separate text boxes); pdf: the whole slide as JPEG. */
  image: { bytes: Uint8Array };
  notes: string;
}

export interface DeckOptions {
  format: DeckFormat;
  /** The page's address, for the permalinks. */
  pageUrl: string;
  signal: AbortSignal;
  onProgress(done: number, total: number): void;
}

/** The slide size of every deck: 13.33 × 7.5 in at 144 px per inch. */
export const DECK_SIZE = { width: 1920, height: 1080 } as const;
/** Lines of body text the title band keeps for a step's text. */
const STEP_TEXT_LINES = 4;

async function encode(res: ExportResult, format: DeckFormat): Promise<DeckSlide['image']> {
  const blob =
    format === 'pptx'
      ? await toPngBlob(cropCanvas(res.canvas, res.layout.map), res.provenance)
      : await encodeCanvas(res.canvas, 'image/jpeg', 0.92);
  return { bytes: new Uint8Array(await blob.arrayBuffer()) };
}

/** The state with the step's camera, for its permalink. */
function withCamera(s: AppState, step: BriefingStep): AppState {
  return { ...s, view: { ...s.view, camera: { ...step.camera, center: [step.camera.center[0], step.camera.center[1]] } } };
}

/** Renders every slide of `source`; throws an `AbortError` when `signal` is aborted. */
export async function renderDeck(store: AppStore, map: MlMap, source: DeckSource, o: DeckOptions): Promise<DeckSlide[]> {
  const s0 = store.getState();
  const saved = { window: { ...s0.time.window }, filters: s0.filters, selectedId: s0.selection.selectedId, layers: { ...s0.view.layers } };
  const panelOpen = s0.selection.panelOpen;
  // Every slide has the same map area (the title band is as tall for all), so one hidden map serves them all.
  const L = slideLayout(DECK_SIZE, source.steps.some((st) => st?.text) ? STEP_TEXT_LINES : 0);
  const offscreen = createOffscreenMap(L.map, Math.max(1, L.scale));
  const exportedAt = new Date();
  const total = source.steps.length;
  const out: DeckSlide[] = [];
  try {
    for (const [i, step] of source.steps.entries()) {
      o.signal.throwIfAborted();
      o.onProgress(i, total);
      const lang = store.getState().view.lang;
      if (step) applyStepState(store, step);
      // The live map and the panels follow the step in this task; the slide renders in the next.
      await yieldToMain();
      const where = step && source.briefingId ? { briefing: source.briefingId, index: i } : undefined;
      const title = step ? dataText(step, 'title', lang).text : source.title;
      const text = step ? dataText(step, 'text', lang).text : undefined;
      const res = await renderSlide(store, map, {
        size: DECK_SIZE,
        title,
        ...(text ? { text, textLines: STEP_TEXT_LINES } : {}),
        // The step's camera goes in the permalink and in the picture; the map on screen stays where it is.
        permalink: viewPermalink(o.pageUrl, step ? withCamera(store.getState(), step) : store.getState(), where),
        exportedAt,
        ...(step ? { camera: step.camera } : {}),
        offscreen,
        notes: true,
      });
      o.signal.throwIfAborted();
      const image = await encode(res, o.format);
      // Keep the texts, not the canvas: a 13-step deck would hold 100 MB of pixels.
      const slide = {
        width: res.width,
        height: res.height,
        layout: res.layout,
        text: res.text,
        provenance: res.provenance,
        citations: res.citations,
      };
      out.push({ slide, image, notes: speakerNotes(slide, text ?? null, lang) });
      await yieldToMain();
    }
    o.onProgress(total, total);
    return out;
  } finally {
    offscreen.remove();
    applyStepState(store, saved);
    if (saved.selectedId && panelOpen) store.getState().select(saved.selectedId, true);
  }
}
