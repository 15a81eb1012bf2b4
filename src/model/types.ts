/**
 * The Frontier Map data model. Files under `data/` are written in the *record* shapes
 * (`EventRecord`, `PhaseRecord`, …), whose types are inferred from the schemas in `src/schema/`;
 * `normalise*` functions turn them into the *model* shapes (`FrontierEvent`, …) that the store
 * and views use. Types are the documentation: every field that can be uncertain carries its precision.
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { EventRecord } from '../schema/event.ts';
import type { OutpostRecord } from '../schema/outpost.ts';
import type { PhaseRecord } from '../schema/phase.ts';
import type { ReportRecord, ReportSummary } from '../schema/report.ts';
import type { SourceDoc } from '../schema/sourceIndex.ts';
import type { DatePrecision, EventKind, LocationPrecision } from '../schema/precision.ts';

/* ------------------------------------------------------------------ geography (data/geo) */

/** `[lon, lat]` of an area's label anchor: computed at build time (the pole of inaccessibility), inside the outline. */
export type LabelAnchor = [number, number];

/** How a settlement's point was obtained. */
export type PlacePrecision = 'gazetteer' | 'approximate';

/** Properties of a settlement in `data/geo/places.geojson` and `settlements.geojson`. */
export interface PlaceProps {
  /** Stable slug, e.g. `shadak`, `panji-poyon`. Events and outposts refer to places by it. */
  id: string;
  name: string;
  name_ru: string | null;
  /** Tajik (Cyrillic) name where GeoNames has one that is recognisably Tajik; else null. */
  name_tg: string | null;
  /** ISO 3166-1 alpha-2 of the country the place lies in. */
  country: 'TJ' | 'AF' | 'UZ' | 'KG' | 'CN' | 'PK';
  /** 1 = capital, 2 = provincial centre, 3 = district centre / town, 4 = village. Drives label size and zoom. */
  rank: 1 | 2 | 3 | 4;
  /** GeoNames id where the point comes from GeoNames; null only when `source` cites another origin. */
  geonameid: number | null;
  precision: PlacePrecision;
  /** Human-readable origin of the coordinate, e.g. "GeoNames cities500 (CC BY 4.0)". */
  source: string;
  note?: string;
}
export type PlaceFeature = Feature<Point, PlaceProps>;

/** Properties of an admin-1 region in `data/geo/regions.geojson`. */
export interface RegionProps {
  /** HASC code, e.g. `TJ-KL` (Khatlon), `TJ-BK` (GBAO). */
  id: string;
  name: string;
  name_ru: string | null;
  country: 'TJ' | 'AF';
  /** Published area in km² where a cited figure exists, for validation of the outline. */
  published_area_km2: number | null;
  source: string;
  /** Where the region's label goes and where province-level events are drawn. */
  label: LabelAnchor;
}
export type RegionFeature = Feature<Polygon | MultiPolygon, RegionProps>;

/**
 * Properties of a border district in `data/geo/districts.geojson`. No district outline is
 * available, so the geometry is the seat's Point and `outline` is false (see data/geo/SOURCES.md).
 */
export interface DistrictProps {
  /** Stable id `<country>-<region>-<slug>`, e.g. `tj-kl-panj`, `af-bd-wakhan`. */
  id: string;
  name: string;
  name_ru: string | null;
  name_tg: string | null;
  /** The district's earlier name, where it was renamed (e.g. Qumsangir for Jaihun). */
  formerly: string | null;
  country: 'TJ' | 'AF';
  /** HASC id of the region (province) in `regions.geojson`. */
  region: string;
  /** GeoNames admin2 code and name of the district. */
  geonames_adm2: string;
  geonames_name: string;
  /** Id of the district seat in `places.geojson` or `settlements.geojson`, when it is there. */
  seat: string | null;
  /** GeoNames id of the seat. */
  geonameid: number;
  /** Whether the geometry is the district's outline; false: it is the seat's point. */
  outline: false;
  /** Label anchor (here: the seat). */
  label: LabelAnchor;
  source: string;
}
export type DistrictFeature = Feature<Point, DistrictProps>;

export interface CountryProps {
  /** ISO 3166-1 alpha-3. */
  id: string;
  name: string;
  name_ru: string | null;
  /** `focus` = Tajikistan/Afghanistan; `context` = neighbours drawn muted. */
  role: 'focus' | 'context';
  source: string;
  /** Where the country's label goes (inside its clipped outline). */
  label: LabelAnchor;
}
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProps>;

export interface RiverProps {
  id: string;
  name: string;
  name_ru: string | null;
  /** True for the rivers that form the Tajik–Afghan border. */
  border: boolean;
  source: string;
}
export type RiverFeature = Feature<LineString | MultiLineString, RiverProps>;

export interface BorderProps {
  id: 'tj-af';
  name: string;
  /** Officially published length (km) with its citation, shown beside the computed length. */
  official_length_km: number;
  official_length_source: string;
  source: string;
}
export type BorderFeature = Feature<LineString | MultiLineString, BorderProps>;

/** One dataset credited in the attribution line (from `data/geo/sources.json`). */
export interface DatasetCredit {
  id: string;
  name: string;
  package: string | null;
  version: string | null;
  licence: string;
  attribution: string;
  used_for: string[];
  extracted: string | null;
}

