/**
 * The map's side of the two-period comparison: while one is on, every placed event in period A,
 * period B or both is drawn with the comparison's symbol (see compareStyle.ts) and the ordinary
 * event marks step aside. Part of the events overlay (same toggle, same source data).
 */
import type { FeatureCollection, Point } from 'geojson';
import type { FrontierEvent } from '../../model/types';
import type { AppState, AppStore, Lang } from '../../state/appStore';
import { watch } from '../../state/watch';
import { shownEvents } from '../../state/selectors';
import { splitByPeriod } from '../../compare/periods';
import { t } from '../../i18n/strings';
import { inSlot, type SlottedLayer } from '../../style/stack';
import type { Theme } from '../../style/theme';
import { setGeoJson } from '../defineOverlay';
import type { LegendEntry, OverlayMap } from '../overlay';
import { COMPARE_COLORS, COMPARE_ICON } from './compareStyle';

export const COMPARE_LAYER = 'event-compare';
export const COMPARE_SOURCE = 'event-compare';

/** Every event with a place on the map, as a point (pins, district seats, province anchors, the border's label point). */
export function compareFeatures(events: readonly FrontierEvent[]): FeatureCollection<Point, { id: string }> {
  return {
    type: 'FeatureCollection',
    features: events
      .filter((e) => e.geometry)
      .map((e) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: e.geometry as [number, number] },
        properties: { id: e.id },
      })),
  };
}

/** The comparison's symbol layer (hidden by an empty filter until a comparison is on). */
export function compareLayers(theme: Theme): SlottedLayer[] {
  return [
    inSlot('mark', {
      id: COMPARE_LAYER,
      type: 'symbol',
      source: COMPARE_SOURCE,
      filter: ['in', ['get', 'id'], ['literal', []]],
      layout: { 'icon-image': COMPARE_ICON.both, 'icon-allow-overlap': true, 'icon-ignore-placement': true, 'text-font': theme.font },
    }),
  ];
}

/** Legend entries while a comparison is on. */
export function compareLegend(lang: Lang, state: AppState | undefined): LegendEntry[] {
  if (!state?.analysis.compare) return [];
  return [
    { id: 'compare-a', symbol: { shape: 'dot', color: COMPARE_COLORS.a }, label: t(lang, 'cmpA') },
    { id: 'compare-b', symbol: { shape: 'diamond', color: COMPARE_COLORS.b }, label: t(lang, 'cmpB') },
    { id: 'compare-both', symbol: { shape: 'pair', color: COMPARE_COLORS.b, inner: COMPARE_COLORS.a }, label: t(lang, 'cmpBoth') },
  ];
}

/** Keeps the comparison layer's filter and icons in step with the periods; returns the teardown. */
export function syncCompare(map: OverlayMap, store: AppStore): () => void {
  const sync = (): void => {
    const s = store.getState();
    const cmp = s.analysis.compare;
    const split = cmp && s.view.layers.events ? splitByPeriod(shownEvents(s), cmp) : { a: [], b: [], both: [] };
    const lit = (ids: string[]): unknown => ['literal', ids];
    map.setFilter(COMPARE_LAYER, ['in', ['get', 'id'], lit([...split.a, ...split.b, ...split.both])] as never);
    map.setLayoutProperty(COMPARE_LAYER, 'icon-image', [
      'case',
      ['in', ['get', 'id'], lit(split.a)],
      COMPARE_ICON.a,
      ['in', ['get', 'id'], lit(split.b)],
      COMPARE_ICON.b,
      COMPARE_ICON.both,
    ]);
  };
  sync();
  const unsub = watch(store, (s) => [s.analysis.compare, s.view.layers.events, s.data.dataset, s.filters] as const, sync);
  const unsubData = store.subscribe(
    (s) => s.data.dataset,
    (d) => setGeoJson(map, COMPARE_SOURCE, compareFeatures(d?.events ?? [])),
  );
  return () => {
    unsub();
    unsubData();
  };
}
