/**
 * PNG export: renders the current view into an off-screen map sized for the chosen output (so a
 * 3508 × 2480 A4 page is drawn at full resolution, not scaled up), then composes it with the title,
 * time window, legend, scale bar, sources and attribution drawn in 2D. Nothing leaves the page.
 */
import type * as maplibregl from 'maplibre-gl';
import type { Dataset, GeoBundle } from '../model/types';
import type { AppStore } from '../state/appStore';
import { t } from '../i18n/strings';
import { allTexts, markedText } from '../i18n/dataText';
import { attributionLines } from '../map/attribution';
import { loadReports } from '../load/reports';
import { briefingTheme } from '../style/theme';
import { baseLegend } from '../style/baseLegend';
import { OVERLAYS, overlayLegend } from '../overlays/registry';
import { overlaps } from '../calendar/window';
import { drawFooter, drawLegend, drawScaleBar, drawStamp, drawTitle, type SlideText } from './exportDraw';
import {
  exportPixelSize,
  exportZoom,
  metresPerPixel,
  scaleBar,
  slideLayout,
  type ExportSizeId,
  type Rect,
  type Size,
  type SlideLayout,
} from './exportLayout';
import {
  captionLines,
  DATA_VERSION,
  filtersCaption,
  pngTextEntries,
  provenanceLines,
  provenanceStamp,
  viewPermalink,
  viewSummary,
  type Provenance,
} from './provenance';
import { citationLine, viewCitations, type ViewCitation } from './citations';
import { withTextChunks } from './pngText';
import { encodeCanvas } from './encodeImage';
import { createOffscreenMap, type OffscreenMap, type ViewCamera } from './offscreenMap';
import { filtersOn, shownEvents } from '../state/selectors';
import { filterSummaries } from '../filters/apply';

export interface ExportRequest {
  size: ExportSizeId;
  title: string;
}

/** One slide of the store's current view (the live map's camera), with its provenance. */
export interface SlideRequest {
  size: ExportSizeId | Size;
  title: string;
  /** A briefing step's text, drawn under the caption. */
  text?: string;
  /** Lines of body text the title band makes room for (0: none). */
  textLines?: number;
  permalink: string;
  exportedAt: Date;
  /** The camera to draw (as on this screen); default: the live map's. */
  camera?: ViewCamera;
  /** A deck slide: citations that do not fit point to the speaker notes. */
  notes?: boolean;
  /** A hidden map to draw with, kept across the slides of a deck; default: one made and removed for this slide. */
  offscreen?: OffscreenMap;
}

export interface ExportResult {
  canvas: HTMLCanvasElement;
  width: number;
  height: number;
  layout: SlideLayout;
  text: SlideText;
  provenance: Provenance;
  /** Every citation of the events shown (the slide lists as many as fit). */
  citations: ViewCitation[];
}

/** The texts of the slide, all taken from the state and the data (nothing typed in). */
export function slideText(
  store: AppStore,
  req: Pick<SlideRequest, 'title' | 'text' | 'notes'>,
  dataset: Dataset,
  geo: GeoBundle,
  scale: { mPerPx: number; maxBarPx: number },
  provenance: Provenance,
  citations: readonly ViewCitation[],
): SlideText {
  const s = store.getState();
  const lang = s.view.lang;
  const sel = s.selection.selectedId ? dataset.events.find((e) => e.id === s.selection.selectedId) : undefined;
  const subtitle =
    provenance.caption.join(' · ') + (sel && !allTexts(sel, 'title').includes(req.title) ? ` · ${markedText(sel, 'title', lang)}` : '');
  // The base style's entries, then those of the overlays shown now.
  const legend = [...baseLegend(briefingTheme, lang, geo), ...overlayLegend(OVERLAYS, briefingTheme, lang, s, true)].map((e) => ({
    symbol: e.symbol,
    label: e.detail ? `${e.slideLabel ?? e.label}: ${e.detail.text}` : (e.slideLabel ?? e.label),
  }));
  return {
    labels: {
      legend: t(lang, 'legend'),
      sources: t(lang, 'sources'),
      mapData: t(lang, 'slideMapData'),
      more: t(lang, req.notes ? 'deckMore' : 'exportMore'),
    },
    title: req.title,
    subtitle,
    ...(req.text ? { text: req.text } : {}),
    legend,
    // No event in the window cites anything: name the bundled articles, as before.
    sources: citations.length ? citations.map((c) => citationLine(c, false)) : dataset.sources.map((src) => src.title),
    attribution: provenance.credits,
    provenance: provenanceLines(provenance, lang),
    stamp: provenanceStamp(provenance),
    scale: scaleBar(scale.mPerPx, scale.maxBarPx, { km: t(lang, 'unitKm'), m: t(lang, 'unitM') }),
    filters: filtersOn(s) ? filtersCaption(filterSummaries(s.filters, lang), lang) : '',
  };
}

