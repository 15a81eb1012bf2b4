/** The events overlay's layers: pins, rings, seats, hatched areas, the border highlight and labels (see eventsOverlay.ts). */
import type { FilterSpecification } from 'maplibre-gl';
import type { Theme } from '../../style/theme';
import { inSlot, type SlottedLayer } from '../../style/stack';
import { labelField } from './eventLabels';
import type { MarkKind } from './eventFeatures';

export const EVENT_LAYERS = {
  rings: 'event-rings',
  ringOutlines: 'event-rings-outline',
  areas: 'event-areas',
  areaOutline: 'event-areas-outline',
  border: 'event-border',
  points: 'event-points',
  districts: 'event-districts',
  districtLabels: 'event-district-labels',
  selected: 'event-selected',
  labels: 'event-labels',
} as const;

/**
 * `prop` is one of `ids`. A `match` (a hash lookup in MapLibre) rather than `in` over a literal
 * array (a linear scan per feature): with 5,000 imported events, `in` made every window change
 * cost 5,000 × 5,000 comparisons per layer in the worker.
 */
export const idIn = (ids: readonly string[], prop = 'id'): FilterSpecification =>
  (ids.length ? ['match', ['get', prop], [...new Set(ids)], true, false] : false) as FilterSpecification;

/** The pins, rings and district seats (`eventMarks`): one source, a layer per mark. */
export const EVENT_MARKS_SOURCE = 'event-marks';

/** The features of `mark` that pass `idFilter` (an `idIn`), for the layers that share `EVENT_MARKS_SOURCE`. */
export const withMark = (mark: MarkKind, idFilter: FilterSpecification): FilterSpecification =>
  ['all', ['==', ['get', 'mark'], mark], idFilter] as FilterSpecification;

/** The features of `mark` among `ids`. */
export const markIn = (mark: MarkKind, ids: readonly string[]): FilterSpecification => withMark(mark, idIn(ids));

const kindColor = (theme: Theme): never => ['match', ['get', 'kind'], ...Object.entries(theme.kind).flat(), '#444'] as never;

/** The hatched areas' source: the regions that drawn events are located in. */
export const AREAS_SOURCE = 'event-area-shapes';

/** The layers in drawing order; every filter starts empty and the overlay's sync fills it in. */
export function eventLayers(theme: Theme): SlottedLayer[] {
  return [
    inSlot('area-mark', {
      id: EVENT_LAYERS.areas,
      type: 'fill',
      source: AREAS_SOURCE,
      // No antialiasing pass: the outline layer below draws that edge (one shader program fewer).
      paint: { 'fill-pattern': 'pattern-hatch', 'fill-opacity': 0.55, 'fill-antialias': false },
    }),
    inSlot('area-mark', {
      id: EVENT_LAYERS.areaOutline,
      type: 'line',
      source: AREAS_SOURCE,
      paint: { 'line-color': theme.areaHighlight, 'line-width': 2.5 },
    }),
    inSlot('highlight', {
      id: EVENT_LAYERS.border,
      type: 'line',
      source: 'border',
      filter: idIn([]),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': theme.areaHighlight, 'line-width': 12, 'line-opacity': 0.35, 'line-blur': 2 },
    }),
    inSlot('mark', {
      id: EVENT_LAYERS.rings,
      type: 'fill',
      source: EVENT_MARKS_SOURCE,
      filter: markIn('ring', []),
      // No antialiasing pass (a program of its own, `fillOutline`, for these few rings): the line layer below draws the edge.
      paint: { 'fill-color': kindColor(theme), 'fill-opacity': 0.12, 'fill-antialias': false },
    }),
    inSlot('mark', {
      id: EVENT_LAYERS.ringOutlines,
      type: 'line',
      source: EVENT_MARKS_SOURCE,
      filter: markIn('ring', []),
      // As faint as the fill's own outline pass drew it (its colour at the fill's opacity).
      paint: { 'line-color': kindColor(theme), 'line-width': 1, 'line-opacity': 0.12 },
    }),
    // District-precision events at a border district's seat: a wide ring, no outline to hatch.
    inSlot('mark', {
      id: EVENT_LAYERS.districts,
      type: 'circle',
      source: EVENT_MARKS_SOURCE,
      filter: markIn('district', []),
      paint: {
        'circle-radius': 18,
        'circle-color': kindColor(theme),
        'circle-opacity': 0.1,
        'circle-stroke-color': kindColor(theme),
        'circle-stroke-width': 2,
      },
    }),
    inSlot('mark', {
      id: EVENT_LAYERS.districtLabels,
      type: 'symbol',
      source: EVENT_MARKS_SOURCE,
      filter: markIn('district', []),
      layout: {
        'text-field': ['get', 'label'],
        'text-font': theme.font,
        'text-size': 11,
        'text-anchor': 'top',
        'text-offset': [0, 1.9],
        'text-max-width': 16,
      },
      paint: { 'text-color': '#1a1a1a', 'text-halo-color': '#fff', 'text-halo-width': 1.8 },
    }),
    inSlot('mark', {
      id: EVENT_LAYERS.points,
      type: 'circle',
      source: EVENT_MARKS_SOURCE,
      filter: markIn('pin', []),
      paint: {
        'circle-radius': ['match', ['get', 'kind'], 'incident', 8, 6.5],
        'circle-color': kindColor(theme),
        'circle-stroke-color': '#fff',
        'circle-stroke-width': 2,
      },
    }),
    inSlot('mark', {
      id: EVENT_LAYERS.selected,
      type: 'circle',
      source: EVENT_MARKS_SOURCE,
      filter: markIn('pin', []),
      paint: { 'circle-radius': 13, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': theme.selected, 'circle-stroke-width': 2.5 },
    }),
    inSlot('mark', {
      id: EVENT_LAYERS.labels,
      type: 'symbol',
      source: EVENT_MARKS_SOURCE,
      // The pins in the window and the selected one: the overlay's sync sets it.
      filter: markIn('pin', []),
      layout: {
        // Always the date with its precision ("Nov 2025"); the title only for the selected event (eventLabels.ts).
        'text-field': labelField(null),
        'text-font': theme.fontBold,
        'text-size': 12,
        'text-anchor': 'top',
        'text-offset': [0, 1.1],
        'text-max-width': 14,
      },
      paint: { 'text-color': '#1a1a1a', 'text-halo-color': '#fff', 'text-halo-width': 1.8 },
    }),
  ];
}
