/**
 * Seeded synthetic events inside the frontier frame (67.7–75°E, 36.6–38.6°N), 2013–2029, for the
 * benchmark and tests: time clustered in bursts, places clustered in hotspots, and a precision mix
 * like a real conflict export (mostly day-precise, some month/year/range dates).
 */
import type { ImportRecord } from '../../src/model/types';
import { civilToDayNumber, daysInMonth, dayNumberToCivil } from '../../src/calendar/dates';
import { allocRaw } from '../../src/overlays/bulk/raw';
import {
  DATE_PRECISION_CODES,
  KIND_CODES,
  LOCATION_PRECISION_CODES,
  type BulkDetail,
  type RawColumns,
} from '../../src/overlays/bulk/types';
import { mulberry32 } from '../../src/ui/prng';

export { mulberry32 };

export const SYNTHETIC_FRAME = { west: 67.7, east: 75, south: 36.6, north: 38.6 } as const;
const FIRST_DAY = civilToDayNumber(2013, 1, 1);
const LAST_DAY = civilToDayNumber(2029, 12, 31);

/** Standard normal from two uniforms (Box–Muller). */
function gauss(rnd: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
}

const pick = (rnd: () => number, weights: readonly number[]): number => {
  let u = rnd();
  for (let i = 0; i < weights.length; i++) if ((u -= weights[i]!) < 0) return i;
  return weights.length - 1;
};

/** Weights in the order of DATE_PRECISION_CODES (day, month, year, range). */
const DATE_MIX = [0.72, 0.17, 0.04, 0.07];
/** Weights in the order of LOCATION_PRECISION_CODES (point, village, district, province, border, none). */
const LOCATION_MIX = [0.35, 0.4, 0.15, 0.06, 0.04, 0];
/** Weights in the order of KIND_CODES (incident, meeting, milestone, announcement). */
const KIND_MIX = [0.62, 0.14, 0.08, 0.16];

/** `count` seeded synthetic events as raw columns (row order). Same seed → same events. */
export function syntheticRaw(count: number, seed: number, onProgress: (f: number) => void = () => {}): RawColumns {
  const rnd = mulberry32(seed);
  const f = SYNTHETIC_FRAME;
  const hotspots = Array.from({ length: 40 }, () => ({
    lon: f.west + 0.3 + rnd() * (f.east - f.west - 0.6),
    lat: f.south + 0.2 + rnd() * (f.north - f.south - 0.4),
    sd: 0.03 + rnd() * 0.2,
  }));
  const bursts = Array.from({ length: 60 }, () => ({ day: FIRST_DAY + rnd() * (LAST_DAY - FIRST_DAY), sd: 4 + rnd() * 45 }));
  const raw = allocRaw(count);
  for (let i = 0; i < count; i++) {
    if ((i & 0xffff) === 0) onProgress(i / count);
    const inBurst = rnd() < 0.75;
    const b = bursts[Math.floor(rnd() * bursts.length)]!;
    let day = Math.floor(inBurst ? b.day + gauss(rnd) * b.sd : FIRST_DAY + rnd() * (LAST_DAY - FIRST_DAY));
    day = Math.max(FIRST_DAY, Math.min(LAST_DAY, day));
    const dp = pick(rnd, DATE_MIX);
    let s = day;
    let e = day;
    const { year, month } = dayNumberToCivil(day);
    if (dp === 1) {
      s = civilToDayNumber(year, month, 1);
      e = civilToDayNumber(year, month, daysInMonth(year, month));
    } else if (dp === 2) {
      s = civilToDayNumber(year, 1, 1);
      e = civilToDayNumber(year, 12, 31);
    } else if (dp === 3) {
      e = Math.min(LAST_DAY, day + 1 + Math.floor(rnd() * 60));
    }
    const h = hotspots[Math.floor(rnd() * hotspots.length)]!;
    raw.lon[i] = Math.max(f.west, Math.min(f.east, h.lon + gauss(rnd) * h.sd));
    raw.lat[i] = Math.max(f.south, Math.min(f.north, h.lat + gauss(rnd) * h.sd * 0.7));
    raw.startDay[i] = s;
    raw.endDay[i] = e;
    raw.datePrecision[i] = dp;
    raw.locationPrecision[i] = pick(rnd, LOCATION_MIX);
    raw.kind[i] = pick(rnd, KIND_MIX);
  }
  onProgress(1);
  return raw;
}

/** Details of synthetic row `row`: derived from the columns, so no strings are stored per event (border measures come from the worker's columns). */
export function syntheticDetail(
  raw: Pick<RawColumns, 'lon' | 'lat' | 'startDay' | 'endDay' | 'kind' | 'datePrecision' | 'locationPrecision'>,
  row: number,
  seed: number,
): Omit<BulkDetail, 'border'> {
  const kind = KIND_CODES[raw.kind[row]!] ?? 'incident';
  return {
    title: `Synthetic ${kind} #${row + 1}`,
    kind,
    startDay: raw.startDay[row]!,
    endDay: raw.endDay[row]!,
    datePrecision: DATE_PRECISION_CODES[raw.datePrecision[row]!] ?? 'day',
    locationPrecision: LOCATION_PRECISION_CODES[raw.locationPrecision[row]!] ?? 'point',
    lon: raw.lon[row]!,
    lat: raw.lat[row]!,
    fatalities: null,
    sourceName: `Synthetic benchmark data (seed ${seed})`,
    sourceText: `Generated event ${row + 1} of a seeded synthetic set; not a real incident.`,
  };
}

/** The same synthetic events as ImportRecords, as an importer would hand them to `loadBulk`. */
export function syntheticRecords(count: number, seed: number): ImportRecord[] {
  const raw = syntheticRaw(count, seed);
  return Array.from({ length: count }, (_, i) => {
    const d = syntheticDetail(raw, i, seed);
    return {
      id: `syn-${seed}-${i + 1}`,
      kind: d.kind,
      title: d.title,
      lon: d.lon,
      lat: d.lat,
      startDay: d.startDay,
      endDay: d.endDay,
      datePrecision: d.datePrecision,
      locationPrecision: d.locationPrecision,
      fatalities: d.fatalities,
      sourceName: d.sourceName,
      sourceText: d.sourceText,
      row: i + 2,
    };
  });
}
