/** Puts a briefing step's view on the store and the map (the presenter and the deck export both use it). */
import type { Map as MlMap } from 'maplibre-gl';
import { LAYER_IDS, type AppStore } from '../state/appStore';
import type { BriefingStep } from './briefing';

/** Applies a step's view: window, filters, selection (panel closed, the card carries the text), layers, camera. */
export function applyStep(store: AppStore, map: MlMap, step: BriefingStep, animate: boolean): void {
  applyStepState(store, step);
  const c = step.camera;
  if (animate) map.flyTo({ center: c.center, zoom: c.zoom, bearing: c.bearing, pitch: c.pitch, duration: 1600, essential: false });
  else {
    map.jumpTo({ center: c.center, zoom: c.zoom, bearing: c.bearing, pitch: c.pitch });
    store.getState().setCamera({ ...c, center: [c.center[0], c.center[1]] });
  }
}

/** The store part of a step (window, filters, selection with the panel closed, layers), without touching the camera. */
export function applyStepState(store: AppStore, step: Pick<BriefingStep, 'window' | 'filters' | 'selectedId' | 'layers'>): void {
  const s = store.getState();
  s.setPlaying(false);
  s.setWindow(step.window);
  s.setFilters(step.filters);
  s.select(step.selectedId, false);
  for (const id of LAYER_IDS) if (s.view.layers[id] !== step.layers[id]) store.getState().setLayer(id, step.layers[id]);
}
