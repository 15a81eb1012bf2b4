/** The curated events as GeoJSON features: pins for events at a place, uncertainty rings around them. */
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import { circle } from '@turf/circle';
import type { FrontierEvent } from '../../model/types';
import { formatEventDate } from '../../calendar/format';
import { dataText } from '../../i18n/dataText';
import { mapLabelText } from '../../i18n/mapLabels';
import type { Lang } from '../../state/appStore';
import { t } from '../../i18n/strings';

export interface PointProps {
  id: string;
  kind: string;
  /** The title as a map label (bounded, no bidi controls: `mapLabelText`); the panel shows the full text. */
  title: string;
  dateLabel: string;
  precision: string;
}

/** A district-precision event at a border district (drawn at its seat by `eventDistricts`, whatever its areaRef). */
const atBorderDistrict = (e: FrontierEvent, districtIds: ReadonlySet<string>): boolean =>
  e.location.precision === 'district' && districtIds.has(e.location.ref ?? e.areaRef ?? '');

/** Point features for events located at a place or exact point. */
export function eventPoints(events: readonly FrontierEvent[], lang: Lang): FeatureCollection<Point, PointProps> {
  return {
    type: 'FeatureCollection',
    features: events
      // Records with no area to hatch (a border district, or an imported district/province outside the drawn regions): a pin.
      .filter(
        (e) =>
          e.geometry &&
          (e.location.precision === 'village' ||
            e.location.precision === 'point' ||
            (e.areaRef === null && e.location.precision !== 'none')),
      )
      .map((e) => ({
        type: 'Feature',
        id: undefined,
        geometry: { type: 'Point', coordinates: e.geometry as [number, number] },
        properties: {
          id: e.id,
          kind: e.kind,
          title: mapLabelText(dataText(e, 'title', lang).text),
          dateLabel: formatEventDate(e.date, lang),
          precision: e.location.precision,
        },
      })),
  };
}

/** Uncertainty rings (turf circles) for village-level events with a stated radius. */
export function eventRings(events: readonly FrontierEvent[]): FeatureCollection<Polygon, { id: string; kind: string }> {
  return {
    type: 'FeatureCollection',
    features: events
      .filter((e) => e.geometry && e.areaRef === null && e.location.precision !== 'none' && (e.location.uncertaintyKm ?? 0) > 0)
      .map((e) => {
        const c = circle(e.geometry as [number, number], e.location.uncertaintyKm as number, { steps: 48, units: 'kilometers' });
        return { type: 'Feature', geometry: c.geometry, properties: { id: e.id, kind: e.kind } };
      }),
  };
}

interface DistrictProps extends PointProps {
  /** The label under the ring: the date and that no outline is available. */
  label: string;
}

/**
 * District-precision events whose area is a border district (no outline is bundled, only its
 * seat): a point at the seat, drawn as a ring and labelled "district — outline not available"
 * (around the event's pin, where the loader pins it there).
 */
export function eventDistricts(
  events: readonly FrontierEvent[],
  districtIds: ReadonlySet<string>,
  lang: Lang,
): FeatureCollection<Point, DistrictProps> {
  return {
    type: 'FeatureCollection',
    features: events
      .filter((e) => e.geometry && atBorderDistrict(e, districtIds))
      .map((e) => {
        const dateLabel = formatEventDate(e.date, lang);
        return {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: e.geometry as [number, number] },
          properties: {
            id: e.id,
            kind: e.kind,
            title: mapLabelText(dataText(e, 'title', lang).text),
            dateLabel,
            precision: e.location.precision,
            label: `${dateLabel}\n${t(lang, 'districtNoOutline')}`,
          },
        };
      }),
  };
}

/** Which of the marks a feature of `eventMarks` is: each layer of the events overlay draws one. */
export type MarkKind = 'pin' | 'ring' | 'district';

/**
 * The pins, rings and district seats in one collection, each tagged with its `mark`. One source
 * for the three means a window change re-tiles one source, not three (it still takes three frames
 * to idle: bench/README.md), and an import or a language switch sets one source's data.
 */
export function eventMarks(
  events: readonly FrontierEvent[],
  districtIds: ReadonlySet<string>,
  lang: Lang,
): FeatureCollection<Point | Polygon> {
  const tag =
    <F extends Feature>(mark: MarkKind) =>
    (f: F) => ({ ...f, properties: { ...f.properties, mark } });
  return {
    type: 'FeatureCollection',
    features: [
      ...eventPoints(events, lang).features.map(tag('pin')),
      ...eventRings(events).features.map(tag('ring')),
      ...eventDistricts(events, districtIds, lang).features.map(tag('district')),
    ],
  };
}
