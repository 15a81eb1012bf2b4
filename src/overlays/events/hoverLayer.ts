/**
 * The event under the pointer in any view (the chart, the list, the map) is ringed on the map; a
 * pointer over a pin or a district ring on the map sets it. Part of the events overlay.
 */
import type { MapLayerMouseEvent } from 'maplibre-gl';
import type { AppStore } from '../../state/appStore';
import type { Theme } from '../../style/theme';
import { inSlot, type SlottedLayer } from '../../style/stack';
import type { OverlayMap } from '../overlay';
import { COMPARE_SOURCE } from './compareLayer';

export const HOVER_LAYER = 'event-hovered';
/** Layers whose features set the hover (their features carry the event's `id`). */
const HOVER_FROM = ['event-points', 'event-districts', 'event-compare'];

/** A ring around the hovered event (every placed event is in the comparison source). */
export function hoverLayers(theme: Theme): SlottedLayer[] {
  return [
    inSlot('mark', {
      id: HOVER_LAYER,
      type: 'circle',
      source: COMPARE_SOURCE,
      filter: ['in', ['get', 'id'], ['literal', []]],
      paint: {
        'circle-radius': 15,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': theme.selected,
        'circle-stroke-width': 2,
        'circle-stroke-opacity': 0.55,
      },
    }),
  ];
}

/** Keeps the ring on the hovered event and reports the pointer's event; returns the teardown. */
export function syncHover(map: OverlayMap, store: AppStore): () => void {
  const apply = (id: string | null): void => void map.setFilter(HOVER_LAYER, ['in', ['get', 'id'], ['literal', id ? [id] : []]] as never);
  apply(store.getState().analysis.hoveredId);
  const unsub = store.subscribe((s) => s.analysis.hoveredId, apply);
  const enter = (ev: MapLayerMouseEvent): void => {
    const id = ev.features?.[0]?.properties?.['id'];
    if (typeof id === 'string') store.getState().hover(id);
  };
  const leave = (): void => store.getState().hover(null);
  for (const l of HOVER_FROM) {
    map.on('mouseenter', l, enter);
    map.on('mouseleave', l, leave);
  }
  return () => {
    unsub();
    for (const l of HOVER_FROM) {
      map.off('mouseenter', l, enter);
      map.off('mouseleave', l, leave);
    }
  };
}