/** Renders the store's current view (the live map's camera) as a slide of the requested size. */
export async function renderSlide(store: AppStore, map: maplibregl.Map, req: SlideRequest): Promise<ExportResult> {
  // The citations need the reports in full: fetched (once per page) before anything is drawn. The
  // lines are the live map's (the hidden map copies its style): light below z8, where they are off by
  // under half a CSS pixel on screen (about a device pixel at 300 dpi); swapping in the exact ones
  // here held the page for ~0.5 s.
  const reports = await loadReports(store);
  const s = store.getState();
  const { dataset, geo } = s.data;
  if (!dataset || !geo) throw new Error('export: data not loaded');
  const screen = { width: map.getContainer().clientWidth, height: map.getContainer().clientHeight };
  const size = typeof req.size === 'string' ? exportPixelSize(req.size, screen) : req.size;
  const L = slideLayout(size, req.textLines ?? 0);
  // Never below 1: a small export keeps map labels legible instead of shrinking them.
  const pr = Math.max(1, L.scale);
  const c = map.getCenter();
  const cam = req.camera ?? { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
  const zoom = exportZoom(cam.zoom, screen, L.map, pr);
  const offscreen = req.offscreen ?? createOffscreenMap(L.map, pr);
  const done = (): void => {
    if (!req.offscreen) offscreen.remove();
  };
  let mapCanvas: HTMLCanvasElement;
  try {
    mapCanvas = await offscreen.render(map, { ...cam, zoom });
  } catch (e) {
    done();
    throw e;
  }
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('export: 2D canvas unavailable');
  try {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, size.width, size.height);
    ctx.drawImage(mapCanvas, L.map.x, L.map.y, L.map.width, L.map.height);
  } finally {
    done();
  }
  ctx.strokeStyle = '#9aa0a8';
  ctx.lineWidth = Math.max(1, L.scale);
  ctx.strokeRect(L.map.x, L.map.y, L.map.width, L.map.height);
  // The events shown: in the window and passing the filters.
  const citations = viewCitations(
    shownEvents(s).filter((e) => overlaps(e, s.time.window)),
    { sources: dataset.sources, reports },
  );
  const provenance: Provenance = {
    title: req.title,
    permalink: req.permalink,
    dataVersion: DATA_VERSION,
    exportedAt: req.exportedAt,
    credits: attributionLines(geo, dataset, s.view.lang),
    caption: captionLines(viewSummary(s)),
  };
  // Device pixels → metres: one CSS pixel of the export map is `pr` image pixels.
  const mPerPx = metresPerPixel(cam.center[1], zoom) / pr;
  const text = slideText(store, req, dataset, geo, { mPerPx, maxBarPx: Math.min(L.map.width * 0.3, 260 * L.scale) }, provenance, citations);
  drawTitle(ctx, L, text);
  drawLegend(ctx, L, text);
  drawScaleBar(ctx, L, text);
  drawStamp(ctx, L, text);
  drawFooter(ctx, L, text);
  return { canvas, width: size.width, height: size.height, layout: L, text, provenance, citations };
}

/** Produces the export canvas of the current view at the requested pixel size; its permalink is the page's view. */
export function exportImage(store: AppStore, map: maplibregl.Map, req: ExportRequest): Promise<ExportResult> {
  const permalink = viewPermalink(window.location.href, store.getState());
  return renderSlide(store, map, { ...req, permalink, exportedAt: new Date() });
}

/** A copy of `rect` of `canvas` (the map area of a slide, for a deck whose texts are separate). */
export function cropCanvas(canvas: HTMLCanvasElement, rect: Rect): HTMLCanvasElement {
  const out = document.createElement('canvas');
  out.width = Math.round(rect.width);
  out.height = Math.round(rect.height);
  out.getContext('2d')?.drawImage(canvas, rect.x, rect.y, rect.width, rect.height, 0, 0, out.width, out.height);
  return out;
}

/** Encodes a canvas as a PNG blob; with `provenance`, stamped with its text chunks (permalink, data hash, time, credits). */
export async function toPngBlob(canvas: HTMLCanvasElement, provenance?: Provenance): Promise<Blob> {
  const plain = await encodeCanvas(canvas, 'image/png');
  if (!provenance) return plain;
  const bytes = withTextChunks(new Uint8Array(await plain.arrayBuffer()), pngTextEntries(provenance));
  return new Blob([bytes], { type: 'image/png' });
}
