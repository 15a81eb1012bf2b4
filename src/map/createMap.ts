/**
 * Creates the MapLibre map on the offline style, adds controls and the overlays, and keeps the
 * camera and basemap toggles in sync with the store.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { GeoBundle } from '../model/types';
import type { AppStore, Camera, Lang } from '../state/appStore';
import { labelField } from '../i18n/mapLabels';
import { t } from '../i18n/strings';
import { addIcons } from '../style/icons';
import { addCoverageLayer } from '../overlays/coverage/coverageLayer';
import { addEventsLayer } from '../overlays/events/eventsLayer';
import { addOutpostsLayer } from '../overlays/outposts/outpostsLayer';
import { labelPoints } from '../geo/labelPoints';
import { buildStyle, nameExpr } from '../style/style';
import { briefingTheme, type Theme } from '../style/theme';

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
  attribution: string[];
  coverageNote: HTMLElement;
  /** Use the camera from the store (a restored URL) instead of fitting the frame. */
  restoreCamera: boolean;
  theme?: Theme;
  /** Needed for PNG export: keeps the last frame readable. */
  preserveDrawingBuffer?: boolean;
  interactive?: boolean;
}

export interface FrontierMap {
  map: maplibregl.Map;
  destroy(): void;
}

const LABEL_LAYERS = ['countries-label', 'regions-label', 'rivers-label', 'rivers-label-point'];

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
  const style = buildStyle(theme, o.geo, labelPoints(o.geo), labelField(s.view.lang));
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
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: true, visualizePitch: false }), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 140 }), 'bottom-left');
  map.addControl(new maplibregl.AttributionControl({ compact: false, customAttribution: o.attribution }), 'bottom-right');

  const teardowns: Array<() => void> = [];
  return new Promise((resolve, reject) => {
    map.once('error', (e) => reject(e.error));
    map.once('load', () => {
      addIcons(map, theme.areaHighlight);
      teardowns.push(addCoverageLayer(map, o.store, theme, o.coverageNote));
      teardowns.push(addEventsLayer(map, o.store, theme));
      teardowns.push(addOutpostsLayer(map, o.store, theme));

      const basemapToggles: Array<[keyof typeof s.view.layers, string[]]> = [
        ['places', ['places-dot', 'places-label', 'places-label-key']],
        ['regions', ['regions-fill', 'regions-line', 'regions-label']],
        ['rivers', ['rivers-line', 'rivers-label', 'rivers-label-point']],
      ];
      const applyToggles = (): void => {
        const layers = o.store.getState().view.layers;
        for (const [key, ids] of basemapToggles)
          for (const id of ids) map.setLayoutProperty(id, 'visibility', layers[key] ? 'visible' : 'none');
      };
      applyToggles();
      teardowns.push(o.store.subscribe((st) => st.view.layers, applyToggles));

      const applyLang = (lang: Lang): void => {
        const field = labelField(lang);
        for (const id of LABEL_LAYERS) map.setLayoutProperty(id, 'text-field', nameExpr(field) as never);
        const text = nameExpr(field);
        const approx = ['case', ['==', ['get', 'precision'], 'approximate'], ['concat', text, ` (${t(lang, 'approx')})`], text];
        for (const id of ['places-label', 'places-label-key']) map.setLayoutProperty(id, 'text-field', approx as never);
      };
      teardowns.push(o.store.subscribe((st) => st.view.lang, applyLang));
      applyLang(s.view.lang);

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
          for (const t of teardowns.splice(0)) t();
          map.remove();
        },
      });
    });
  });
}
