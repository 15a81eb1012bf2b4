/**
 * The hidden MapLibre map that draws another map's current style at a given camera and size, for
 * exports. One is kept for the page's session, made at the first export: its shader programs are
 * linked once (with software WebGL each new program holds the main thread for up to a second),
 * and a large context is never destroyed right after an export (freeing a 3508 × 2480 context
 * used to hold the page for seconds). Each export resizes it; between exports its canvas is shrunk,
 * and it is removed after some minutes without exports or with the page hidden.
 * A deck keeps one lease for all its slides and only diffs the style between them.
 */
import * as maplibregl from 'maplibre-gl';
import { addMapImage } from '../style/icons';
import { briefingTheme } from '../style/theme';
import { OVERLAYS, overlayImages } from '../overlays/registry';
import type { Size } from './exportLayout';
import { gpuSettled } from './gpuFence';

export interface ViewCamera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

export interface OffscreenMap {
  /** Draws `src`'s current style at `camera`; resolves with the canvas once everything is drawn. */
  render(src: maplibregl.Map, camera: ViewCamera): Promise<HTMLCanvasElement>;
  /** Ends this use of the hidden map (the canvas returned by `render` is no longer drawn into after). */
  remove(): void;
}

const TIMEOUT_MS = 60_000;
/** The kept map is removed after this long without an export… */
export const KEEP_IDLE_MS = 5 * 60_000;
/** …or after the page has been hidden this long. */
export const KEEP_HIDDEN_MS = 60_000;
/** Its size between exports, CSS pixels at pixel ratio 1 (a few KB of drawing buffer). */
const PARKED: Size = { width: 16, height: 16 };

interface Kept {
  map: maplibregl.Map;
  box: HTMLElement;
  /** A lease is rendering with it (a second export at the same time gets a map of its own). */
  busy: boolean;
  dispose: number | undefined;
}

let kept: Kept | null = null;

/** Resolves at the map's next `idle` after a repaint (or its first `load`, then idle). */
const settle = (m: maplibregl.Map, first: boolean): Promise<void> =>
  new Promise((resolve, reject) => {
    const timeout = window.setTimeout(() => reject(new Error('export: the map did not finish rendering')), TIMEOUT_MS);
    const idle = (): void => {
      m.once('idle', () => {
        window.clearTimeout(timeout);
        resolve();
      });
      m.triggerRepaint();
    };
    if (first) m.once('load', idle);
    else idle();
  });

function sizeBox(box: HTMLElement, area: Size, pixelRatio: number): void {
  box.style.width = `${area.width / pixelRatio}px`;
  box.style.height = `${area.height / pixelRatio}px`;
}

/** A new hidden map with `src`'s style; resolves once it has loaded and drawn. */
async function makeMap(src: maplibregl.Map, camera: ViewCamera, area: Size, pixelRatio: number): Promise<Kept> {
  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.style.cssText = 'position:fixed;left:-100000px;top:0;';
  sizeBox(box, area, pixelRatio);
  document.body.append(box);
  const m = new maplibregl.Map({
    container: box,
    style: src.getStyle(),
    ...camera,
    pixelRatio,
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: true },
    maxCanvasSize: [8192, 8192],
    // Resized by `resize()` below, never by watching its box.
    trackResize: false,
  });
  // The copied style names the overlays' icons and patterns; the copy needs its own (again after
  // a style change that reloads the style instead of diffing it).
  const addIcons = (): void => {
    for (const image of overlayImages(OVERLAYS, briefingTheme)) if (!m.hasImage(image.id)) addMapImage(m, image);
  };
  m.on('styleimagemissing', addIcons);
  m.once('load', addIcons);
  const k: Kept = { map: m, box, busy: true, dispose: undefined };
  try {
    await settle(m, true);
  } catch (e) {
    destroy(k);
    throw e;
  }
  return k;
}

function destroy(k: Kept): void {
  window.clearTimeout(k.dispose);
  k.map.remove();
  k.box.remove();
  if (kept === k) kept = null;
}

/** Sizes `k` for `area` at `pixelRatio` (a no-op when it already is). */
function resize(k: Kept, area: Size, pixelRatio: number): void {
  sizeBox(k.box, area, pixelRatio);
  if (k.map.getPixelRatio() !== pixelRatio) k.map.setPixelRatio(pixelRatio);
  k.map.resize();
}

/** Shrinks the kept map's canvas and schedules its removal. */
function park(k: Kept): void {
  k.busy = false;
  resize(k, PARKED, 1);
  scheduleDispose(k, document.visibilityState === 'hidden' ? KEEP_HIDDEN_MS : KEEP_IDLE_MS);
}

function scheduleDispose(k: Kept, ms: number): void {
  window.clearTimeout(k.dispose);
  k.dispose = window.setTimeout(() => {
    // The GPU is idle by now (parked since), so freeing the small context is quick.
    if (!k.busy) destroy(k);
  }, ms);
}

let watching = false;
function watchVisibility(): void {
  if (watching) return;
  watching = true;
  document.addEventListener('visibilitychange', () => {
    if (kept && !kept.busy) scheduleDispose(kept, document.visibilityState === 'hidden' ? KEEP_HIDDEN_MS : KEEP_IDLE_MS);
  });
}

/** Removes the kept hidden map now (when no export is using it). */
export function releaseOffscreenMap(): void {
  if (kept && !kept.busy) destroy(kept);
}

/** Whether a hidden export map is kept (for tests). */
export const offscreenMapKept = (): boolean => kept !== null;

/** A use of a hidden map of `area` device pixels at `pixelRatio`: the kept one where it is free. */
export function createOffscreenMap(area: Size, pixelRatio: number): OffscreenMap {
  /** The map this lease draws with: the kept one, or (while that is busy) one of its own. */
  let mine: Kept | null = null;
  let own = false;
  return {
    async render(src, camera) {
      if (!mine) {
        if (kept && !kept.busy) {
          mine = kept;
          mine.busy = true;
          window.clearTimeout(mine.dispose);
          resize(mine, area, pixelRatio);
        } else {
          own = kept !== null;
          mine = await makeMap(src, camera, area, pixelRatio);
          if (!own) {
            kept = mine;
            watchVisibility();
          }
          await gpuSettled(mine.map.getCanvas());
          return mine.map.getCanvas();
        }
      }
      mine.map.setStyle(src.getStyle(), { diff: true });
      mine.map.jumpTo(camera);
      await settle(mine.map, false);
      await gpuSettled(mine.map.getCanvas());
      return mine.map.getCanvas();
    },
    remove() {
      const k = mine;
      mine = null;
      if (!k) return;
      if (own || kept !== k) destroy(k);
      else park(k);
    },
  };
}
