/**
 * The columnar bulk event model. Large imports never become objects per event on the main thread:
 * they are numbers in typed arrays, sorted by time, so the GPU layer can draw a window as an index
 * range and a click can be answered from a spatial index.
 */
import type { DatePrecision, DayNumber, EventKind, LocationPrecision } from '../../model/types';
import type { BorderMeasure } from '../../geo/borderMeasure';
import { DATE_PRECISIONS, EVENT_KINDS, LOCATION_PRECISIONS } from '../../model/types';

/** Codes stored in Uint8 columns: the index into these lists. */
export const KIND_CODES: readonly EventKind[] = EVENT_KINDS;
export const DATE_PRECISION_CODES: readonly DatePrecision[] = DATE_PRECISIONS;
export const LOCATION_PRECISION_CODES: readonly LocationPrecision[] = LOCATION_PRECISIONS;

/**
 * Events as the importer or generator hands them over: unsorted, one entry per event, row order.
 * Days are whole DayNumbers (days since 2000-01-01 UTC), `endDay` inclusive.
 */
export interface RawColumns {
  count: number;
  lon: Float64Array;
  lat: Float64Array;
  startDay: Float64Array;
  endDay: Float64Array;
  kind: Uint8Array;
  datePrecision: Uint8Array;
  locationPrecision: Uint8Array;
  /** Killed as the source claims, saturated at 65534; `UNKNOWN_KILLED` when not stated. */
  killed: Uint16Array;
}

/** The `killed` code of a record whose source states no figure. */
export const UNKNOWN_KILLED = 0xffff;

/** One run of the sorted columns whose uncertainty spans share an upper bound (see `spanClass`). */
export interface SpanBucket {
  /** First sorted index of the bucket. */
  from: number;
  /** One past the last sorted index. */
  to: number;
  /** Longest span (endDayExclusive − startDay) in the bucket, in days. */
  maxSpan: number;
}

/** The sorted, GPU-ready columns (everything here is transferable between threads). */
export interface BulkColumns {
  count: number;
  /** Mercator [0..1] coordinates of the centre all positions are relative to (float64 on purpose). */
  centre: [number, number];
  /** Interleaved x,y in mercator units relative to `centre`, float32 (small numbers, no jitter). */
  pos: Float32Array;
  /** Start day (float32, whole days), ascending within each bucket. */
  start: Float32Array;
  /** Exclusive end day = endDay + 1 (float32), so the window test is `start < we && endx > ws`. */
  endx: Float32Array;
  kind: Uint8Array;
  datePrecision: Uint8Array;
  locationPrecision: Uint8Array;
  /** Killed as claimed (`UNKNOWN_KILLED` when not stated), for the casualty filter. */
  killed: Uint16Array;
  /** Km to the border line (float32; NaN where the location precision allows no distance). See borderColumns.ts. */
  borderDistance: Float32Array;
  /** Km along the border from the Uzbek tripoint (float32; NaN where unknown). */
  borderAlong: Float32Array;
  /** Bank code (index into `BANK_CODES`; `NO_BANK` = unknown). */
  borderBank: Uint8Array;
  /** False until the border columns are measured (a second worker pass): till then they hold "unknown". */
  borderMeasured: boolean;
  /** Sorted index → the event's original row in the input (for details). */
  origin: Uint32Array;
  buckets: SpanBucket[];
  /** Serialized kdbush index over absolute mercator x,y; ids are sorted indices. */
  index: ArrayBuffer;
  /** Earliest start and latest exclusive end, for the timeline. */
  minDay: DayNumber;
  maxDay: DayNumber;
  /**
   * The timeline histogram's counts: `dayCum[d − minDay]` events have the midpoint of their span
   * before day d (length maxDay − minDay + 1), so any run of whole days is counted with two reads.
   */
  dayCum: Uint32Array;
}

/** What a click shows for one bulk event. */
export interface BulkDetail {
  title: string;
  kind: EventKind;
  startDay: DayNumber;
  endDay: DayNumber;
  datePrecision: DatePrecision;
  locationPrecision: LocationPrecision;
  lon: number;
  lat: number;
  fatalities: number | null;
  /** Distance, bank and place along the border, as far as the location precision allows. */
  border: BorderMeasure;
  sourceName: string;
  sourceText: string;
  extra?: Record<string, string>;
}

/** A loaded bulk set as the store holds it. */
export interface BulkSet {
  /** Display name, e.g. the imported file's name. */
  name: string;
  columns: BulkColumns;
  /** Details of the event at a sorted index (strings stay with the caller; never copied to the worker). */
  detail(sortedIndex: number): BulkDetail;
}

/** Progress reported while a bulk set is being built. */
export interface BulkProgress {
  phase: 'reading' | 'generating' | 'sorting' | 'indexing' | 'uploading';
  /** 0..1 overall. */
  fraction: number;
}
