/**
 * Density mode for large imports: a MapLibre heatmap of the window's bulk events, counted on a
 * ~2.4 km grid in a worker (aggregate.ts), for sets where points overlap into a blot. A heatmap on
 * a GeoJSON source of grid cells (rather than hex bins) was chosen because MapLibre draws and
 * blends it on the GPU at every zoom with no geometry of ours, and the source stays small (one
 * point per occupied cell) whatever the import's size. While it is on, the bulk points are not
 * drawn. The counting code is fetched only when density is on with a large import loaded.
 */
import { t as str } from '../../i18n/strings';
import type { AppStore } from '../../state/appStore';
import { reportedLoad } from '../../state/reportedLoad';
import { inSlot } from '../../style/stack';
import { defineOverlay, followToggle } from '../defineOverlay';
import type { Overlay, OverlayMap, OwnToggle } from '../overlay';

export const DENSITY_LAYERS = ['density-heat'];

/** Viridis stops: a sequential ramp that stays ordered for every colour-vision type and in grey. */
const RAMP = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'];

function syncDensity(map: OverlayMap, store: AppStore): () => void {
  const densityModule = reportedLoad(store, 'density', () => import('./densitySync'));
  const unToggle = followToggle(map, store, 'density', DENSITY_LAYERS);
  let live = true;
  let stop: (() => void) | null = null;
  const load = (): void => {
    const s = store.getState();
    if (stop || !s.view.layers.density || !s.data.bulk) return;
    stop = () => {};
    void densityModule().then(
      (m) => {
        if (live) stop = m.startDensitySync(map, store);
      },
      // Reported (the load notice names the layer); switching it off and on again retries.
      () => (stop = null),
    );
  };
  load();
  const unsub = store.subscribe((s) => [s.view.layers.density, s.data.bulk] as const, load, {
    equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1],
  });
  return () => {
    live = false;
    unsub();
    unToggle();
    stop?.();
  };
}

export const densityOverlay: Overlay<'density', OwnToggle> = defineOverlay({
  id: 'density',
  toggle: { label: 'layerDensity', visible: false },
  sources: () => ({ density: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } }),
  layers: () => [
    // Above the settlement dots, beneath the hatched areas and the pins (and every label).
    inSlot('place', {
      id: 'density-heat',
      type: 'heatmap',
      source: 'density',
      layout: { visibility: 'none' },
      paint: {
        'heatmap-weight': ['get', 'w'],
        'heatmap-intensity': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 10, 2],
        'heatmap-radius': ['interpolate', ['exponential', 2], ['zoom'], 5, 6, 8, 18, 12, 60],
        'heatmap-opacity': 0.8,
        'heatmap-color': [
          'interpolate',
          ['linear'],
          ['heatmap-density'],
          0,
          'rgba(68,1,84,0)',
          0.1,
          RAMP[0]!,
          0.3,
          RAMP[1]!,
          0.5,
          RAMP[2]!,
          0.75,
          RAMP[3]!,
          1,
          RAMP[4]!,
        ],
      },
    }),
  ],
  images: () => [],
  legend: (_t, lang, state) =>
    state.data.bulk && state.view.layers.density
      ? [{ id: 'density', symbol: { shape: 'dot', color: RAMP[2]! }, label: str(lang, 'legendDensity') }]
      : [],
  sync: syncDensity,
});
