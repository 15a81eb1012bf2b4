/**
 * Shapes shared by the import parsers, the worker and the dialog. A parse never throws on bad
 * input: it returns the valid records, every problem found, and a `fatal` reason when the file as
 * a whole cannot be read (then `records` is empty and nothing may change on screen).
 */
import { validationError } from '../schema/messages';
import type { ValidationError } from '../schema/messages';
import type { DayNumber, ImportRecord } from '../model/types';

export type { ValidationError } from '../schema/messages';

/** What a file turned out to be. */
export type ImportFormat = 'acled-csv' | 'geojson' | 'app-json' | 'unknown';

/** The outcome of reading one file. */
export interface ImportResult {
  file: string;
  format: ImportFormat;
  /** Valid records, in file order. */
  records: ImportRecord[];
  /** One entry per problem; a record with any problem is rejected. */
  errors: ValidationError[];
  /** How many records (rows / features / events) the file held. */
  total: number;
  /** Records with at least one problem. */
  rejected: number;
  /** Why nothing could be read at all (not JSON, empty, missing columns…); null when rows were read. */
  fatal: string | null;
}

/** Places, regions and the border the app's own event JSON may refer to, as plain data for a worker. */
export interface GeoRefs {
  /** Places and settlements (ids are unique across both), by id. */
  places: Record<string, [number, number]>;
  regions: Record<string, [number, number]>;
  /** Border districts' anchors, by id (absent: district refs name regions only). */
  districts?: Record<string, [number, number]>;
  borderId: string;
  borderPoint: [number, number] | null;
}

/** A bundled article: imported app JSON may quote it (checked verbatim). */
export interface BundledSource {
  title: string;
  text: string;
}

/** Everything a parse needs besides the bytes; plain data so it can be posted to the worker. */
export interface ImportOptions {
  /** Dates after this day are rejected as in the future. */
  today: DayNumber;
  geo: GeoRefs;
  sources: Record<string, BundledSource>;
  /** The bundled reports' fact ids, by report id: imported app JSON may cite them. */
  reports?: Record<string, string[]>;
  /** The bundled outposts' ids: imported app JSON may place an event at one (`location.postId`). */
  outposts?: string[];
}

/** Progress callback: fraction 0..1 of the input read so far. */
export type ProgressFn = (fraction: number) => void;

/** Larger files are refused up front so a mistaken drop cannot exhaust memory. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** Builds a result whose file could not be read at all. */
export function fatalResult(file: string, format: ImportFormat, reason: string): ImportResult {
  return {
    file,
    format,
    records: [],
    errors: [validationError(file, '', '', reason)],
    total: 0,
    rejected: 0,
    fatal: reason,
  };
}
