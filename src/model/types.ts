/**
 * The Frontier Map data model. Files under `data/` are written in the *record* shapes
 * (`EventRecord`, `PhaseRecord`, …); `normalise*` functions turn them into the *model* shapes
 * (`FrontierEvent`, …) that the store and views use. Types are the documentation: every field
 * that can be uncertain carries its precision.
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';

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

/* ------------------------------------------------------------------ sources (data/sources) */

/** Metadata of one source article in `data/sources/index.json`; its text is `data/sources/<file>`. */
export interface SourceRecord {
  id: string;
  file: string;
  /** The article's first line, verbatim. */
  title: string;
  /** Only when the text itself names the outlet; otherwise null. Never guessed. */
  outlet: string | null;
  /** Publication date only as far as the text allows. */
  published: { notBefore: string | null; notAfter: string | null; note: string };
  /** Agencies or offices the article cites (e.g. "Interfax"), verbatim from the text. */
  cites: string[];
}
export interface SourceDoc extends SourceRecord {
  text: string;
}

/** A quotation: `quote` must be an exact substring of the source's text. */
export interface SourceRef {
  sourceId: string;
  quote: string;
}

/* ------------------------------------------------------------------ events (data/events.json) */

export type EventKind = 'incident' | 'meeting' | 'programme-milestone' | 'announcement';
export const EVENT_KINDS: readonly EventKind[] = ['incident', 'meeting', 'programme-milestone', 'announcement'];

/** `range`: a span from `start` to `end` within which the event happened (or over which it ran). */
export type DatePrecision = 'day' | 'month' | 'year' | 'range';
export const DATE_PRECISIONS: readonly DatePrecision[] = ['day', 'month', 'year', 'range'];

export interface EventDate {
  /** `YYYY-MM-DD` for day/range, `YYYY-MM` for month, `YYYY` for year. */
  start: string;
  /** `YYYY-MM-DD`; only with precision `range`. `null` = open-ended ("on or after start"). */
  end?: string | null;
  precision: DatePrecision;
  /** How an inferred year/day was derived. Required whenever the text does not state it. */
  inferred?: string;
}

export type LocationPrecision = 'point' | 'village' | 'district' | 'province' | 'border' | 'none';
export const LOCATION_PRECISIONS: readonly LocationPrecision[] = ['point', 'village', 'district', 'province', 'border', 'none'];

export interface EventLocation {
  precision: LocationPrecision;
  /**
   * What the location refers to: a place id (`village`), a region HASC id (`district`/`province`),
   * `tj-af` (`border`). Geometry is resolved from `data/geo` so it can never drift from the map.
   */
  ref?: string;
  /** `[lon, lat]`, only for `point` precision (user-supplied exact coordinates). */
  coordinates?: [number, number];
  /** Radius of the uncertainty ring for village-level events, km. */
  uncertaintyKm?: number;
  /** The place as the text names it, verbatim (e.g. "near Shadak village"). */
  asReported: string;
}

export interface CasualtyClaim {
  sourceId: string;
  killed: number | null;
  injured: number | null;
  /** Who, as the source describes them, verbatim or close ("five Chinese workers"). */
  who: string;
}

export interface EventRecord {
  id: string;
  kind: EventKind;
  title: string;
  title_ru?: string;
  summary: string;
  date: EventDate;
  location: EventLocation;
  casualties?: CasualtyClaim[];
  sources: SourceRef[];
  /** Discrepancies between sources and other caveats. */
  notes?: string[];
}

/* ------------------------------------------------------------------ phases and outposts */

export type PhaseCoverage = 'none' | 'select-outposts' | 'border';

export interface PhaseRecord {
  id: string;
  stage: 1 | 2 | 3;
  name: string;
  name_ru?: string;
  /** Years as stated: `start`/`end` are `YYYY`. */
  start: string;
  end: string;
  description: string;
  coverage: PhaseCoverage;
  /** Shown on the map where the coverage cannot be drawn (e.g. outpost locations not public). */
  coverageNote: string;
  coverageNote_ru?: string;
  sources: SourceRef[];
}

export type OutpostKind = 'crossing' | 'outpost';
export type OutpostPrecision = 'settlement' | 'exact';

/** A citation of a source that is not one of the bundled articles. */
export interface ExternalCitation {
  citation: string;
}

export interface OutpostRecord {
  id: string;
  kind: OutpostKind;
  name: string;
  name_ru?: string;
  /** With precision `settlement`: the place it is drawn at. */
  placeId?: string;
  /** With precision `exact`: `[lon, lat]`. */
  coordinates?: [number, number];
  precision: OutpostPrecision;
  sources: Array<SourceRef | ExternalCitation>;
  note?: string;
}

/* ------------------------------------------------------------------ the normalised model */

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
}

export interface Phase extends PhaseRecord {
  startDay: DayNumber;
  endDay: DayNumber;
}

export interface Outpost extends OutpostRecord {
  lngLat: [number, number];
}

export interface Dataset {
  sources: SourceDoc[];
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

/** Above this many records an import uses the columnar GPU path instead of MapLibre layers. */
export const BULK_THRESHOLD = 5000;
