/**
 * The map draws the light geometry until something needs the exact one: past `EXACT_GEO_ZOOM` it
 * asks for it, and whenever the store's geography changes (the exact file arrived, for the zoom or
 * for a view that measures) the map's line and area sources take it, so what is drawn, measured
 * and exported is the same geometry. The labels' anchor points stay: areas carry theirs in their
 * properties, and river label candidates move by metres at most.
 */
import type { GeoJSONSource } from 'maplibre-gl';
import type { GeoBundle } from '../model/types';
import type { AppStore } from '../state/appStore';
import { EXACT_GEO_ZOOM, withExactGeo } from '../load/exactGeo';

/** Each map source whose data is a geography collection, by source id (a unit test checks the style and overlays against it). */
export const GEOMETRY_SOURCES = {
  countries: 'countries',
  regions: 'regions',
  border: 'border',
  rivers: 'rivers',
} as const satisfies Record<string, keyof GeoBundle>;

/** The part of a MapLibre map the sync uses. */
export interface GeometryMap {
  getZoom(): number;
  getSource(id: string): unknown;
  on(type: 'zoomend', listener: () => void): unknown;
  off(type: 'zoomend', listener: () => void): unknown;
}

/** Puts `geo`'s collections into the map's sources that draw them (those the map has). */
export function setGeometry(map: Pick<GeometryMap, 'getSource'>, geo: GeoBundle): void {
  for (const [id, key] of Object.entries(GEOMETRY_SOURCES)) (map.getSource(id) as GeoJSONSource | undefined)?.setData(geo[key]);
}

/** Starts the sync for a map whose style was built from `built`; returns its teardown. */
export function syncGeometry(map: GeometryMap, store: AppStore, built: GeoBundle): () => void {
  // The exact file may have arrived while the map was loading.
  const now = store.getState().data.geo;
  if (now && now !== built) setGeometry(map, now);
  // Asked once: the load is kept for the page, and a failed one (logged) is not retried on every zoom.
  let asked = false;
  const onZoom = (): void => {
    if (asked || map.getZoom() < EXACT_GEO_ZOOM) return;
    asked = true;
    void withExactGeo(store);
  };
  map.on('zoomend', onZoom);
  onZoom();
  const unsub = store.subscribe(
    (s) => s.data.geo,
    (geo) => {
      if (geo) setGeometry(map, geo);
    },
  );
  return () => {
    map.off('zoomend', onZoom);
    unsub();
  };
}
