/**
 * Curated events on the map (a few dozen, richly styled). Location precision is visible:
 * village → pin with an uncertainty ring; district/province → the area hatched (a border district,
 * which has no outline: a pin at its anchor); border → the border line highlighted; none → not on
 * the map (timeline only).
 *
 * Per window change only filters/paint change, and only when the *set* of visible events changes,
 * so scrubbing never rebuilds a source.
 */
import type { FilterSpecification, MapMouseEvent } from 'maplibre-gl';
import { EVENT_KINDS } from '../../model/types';
import { t } from '../../i18n/strings';
import type { AppStore } from '../../state/appStore';
import { watch } from '../../state/watch';
import { shownEvents, visibleEventIds } from '../../state/selectors';
import { hatchPattern } from '../../style/icons';
import { sharedPaintValue } from '../../style/programs';
import { defineOverlay, setGeoJson } from '../defineOverlay';

export { EVENT_LAYERS } from './eventLayers';
import type { Overlay, OverlayContext, OverlayMap, OwnToggle } from '../overlay';
import { eventMarks } from './eventFeatures';
import { labelField } from './eventLabels';
import { AREAS_SOURCE, EVENT_LAYERS, EVENT_MARKS_SOURCE, eventLayers, idIn, markIn, withMark } from './eventLayers';
import type { GeoBundle } from '../../model/types';
import { COMPARE_LAYER, COMPARE_SOURCE, compareFeatures, compareLayers, compareLegend, syncCompare } from './compareLayer';
import { compareIcons } from './compareStyle';
import { hoverLayers, syncHover } from './hoverLayer';

/** Ids of the border districts (drawn at their seats: no outline is bundled). */
const districtIdsOf = (geo: GeoBundle | null): ReadonlySet<string> => new Set((geo?.districts?.features ?? []).map((f) => f.properties.id));

/** Layers a click can select an event on, top-most first. */
export const CLICKABLE_EVENT_LAYERS = [
  COMPARE_LAYER,
  EVENT_LAYERS.points,
  EVENT_LAYERS.districts,
  EVENT_LAYERS.rings,
  EVENT_LAYERS.areas,
  EVENT_LAYERS.border,
];

const KIND_KEY = {
  incident: 'rowIncident',
  meeting: 'rowMeeting',
  'programme-milestone': 'rowMilestone',
  announcement: 'rowAnnouncement',
} as const;

const areaFeatures = (geo: GeoBundle, ids: readonly string[]): GeoBundle['regions'] => {
  const want = new Set(ids);
  return { type: 'FeatureCollection', features: geo.regions.features.filter((f) => want.has(f.properties.id)) };
};

