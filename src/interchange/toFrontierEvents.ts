/**
 * Small imports join the map as ordinary events: each ImportRecord becomes a FrontierEvent plus a
 * SourceDoc (`import:<id>`) whose text is the record's source text, so the source panel shows it
 * (as text) exactly like a bundled article, with the whole passage marked as the quotation.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { dayNumberToIsoDay } from '../calendar/dates';
import { borderIndexFor, measureLocation } from '../geo/borderMeasure';
import type { EventDate, EventLocation, FrontierEvent, GeoBundle, ImportRecord, SourceDoc } from '../model/types';
import { EVENT_EXTRA_KEYS } from './eventToRecord';
import { actorsOf } from './actors';

/** Ring radius (km) drawn around an imported point whose place is only approximate. */
const RING_KM: Partial<Record<ImportRecord['locationPrecision'], number>> = { district: 15, province: 60 };

function dateOf(r: ImportRecord): EventDate {
  const start = dayNumberToIsoDay(r.startDay);
  const date: EventDate =
    r.datePrecision === 'month'
      ? { start: start.slice(0, 7), precision: 'month' }
      : r.datePrecision === 'year'
        ? { start: start.slice(0, 4), precision: 'year' }
        : r.datePrecision === 'range'
          ? { start, end: dayNumberToIsoDay(r.endDay), precision: 'range' }
          : { start, precision: 'day' };
  const inferred = r.extra?.['date_inferred'];
  if (inferred) date.inferred = inferred;
  return date;
}

/** The region (of the app's geography) containing a point, for province-level records. */
function regionAt(geo: GeoBundle, lon: number, lat: number): string | null {
  for (const f of geo.regions.features) if (booleanPointInPolygon([lon, lat], f)) return f.properties.id;
  return null;
}

function areaOf(r: ImportRecord, geo: GeoBundle): string | null {
  const named = r.extra?.['area'];
  const regionIds = new Set(geo.regions.features.map((f) => f.properties.id));
  const borderId = geo.border.features[0]?.properties.id ?? 'tj-af';
  if (r.locationPrecision === 'border') return borderId;
  if (r.locationPrecision !== 'province' && r.locationPrecision !== 'district') return null;
  if (named && regionIds.has(named)) return named;
  // A province-level record inside one of the drawn regions hatches it, like curated events;
  // a district-level one would overstate its extent, so it stays a pin with a ring.
  return r.locationPrecision === 'province' && Number.isFinite(r.lon) ? regionAt(geo, r.lon, r.lat) : null;
}

/** One imported record as an event and the source document its panel shows. */
export function toFrontierEvent(r: ImportRecord, file: string, geo: GeoBundle): { event: FrontierEvent; source: SourceDoc } {
  const located = r.locationPrecision !== 'none' && Number.isFinite(r.lon) && Number.isFinite(r.lat);
  const areaRef = areaOf(r, geo);
  const location: EventLocation = {
    precision: r.locationPrecision,
    asReported: r.extra?.['location'] ?? (located ? `${r.lat.toFixed(4)}, ${r.lon.toFixed(4)}` : '—'),
  };
  if (areaRef) location.ref = areaRef;
  if (r.locationPrecision === 'point' && located) location.coordinates = [r.lon, r.lat];
  const ring = RING_KM[r.locationPrecision];
  if (ring && !areaRef) location.uncertaintyKm = ring;
  const sourceId = `import:${r.id}`;
  const source: SourceDoc = {
    id: sourceId,
    file,
    title: r.sourceName || file,
    outlet: r.sourceName || null,
    published: { notBefore: null, notAfter: null, note: `${file}, ${r.row > 0 ? `row ${r.row}` : `record #${r.row}`}` },
    cites: [],
    text: r.sourceText,
  };
  const notes = Object.entries(r.extra ?? {})
    .filter(([k]) => !(EVENT_EXTRA_KEYS as readonly string[]).includes(k) || k === 'notes_app' || k === 'casualties')
    .map(([k, v]) => `${k}: ${v}`);
  const event: FrontierEvent = {
    id: r.id,
    kind: r.kind,
    title: r.title,
    summary: r.extra?.['summary'] ?? '',
    date: dateOf(r),
    location,
    sources: [{ sourceId, quote: r.sourceText }],
    startDay: r.startDay,
    endDay: r.endDay,
    geometry: located ? [r.lon, r.lat] : null,
    areaRef,
    border: measureLocation(
      {
        locationPrecision: located ? r.locationPrecision : 'none',
        geometry: located ? [r.lon, r.lat] : null,
        areaId: areaRef,
        atDistrictSeat: r.locationPrecision === 'district',
      },
      borderIndexFor(geo),
    ),
  };
  if (r.extra?.['title_ru']) event.title_ru = r.extra['title_ru'];
  const subType = r.extra?.['sub_event_type'];
  if (subType) event.subType = subType;
  const actors = actorsOf(r.extra);
  if (actors.length) event.actors = actors;
  if (r.fatalities !== null) event.casualties = [{ sourceId, killed: r.fatalities, injured: null, who: r.sourceName || file }];
  if (notes.length) event.notes = notes;
  return { event, source };
}
