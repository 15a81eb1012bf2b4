/**
 * PNG export: renders the current view into an off-screen map sized for the chosen output (so a
 * 3508 × 2480 A4 page is drawn at full resolution, not scaled up), then composes it with the title,
 * time window, legend, scale bar, sources and attribution drawn in 2D. Nothing leaves the page.
 */
import * as maplibregl from 'maplibre-gl';
import type { Dataset, GeoBundle } from '../model/types';
import type { AppStore } from '../state/appStore';
import { t } from '../i18n/strings';
import { allTexts, markedText } from '../i18n/dataText';
import { addMapImage } from '../style/icons';
import { attributionLines } from '../map/attribution';
import { briefingTheme } from '../style/theme';
import { baseLegend } from '../style/baseLegend';
import { OVERLAYS, overlayImages, overlayLegend } from '../overlays/registry';
import { readoutText } from '../calendar/windowText';
import { overlaps } from '../calendar/window';
import { eventCountInWindow, eventTotalInWindow, filtersOn, shownEvents } from '../state/selectors';
import { filterSummaries } from '../filters/apply';
import { drawFooter, drawLegend, drawScaleBar, drawTitle, type SlideText } from './exportDraw';
import { exportPixelSize, exportZoom, metresPerPixel, scaleBar, slideLayout, type ExportSizeId, type Size } from './exportLayout';

export interface ExportRequest {
  size: ExportSizeId;
  title: string;
}

export interface ExportResult {
  canvas: HTMLCanvasElement;
  width: number;
  height: number;
  /** The texts drawn (title, subtitle, filters…), for the dialog and tests. */
  text: SlideText;
}

/** Renders `style` at `area` device pixels into a hidden map and resolves with its canvas, once idle. */
function renderOffscreen(
  src: maplibregl.Map,
  area: Size,
  pixelRatio: number,
  zoom: number,
): Promise<{ canvas: HTMLCanvasElement; done: () => void }> {
  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.style.cssText = `position:fixed;left:-100000px;top:0;width:${area.width / pixelRatio}px;height:${area.height / pixelRatio}px;`;
  document.body.append(box);
  const c = src.getCenter();
  const map = new maplibregl.Map({
    container: box,
    style: src.getStyle(),
    center: c,
    zoom,
    bearing: src.getBearing(),
    pitch: src.getPitch(),
    pixelRatio,
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: true },
    maxCanvasSize: [8192, 8192],
  });
  // The copied style names the overlays' icons and patterns; the copy needs its own.
  let iconsAdded = false;
  const addIcons = (): void => {
    if (iconsAdded) return;
    iconsAdded = true;
    for (const image of overlayImages(OVERLAYS, briefingTheme)) addMapImage(map, image);
  };
  map.on('styleimagemissing', addIcons);
  const done = (): void => {
    map.remove();
    box.remove();
  };
  return new Promise((resolve, reject) => {
    const timeout = window.setTimeout(() => {
      done();
      reject(new Error('export: the map did not finish rendering'));
    }, 60_000);
    map.once('load', () => {
      addIcons();
      map.once('idle', () => {
        window.clearTimeout(timeout);
        resolve({ canvas: map.getCanvas(), done });
      });
    });
  });
}

/** The texts of the slide, all taken from the state and the data (nothing typed in). */
export function slideText(store: AppStore, title: string, dataset: Dataset, geo: GeoBundle, mPerPx: number, maxBarPx: number): SlideText {
  const s = store.getState();
  const lang = s.view.lang;
  // The events shown: in the window and passing the filters (the count includes a bulk import's).
  const inWin = shownEvents({ data: { ...s.data, dataset }, filters: s.filters }).filter((e) => overlaps(e, s.time.window));
  const sel = s.selection.selectedId ? dataset.events.find((e) => e.id === s.selection.selectedId) : undefined;
  const cited = new Set(inWin.flatMap((e) => e.sources.map((r) => r.sourceId)));
  const sources = dataset.sources.filter((src) => cited.has(src.id)).map((src) => src.title);
  const on = filtersOn(s);
  const n = eventCountInWindow(s);
  const subtitle =
    readoutText(s.time.window, n, lang, on ? eventTotalInWindow(s) : null) +
    (sel && !allTexts(sel, 'title').includes(title) ? ` · ${markedText(sel, 'title', lang)}` : '');
  // The base style's entries, then those of the overlays shown now.
  const legend = [...baseLegend(briefingTheme, lang, geo), ...overlayLegend(OVERLAYS, briefingTheme, lang, s, true)].map((e) => ({
    symbol: e.symbol,
    label: e.detail ? `${e.slideLabel ?? e.label}: ${e.detail.text}` : (e.slideLabel ?? e.label),
  }));
  return {
    labels: { legend: t(lang, 'legend'), sources: t(lang, 'sources'), mapData: t(lang, 'slideMapData') },
    title,
    subtitle,
    legend,
    sources: sources.length ? sources : dataset.sources.map((src) => src.title),
    attribution: attributionLines(geo, dataset),
    scale: scaleBar(mPerPx, maxBarPx, { km: t(lang, 'unitKm'), m: t(lang, 'unitM') }),
    filters: on ? `${t(lang, 'filtersActive')}: ${filterSummaries(s.filters, lang).join(' · ')}` : '',
  };
}

/** Produces the export canvas at the requested pixel size. */
export async function exportImage(store: AppStore, map: maplibregl.Map, req: ExportRequest): Promise<ExportResult> {
  const s = store.getState();
  const { dataset, geo } = s.data;
  if (!dataset || !geo) throw new Error('export: data not loaded');
  const screen = { width: map.getContainer().clientWidth, height: map.getContainer().clientHeight };
  const size = exportPixelSize(req.size, screen);
  const L = slideLayout(size);
  // Never below 1: a small export keeps map labels legible instead of shrinking them.
  const pr = Math.max(1, L.scale);
  const zoom = exportZoom(map.getZoom(), screen, L.map, pr);
  const { canvas: mapCanvas, done } = await renderOffscreen(map, L.map, pr, zoom);
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
  // Device pixels → metres: one CSS pixel of the export map is `pr` image pixels.
  const mPerImagePx = metresPerPixel(map.getCenter().lat, zoom) / pr;
  const text = slideText(store, req.title, dataset, geo, mPerImagePx, Math.min(L.map.width * 0.3, 260 * L.scale));
  drawTitle(ctx, L, text);
  drawLegend(ctx, L, text);
  drawScaleBar(ctx, L, text);
  drawFooter(ctx, L, text);
  return { canvas, width: size.width, height: size.height, text };
}

/** Encodes a canvas as a PNG blob. */
export function toPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('export: PNG encoding failed'))), 'image/png'),
  );
}