/** Keeps filters and labels in step with the window, the selection and the toggle; selects on click. */
function syncEvents(map: OverlayMap, store: AppStore, ctx: OverlayContext): () => void {
  let lastKey = '';
  let lastAreas = '';
  // The geography the areas were cut from: the store's, which the exact lines replace on demand.
  let areasGeo: GeoBundle | null = null;
  const setMarks = (): void => {
    const s = store.getState();
    setGeoJson(map, EVENT_MARKS_SOURCE, eventMarks(s.data.dataset?.events ?? [], districtIdsOf(s.data.geo ?? ctx.geo), s.view.lang));
  };
  const sync = (): void => {
    const s = store.getState();
    // Only the events that pass the filters are drawn, in or out of the window. While two periods
    // are compared, the comparison's symbols stand in for the ordinary marks.
    const evs = shownEvents(s);
    const ordinary = s.view.layers.events && s.analysis.compare === null;
    const shown = ordinary ? visibleEventIds(evs, s.time.window, s.time.showContext) : { inWindow: [], all: [] };
    const sel = s.selection.selectedId;
    const key = `${shown.inWindow.join(',')}|${shown.all.join(',')}|${sel}`;
    const geo = s.data.geo ?? ctx.geo;
    if (key === lastKey && geo === areasGeo) return;
    lastKey = key;
    const drawn = shown.all;
    const inWin = shown.inWindow;
    const drawnSet = new Set(drawn);
    // Sorted and without repeats, so the areas' source is replaced only when the set of areas changes.
    const areaIds = [
      ...new Set(evs.filter((e) => drawnSet.has(e.id) && e.areaRef && e.location.precision !== 'border').map((e) => e.areaRef as string)),
    ].sort();
    const borderOn = evs.some((e) => drawnSet.has(e.id) && e.location.precision === 'border');
    // Six layers of one source: MapLibre re-tiles that source once for the six filters. The id
    // lookup (up to 5,000 ids) is built once for the five marks.
    const drawnIds = idIn(drawn);
    map.setFilter(EVENT_LAYERS.points, withMark('pin', drawnIds));
    const ringFilter = withMark('ring', drawnIds);
    map.setFilter(EVENT_LAYERS.rings, ringFilter);
    map.setFilter(EVENT_LAYERS.ringOutlines, ringFilter);
    const districtFilter = withMark('district', drawnIds);
    map.setFilter(EVENT_LAYERS.districts, districtFilter);
    map.setFilter(EVENT_LAYERS.districtLabels, districtFilter);
    // The hatched areas are a source of their own holding just their outlines: changing them re-lays
    // out those few polygons, not the regions' fills, lines and labels.
    if (areaIds.join(',') !== lastAreas || geo !== areasGeo) {
      lastAreas = areaIds.join(',');
      areasGeo = geo;
      setGeoJson(map, AREAS_SOURCE, areaFeatures(geo, areaIds));
    }
    // `true`, not null: MapLibre re-tiles a source on every null filter, even an unchanged one.
    map.setFilter(EVENT_LAYERS.border, (borderOn ? true : false) as FilterSpecification);
    map.setFilter(EVENT_LAYERS.selected, markIn('pin', sel ? [sel] : []));
    // The pins in the window and the selected one are labelled, on the marks' source: the same
    // re-tile lays out the new pins and their labels (data order: the order labels win collisions in).
    const inWinSet = new Set(inWin);
    const labelled = drawn.filter((id) => inWinSet.has(id) || id === sel);
    map.setFilter(EVENT_LAYERS.labels, markIn('pin', labelled));
    // An unchanged text field is left alone by MapLibre (it compares the value): no re-layout.
    map.setLayoutProperty(EVENT_LAYERS.labels, 'text-field', labelField(sel));
    // Out-of-window events (context mode) are drawn faded; without context every drawn event is in the window.
    // Bound per feature either way, so the pins keep the circle program every circle layer shares.
    const op = !s.time.showContext ? 1 : inWin.length ? ['case', idIn(inWin), 1, 0.25] : 0.25;
    for (const name of ['circle-opacity', 'circle-stroke-opacity'])
      map.setPaintProperty(EVENT_LAYERS.points, name, sharedPaintValue('circle', name, op));
  };
  sync();
  const unsub = watch(
    store,
    (s) =>
      [
        s.time.window,
        s.time.showContext,
        s.selection.selectedId,
        s.view.layers.events,
        s.data.dataset,
        s.filters,
        s.analysis.compare,
        s.data.geo,
      ] as const,
    sync,
  );
  const stopCompare = syncCompare(map, store);
  const stopHover = syncHover(map, store);
  const unsubLang = store.subscribe(
    (s) => s.view.lang,
    () => {
      setMarks();
      // The labels' dates follow the language.
      lastKey = '';
      sync();
    },
  );
  // A new dataset (an import joined, replaced or removed) needs new marks.
  const unsubData = store.subscribe(
    (s) => s.data.dataset,
    () => {
      setMarks();
      lastKey = '';
      sync();
    },
  );

  /** Clicks select the top-most event under the pointer: pins before rings before areas. */
  const onClick = (ev: MapMouseEvent): void => {
    const s = store.getState();
    const evs = shownEvents(s);
    const visible = new Set(visibleEventIds(evs, s.time.window, false).inWindow);
    const hits = map.queryRenderedFeatures(ev.point, { layers: CLICKABLE_EVENT_LAYERS.filter((l) => map.getLayer(l)) });
    for (const layer of CLICKABLE_EVENT_LAYERS) {
      for (const f of hits.filter((h) => h.layer.id === layer)) {
        const props = f.properties as Record<string, unknown>;
        const match =
          layer === EVENT_LAYERS.areas
            ? evs.find((e) => e.areaRef === props['id'] && visible.has(e.id) && e.location.precision !== 'border')
            : layer === EVENT_LAYERS.border
              ? evs.find((e) => e.location.precision === 'border' && visible.has(e.id))
              : evs.find((e) => e.id === props['id']);
        if (match) {
          s.select(match.id);
          return;
        }
      }
    }
  };
  const setPointer = (): void => void (map.getCanvas().style.cursor = 'pointer');
  const clearPointer = (): void => void (map.getCanvas().style.cursor = '');
  map.on('click', onClick);
  for (const l of CLICKABLE_EVENT_LAYERS) {
    map.on('mouseenter', l, setPointer);
    map.on('mouseleave', l, clearPointer);
  }

  return () => {
    unsub();
    stopCompare();
    stopHover();
    unsubLang();
    unsubData();
    map.off('click', onClick);
    for (const l of CLICKABLE_EVENT_LAYERS) {
      map.off('mouseenter', l, setPointer);
      map.off('mouseleave', l, clearPointer);
    }
  };
}

export const eventsOverlay: Overlay<'events', OwnToggle> = defineOverlay({
  id: 'events',
  toggle: { label: 'layerEvents', visible: true },
  sources: (ctx, s) => {
    const events = s.data.dataset?.events ?? [];
    return {
      [EVENT_MARKS_SOURCE]: { type: 'geojson', data: eventMarks(events, districtIdsOf(ctx.geo), s.view.lang) },
      [COMPARE_SOURCE]: { type: 'geojson', data: compareFeatures(events) },
      [AREAS_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    };
  },
  layers: (theme) => [...eventLayers(theme), ...compareLayers(theme), ...hoverLayers(theme)],
  images: (theme) => [hatchPattern(theme.areaHighlight), ...compareIcons],
  legend: (theme, lang, state) => [
    ...compareLegend(lang, state),
    ...EVENT_KINDS.map((k) => ({ id: `kind-${k}`, symbol: { shape: 'dot', color: theme.kind[k] } as const, label: t(lang, KIND_KEY[k]) })),
    { id: 'ring', symbol: { shape: 'ring', color: theme.kind.incident }, label: t(lang, 'legendRing') },
    { id: 'hatch', symbol: { shape: 'hatch', color: theme.areaHighlight }, label: t(lang, 'legendHatch') },
    {
      id: 'border-glow',
      symbol: { shape: 'line', color: theme.areaHighlight, width: 8, opacity: 0.4 },
      label: t(lang, 'legendBorderGlow'),
    },
  ],
  sync: syncEvents,
});
