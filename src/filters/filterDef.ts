/**
 * The filter model: one `FilterDef` per filter, listed once in `registry.ts`. A filter's value
 * lives in the store (`filters`), in the URL (its `param`, read by its `schema`), in briefing
 * steps and in captions; every consumer goes through the def, so a new filter is one module plus
 * one line in the registry.
 */
import type * as v from 'valibot';
import type { Dataset, FrontierEvent, GeoBundle } from '../model/types';
import type { BulkDetail } from '../overlays/bulk/types';
import type { Lang } from '../i18n/langs';

/** What a predicate may consult besides the event: its sources, reports, places and posts. */
export interface FilterContext {
  dataset: Pick<Dataset, 'sources' | 'reportIndex' | 'outposts' | 'events'>;
  geo: Pick<GeoBundle, 'places' | 'settlements' | 'districts' | 'regions'> | null;
}

/**
 * The per-frame uniforms of the GPU bulk layer: every numeric filter becomes one of these, tested
 * in the vertex shader against attributes uploaded once (`src/overlays/bulk/bulkLayer.ts`).
 */
export interface BulkUniforms {
  /** Bit k set = kind code k allowed. */
  kindMask: number;
  /** Bit k set = date precision code k allowed. */
  datePrecisionMask: number;
  /** Bit k set = location precision code k allowed. */
  locationPrecisionMask: number;
  /** Records with fewer killed (or none stated) are hidden; 0 = no limit. */
  minKilled: number;
  /** Records farther from the border (or with no distance) are hidden; 0 = no limit. The border columns. */
  maxDistanceKm: number;
  /** Bit k set = bank code k allowed (`BANK_CODES`); 0xff = any, an unknown bank included. The border columns. */
  bankMask: number;
  /** The border stretch in km along the line; `alongFromKm` > `alongToKm` = the whole border. The border columns. */
  alongFromKm: number;
  alongToKm: number;
}

/** How a filter applies to a bulk (GPU) set. */
export type BulkForm<T> =
  /** Writes its part of the uniforms (a filter change then costs what a window change costs). */
  | {
      kind: 'uniform';
      apply(value: T, u: BulkUniforms): void;
      /**
       * Tests the border columns, measured in a second worker pass after the points: until they
       * arrive every record fails it, and the panel says so rather than show nothing unexplained.
       */
      borderColumns?: true;
    }
  /**
   * Tests a record's strings; the layer turns the result into a one-byte-per-record mask that is
   * uploaded only when such a filter's value changes (never on a window or numeric-filter change).
   */
  | { kind: 'mask'; test(value: T): (d: BulkDetail) => boolean }
  /** Not applied to bulk sets; the panel says so. */
  | { kind: 'unsupported' };

/** What a filter's UI control is given. */
export interface ControlEnv<T> {
  lang: Lang;
  ctx: FilterContext;
  /** The value when the control is built. */
  value: T;
  /** Sets the filter's value in the store. */
  set(value: T): void;
}

/** A built control: its element and how to show a value set elsewhere (URL, briefing, reset). */
export interface FilterControl<T> {
  el: HTMLElement;
  update(value: T): void;
}

/**
 * One filter. Methods (not function-valued properties) so a `FilterDef<string[]>` can be listed
 * beside a `FilterDef<number>` in the registry.
 */
export interface FilterDef<T> {
  /** Stable id; also the store key. */
  id: string;
  /** URL parameter name. */
  param: string;
  /** The value that filters nothing. */
  readonly empty: T;
  /** URL string → value; complaints read `invalid <param>: …` like every URL parameter. */
  schema: v.GenericSchema<string, T>;
  /** Value → URL string (read back by `schema`). */
  serialise(value: T): string;
  /** False when the value filters nothing (then it is left out of the URL and captions). */
  isActive(value: T): boolean;
  /** The predicate for curated events; built once per value and dataset. */
  predicate(value: T, ctx: FilterContext): (e: FrontierEvent) => boolean;
  bulk: BulkForm<T>;
  /** "Kind: incidents, meetings", for the caption, the readout and the panel, in `lang`. */
  summary(value: T, lang: Lang): string;
  /** Why this value alone can match nothing (e.g. no kind ticked), in `lang`; null when it can match. */
  contradiction?(value: T, lang: Lang): string | null;
  control(env: ControlEnv<T>): FilterControl<T>;
}

/** The value of every filter by id; a filter absent from the record has its `empty` value. */
export type FilterValues = Readonly<Record<string, unknown>>;

/** No filter on. */
export const NO_FILTERS: FilterValues = Object.freeze({});

/**
 * A filter's value from the record. Values only enter the record through `withFilter` (typed by
 * the def) or the def's own schema, so the value under `def.id` is a `T`.
 */
export function filterValue<T>(def: FilterDef<T>, values: FilterValues): T {
  return (def.id in values ? values[def.id] : def.empty) as T;
}

/** The record with one filter set; an inactive value removes the key so equal states compare equal. */
export function withFilter<T>(values: FilterValues, def: FilterDef<T>, value: T): FilterValues {
  const { [def.id]: _old, ...rest } = values;
  return def.isActive(value) ? { ...rest, [def.id]: value } : rest;
}
