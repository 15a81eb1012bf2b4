/**
 * Creates the MapLibre map on the offline base style, adds controls, mounts every overlay of the
 * registry, and keeps the camera, the base labels' language and the geometry in sync with the store.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { GeoBundle } from '../model/types';
import type { AppStore, Camera, Lang } from '../state/appStore';
import { labelPoints } from '../geo/labelPoints';
import { buildStyle } from '../style/style';
import { briefingTheme, type Theme } from '../style/theme';
import { mountOverlays } from '../overlays/mountOverlays';
import { OVERLAYS } from '../overlays/registry';
import { mountAttribution } from './attribution';
import { syncGeometry } from './geometrySync';

maplibregl.setWorkerUrl(workerUrl);

/** The frontier frame the map opens on: 67.7°E–75°E, 36.6°N–38.6°N. */
export const FRONTIER_BOUNDS: [[number, number], [number, number]] = [
  [67.7, 36.6],
  [75, 38.6],
];

export interface MapOptions {
  container: HTMLElement;
  store: AppStore;
  geo: GeoBundle;
  /** The credits in a language (the control follows the UI language). */
  attribution: (lang: Lang) => string[];
  /** Use the camera from the store (a restored URL) instead of fitting the frame. */
  restoreCamera: boolean;
  theme?: Theme;
  /** Needed for PNG export: keeps the last frame readable. */
  preserveDrawingBuffer?: boolean;
  interactive?: boolean;
  /** An embed: the credits fold into MapLibre's compact ⓘ whatever the size. */
  embed?: boolean;
}

export interface FrontierMap {
  map: maplibregl.Map;
  destroy(): void;
}

function cameraOf(map: maplibregl.Map): Camera {
  const c = map.getCenter();
  return { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
}

const sameCamera = (a: Camera, b: Camera): boolean =>
  Math.abs(a.center[0] - b.center[0]) < 1e-4 &&
  Math.abs(a.center[1] - b.center[1]) < 1e-4 &&
  Math.abs(a.zoom - b.zoom) < 1e-2 &&
  Math.abs(a.bearing - b.bearing) < 0.1 &&
  Math.abs(a.pitch - b.pitch) < 0.1;

/** Builds the map; resolves once the style and overlays are in place. */
export function createMap(o: MapOptions): Promise<FrontierMap> {
  const theme = o.theme ?? briefingTheme;
  const s = o.store.getState();
  const labels = labelPoints(o.geo);
  const style = buildStyle(theme, o.geo, labels, s.view.lang);
  const cam = s.view.camera;
  const map = new maplibregl.Map({
    container: o.container,
    style,
    ...(o.restoreCamera
      ? { center: cam.center, zoom: cam.zoom, bearing: cam.bearing, pitch: cam.pitch }
      : { bounds: FRONTIER_BOUNDS, fitBoundsOptions: { padding: 20 } }),
    attributionControl: false,
    interactive: o.interactive ?? true,
    canvasContextAttributes: { preserveDrawingBuffer: o.preserveDrawingBuffer ?? false },
    maxZoom: 13,
    minZoom: 3,
    fadeDuration: 0,
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: true, visualizePitch: false }), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: o.embed ? 90 : 140 }), 'bottom-left');
  const teardowns: Array<() => void> = [mountAttribution(map, o.attribution, o.embed ?? false, o.store)];
  return new Promise((resolve, reject) => {
    map.once('error', (e) => reject(e.error));
    map.once('load', () => {
      const ui = o.container.parentElement ?? o.container;
      teardowns.push(mountOverlays(map, o.store, { theme, geo: o.geo, labels, ui }, OVERLAYS));
      teardowns.push(syncGeometry(map, o.store, o.geo));

      // Camera: map → store on every settled move; store → map when something else (URL, embed API) changed it.
      const onMoveEnd = (): void => {
        const c = cameraOf(map);
        if (!sameCamera(c, o.store.getState().view.camera)) o.store.getState().setCamera(c);
      };
      map.on('moveend', onMoveEnd);
      teardowns.push(() => map.off('moveend', onMoveEnd));
      teardowns.push(
        o.store.subscribe(
          (st) => st.view.camera,
          (c) => {
            if (!sameCamera(c, cameraOf(map))) map.jumpTo({ center: c.center, zoom: c.zoom, bearing: c.bearing, pitch: c.pitch });
          },
        ),
      );
      onMoveEnd();
      resolve({
        map,
        destroy: () => {
          for (const t of teardowns.splice(0).reverse()) t();
          map.remove();
        },
      });
    });
  });
}
