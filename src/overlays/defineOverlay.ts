/**
 * Builds an overlay's `add` from its declarations, so every overlay adds and removes its sources,
 * images and layers the same way, and follows a language switch by re-applying what its pure
 * `layers(theme, lang)` changes. The overlay's own `sync` adds only behaviour (filters, clicks).
 */
import type { GeoJSONSource, LayerSpecification } from 'maplibre-gl';
import type { AppStore } from '../state/appStore';
import type { LayerId } from './registry';
import { addMapImage } from '../style/icons';
import type { Overlay, OverlayContext, OverlayMap, OwnToggle, SharedToggle } from './overlay';
import { placeLayer } from '../style/stack';
import { shareProgram } from '../style/programs';

/** An overlay's declarations plus its behaviour; `sync` returns the teardown of what it started. */
export type OverlayDeclaration<Id extends string, T extends OwnToggle | SharedToggle> = Omit<Overlay<Id, T>, 'add'> & {
  sync?(map: OverlayMap, store: AppStore, ctx: OverlayContext): () => void;
};

const props = (l: LayerSpecification, key: 'layout' | 'paint'): Record<string, unknown> =>
  ((l as unknown as Record<string, unknown>)[key] as Record<string, unknown> | undefined) ?? {};

/** Applies to the map every layout and paint property that differs between two declarations of the same layers. */
export function restyle(map: OverlayMap, before: readonly LayerSpecification[], after: readonly LayerSpecification[]): void {
  for (const next of after) {
    const prev = before.find((l) => l.id === next.id);
    if (!prev) continue;
    for (const key of ['layout', 'paint'] as const) {
      const a = props(prev, key);
      const b = props(next, key);
      for (const name of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (JSON.stringify(a[name]) === JSON.stringify(b[name])) continue;
        if (key === 'layout') map.setLayoutProperty(next.id, name, b[name]);
        else map.setPaintProperty(next.id, name, b[name]);
      }
    }
  }
}

/** Adds the overlay's images, sources and layers (in their slots); the teardown removes them in reverse. */
export function mountDeclared<Id extends string, T extends OwnToggle | SharedToggle>(
  d: OverlayDeclaration<Id, T>,
  map: OverlayMap,
  store: AppStore,
  ctx: OverlayContext,
): () => void {
  const state = store.getState();
  const undo: Array<() => void> = [];
  for (const image of d.images(ctx.theme)) {
    addMapImage(map, image);
    undo.push(() => map.removeImage(image.id));
  }
  for (const [id, source] of Object.entries(d.sources(ctx, state))) {
    map.addSource(id, source);
    undo.push(() => map.removeSource(id));
  }
  let declared = d.layers(ctx.theme, state.view.lang);
  for (const layer of declared) {
    placeLayer(map, layer);
    undo.push(() => map.removeLayer(layer.id));
  }
  const unsubLang = store.subscribe(
    (s) => s.view.lang,
    (lang) => {
      const next = d.layers(ctx.theme, lang);
      restyle(map, declared, next);
      declared = next;
    },
  );
  const stop = d.sync?.(map, store, ctx) ?? ((): void => {});
  return () => {
    stop();
    unsubLang();
    for (const u of undo.splice(0).reverse()) u();
  };
}

/** The overlay with its `add`. */
export function defineOverlay<Id extends string, T extends OwnToggle | SharedToggle>(d: OverlayDeclaration<Id, T>): Overlay<Id, T> {
  // Layers of one type bind their paint alike, so they share MapLibre's shader programs (programs.ts).
  const shared: OverlayDeclaration<Id, T> = { ...d, layers: (theme, lang) => d.layers(theme, lang).map(shareProgram) };
  const { sync: _sync, ...declarations } = shared;
  return { ...declarations, add: (map, store, ctx) => mountDeclared(shared, map, store, ctx) };
}

/** Shows `layers` while the layer toggle `id` is on; returns the unsubscribe. */
export function followToggle(map: OverlayMap, store: AppStore, id: LayerId, layers: readonly string[]): () => void {
  const apply = (on: boolean): void => {
    for (const l of layers) map.setLayoutProperty(l, 'visibility', on ? 'visible' : 'none');
  };
  apply(store.getState().view.layers[id]);
  return store.subscribe((s) => s.view.layers[id], apply);
}

/** Replaces the data of a GeoJSON source, if the map still has it. */
export function setGeoJson(map: OverlayMap, id: string, data: Parameters<GeoJSONSource['setData']>[0]): void {
  const src = map.getSource(id);
  if (src && 'setData' in src) (src as GeoJSONSource).setData(data);
}
