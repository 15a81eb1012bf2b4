/**
 * A hidden MapLibre map that draws another map's current style at a given camera and size, for
 * exports: the PNG export makes one per image; a deck keeps one for all its slides and only
 * diffs the style between them (so its sources are not parsed and tiled again for every slide).
 */
import * as maplibregl from 'maplibre-gl';
import { addMapImage } from '../style/icons';
import { briefingTheme } from '../style/theme';
import { OVERLAYS, overlayImages } from '../overlays/registry';
import type { Size } from './exportLayout';

export interface ViewCamera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

export interface OffscreenMap {
  /** Draws `src`'s current style at `camera`; resolves with the canvas once everything is drawn. */
  render(src: maplibregl.Map, camera: ViewCamera): Promise<HTMLCanvasElement>;
  remove(): void;
}

const TIMEOUT_MS = 60_000;

/** A hidden map of `area` device pixels at `pixelRatio`, created on the first `render`. */
export function createOffscreenMap(area: Size, pixelRatio: number): OffscreenMap {
  let map: maplibregl.Map | null = null;
  let box: HTMLElement | null = null;

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

  return {
    async render(src, camera) {
      if (!map) {
        box = document.createElement('div');
        box.setAttribute('aria-hidden', 'true');
        box.style.cssText = `position:fixed;left:-100000px;top:0;width:${area.width / pixelRatio}px;height:${area.height / pixelRatio}px;`;
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
        });
        // The copied style names the overlays' icons and patterns; the copy needs its own.
        let iconsAdded = false;
        const addIcons = (): void => {
          if (iconsAdded) return;
          iconsAdded = true;
          for (const image of overlayImages(OVERLAYS, briefingTheme)) addMapImage(m, image);
        };
        m.on('styleimagemissing', addIcons);
        m.once('load', addIcons);
        map = m;
        await settle(m, true);
      } else {
        map.setStyle(src.getStyle(), { diff: true });
        map.jumpTo(camera);
        await settle(map, false);
      }
      return map.getCanvas();
    },
    remove() {
      map?.remove();
      box?.remove();
      map = null;
      box = null;
    },
  };
}