export interface GeoBundle {
  border: FeatureCollection<LineString | MultiLineString, BorderProps>;
  regions: FeatureCollection<Polygon | MultiPolygon, RegionProps>;
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  rivers: FeatureCollection<LineString | MultiLineString, RiverProps>;
  places: FeatureCollection<Point, PlaceProps>;
  /** More settlements near the border (same shape as places; ids unique across both). */
  settlements: FeatureCollection<Point, PlaceProps>;
  districts: FeatureCollection<Point, DistrictProps>;
  credits: DatasetCredit[];
}

/* ------------------------------------------------------------------ records (data/*.json)
 * Inferred from the schemas in `src/schema/`, which document every field. */

export type { SourceRecord, SourceDoc } from '../schema/sourceIndex.ts';
export type { SourceRef, Citation, ExternalCitation, ReportRef } from '../schema/sourceRefs.ts';
export type { ReportRecord, Fact, ReportSummary } from '../schema/report.ts';
export type { EventRecord, CasualtyClaim } from '../schema/event.ts';
export type { EventDate, DateAlternative } from '../schema/eventDate.ts';
export type { EventLocation, LocationAlternative } from '../schema/eventLocation.ts';
export type { PhaseRecord, PhaseCoverage } from '../schema/phase.ts';
export type { OutpostRecord, OutpostKind, OutpostPrecision } from '../schema/outpost.ts';
export type { EventKind, DatePrecision, LocationPrecision } from '../schema/precision.ts';
export { EVENT_KINDS, DATE_PRECISIONS, LOCATION_PRECISIONS } from '../schema/precision.ts';

/* ------------------------------------------------------------------ the normalised model */

import type { BorderMeasure } from '../geo/borderRules.ts';
export type { Bank, BorderMeasure } from '../geo/borderRules.ts';

/** Days since 2000-01-01 UTC. Small numbers so they survive float32 on the GPU. */
export type DayNumber = number;

/** An event ready for the store: dates as day numbers, geometry resolved. */
export interface FrontierEvent extends EventRecord {
  /** First day the event may have happened (inclusive). */
  startDay: DayNumber;
  /** Last day the event may have happened (inclusive). Equal to startDay for day precision. */
  endDay: DayNumber;
  /** Resolved geometry; null for precision `none` (timeline only). */
  geometry: Point['coordinates'] | null;
  /** For `district`/`province`/`border`: the id of the area/line feature to highlight. */
  areaRef: string | null;
  /** Distance, bank and place along the border, as far as the location precision allows. */
  border: BorderMeasure;
  /** The source's own finer type (ACLED `sub_event_type`), where an import gives one. */
  subType?: string;
  /** Actors as the source names them (ACLED `actor1`, `actor2`, associated actors), where an import gives them. */
  actors?: readonly string[];
}

export interface Phase extends PhaseRecord {
  startDay: DayNumber;
  endDay: DayNumber;
}

export interface Outpost extends OutpostRecord {
  /** Where it is drawn: its coordinates, its settlement's point, or its district's anchor. */
  lngLat: [number, number];
  /** True when drawn at a district's anchor rather than at (or near) the post itself. */
  approximate: boolean;
}

/** A cited report, ready for the store: its publication date as a day number (null when undated). */
export interface Report extends ReportRecord {
  publishedDay: DayNumber | null;
}

export interface Dataset {
  sources: SourceDoc[];
  /** Every cited report's id, outlet and fact ids: enough to check citations, count and filter. */
  reportIndex: ReportSummary[];
  /** The cited reports in full (the app links to them, never fetches them); absent until `loadReports()` has run. */
  reports?: Report[];
  events: FrontierEvent[];
  phases: Phase[];
  outposts: Outpost[];
}

/* ------------------------------------------------------------------ imported data */

/**
 * One validated event from a user's file (ACLED CSV, GeoJSON, or the app's own event JSON),
 * before it joins the map. Small imports become `FrontierEvent`s; large ones are packed into
 * columns (`src/bulk/`) and drawn by the GPU layer.
 */
export interface ImportRecord {
  id: string;
  kind: EventKind;
  title: string;
  lon: number;
  lat: number;
  startDay: DayNumber;
  endDay: DayNumber;
  datePrecision: DatePrecision;
  locationPrecision: LocationPrecision;
  /** As claimed by the source; null when not given. */
  fatalities: number | null;
  /** e.g. ACLED `source`. */
  sourceName: string;
  /** e.g. ACLED `notes`: shown as the source text, always as text. */
  sourceText: string;
  /** 1-based row (CSV, counting the header as row 1) or 0-based feature index, for reports. */
  row: number;
  /** Other fields worth showing (actors, admin areas…), verbatim. */
  extra?: Record<string, string>;
}

/**
 * Above this many records an import uses the columnar GPU path instead of MapLibre layers.
 * Measured side by side (`node bench/run.mjs --threshold`, bench/README.md "The curated path at
 * 5,000 imports"): on a nearly idle machine a window change costs within 1.2× of the bulk path's up
 * to 2,000 records and 1.6× at 5,000, each about four of its page's repaints. Below this an import
 * keeps the timeline's per-event marks, every filter and the full source panel, which users see.
 */
export const BULK_THRESHOLD = 5000;
