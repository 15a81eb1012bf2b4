/**
 * The places and districts research asked for by name, and what the build found for each: a
 * places.geojson, settlements.geojson or districts.geojson id (with its GeoNames id), or nothing. SOURCES.md lists them.
 */
import type { DistrictFeature } from './districts.ts';
import type { PlaceFeature } from './places.ts';

export interface ResearchItem {
  /** The name as asked. */
  asked: string;
  side: 'TJ' | 'AF';
  /** Where to look: a district id, a place id, or a GeoNames id among the places. */
  district?: string;
  place?: string;
  geonameid?: number;
  /** What a reader needs to know about the match. */
  note?: string;
}

export const RESEARCH: readonly ResearchItem[] = [
  { asked: 'Shamsiddin Shohin district', side: 'TJ', district: 'tj-kl-shamsiddin-shohin' },
  { asked: 'Darvaz district', side: 'TJ', district: 'tj-bk-darvoz' },
  { asked: 'Vanj district', side: 'TJ', district: 'tj-bk-vanj' },
  { asked: 'Farkhor district', side: 'TJ', district: 'tj-kl-farkhor' },
  { asked: 'Panj district', side: 'TJ', district: 'tj-kl-panj' },
  { asked: 'Jaihun/Qumsangir district', side: 'TJ', district: 'tj-kl-jaihun' },
  { asked: 'Hamadoni district', side: 'TJ', district: 'tj-kl-hamadoni' },
  { asked: 'Kulob', side: 'TJ', place: 'kulob' },
  { asked: 'Khorog', side: 'TJ', place: 'khorugh' },
  { asked: 'Ishkashim', side: 'TJ', place: 'ishkoshim' },
  { asked: 'Langar', side: 'TJ', place: 'langar', note: 'GeoNames has only an Afghan Langar (35.99 N 68.05 E), outside the frame' },
  { asked: 'Murghab', side: 'TJ', place: 'murghob' },
  { asked: 'Kevron', side: 'TJ', place: 'kevron' },
  { asked: 'Dashti Yazgulom', side: 'TJ', place: 'dashti-yazgulom' },
  { asked: 'Kavok', side: 'TJ', place: 'kavok' },
  { asked: 'Zarbuz', side: 'TJ', place: 'zarbuz' },
  { asked: 'Shodak/Shadak', side: 'TJ', place: 'shadak', note: 'not in GeoNames: derived from Vishkharv (below), approximate' },
  { asked: 'Sarigor', side: 'TJ', place: 'sarigor' },
  { asked: 'Istiqlol', side: 'TJ', place: 'istiqlol', note: "GeoNames' Istiqlol is the Sughd town (40.57 N), far from the border" },
  { asked: 'Bahorak', side: 'TJ', place: 'bahorak' },
  { asked: 'Khirmanjo', side: 'TJ', place: 'khirmanjo' },
  { asked: 'Tishor', side: 'TJ', place: 'tishor' },
  {
    asked: 'Darkad',
    side: 'TJ',
    geonameid: 1144040,
    note: 'no Tajik Darkad in GeoNames; this is Darqad, the Afghan district seat opposite Khatlon',
  },
  { asked: 'Ruzvai', side: 'TJ', place: 'ruzvai' },
  { asked: 'Nulvand', side: 'TJ', place: 'nulvand' },
  { asked: 'Humrogi', side: 'TJ', place: 'humrogi' },
  { asked: 'Tem', side: 'TJ', place: 'tem' },
  { asked: 'Shohon', side: 'TJ', place: 'shohon' },
  { asked: 'Sher Khan Bandar', side: 'AF', place: 'sher-khan-bandar' },
  { asked: 'Imam Sahib', side: 'AF', place: 'imam-sahib' },
  { asked: 'Dasht-e Qala', side: 'AF', geonameid: 1143814 },
  { asked: 'Khwahan', side: 'AF', place: 'khwahan' },
  { asked: 'Shighnan', side: 'AF', place: 'shighnan', note: 'district af-bd-shighnan: GeoNames links no seat to it either' },
  { asked: 'Ishkashim', side: 'AF', place: 'ishkashim' },
  { asked: 'Rustaq', side: 'AF', geonameid: 1128265 },
  { asked: 'Yangi Qala', side: 'AF', geonameid: 1121271 },
  { asked: 'Chah Ab', side: 'AF', geonameid: 1145897 },
];

/** One row of the SOURCES.md table: what was asked, what the data has (or `—`), and a note. */
export interface ResearchRow {
  asked: string;
  side: 'TJ' | 'AF';
  found: string | null;
  note: string;
}

const gnText = (id: number | null): string => (id === null ? 'no GeoNames id' : `GeoNames ${id}`);

/** Resolve every item against the built places and districts. */
export function researchRows(places: readonly PlaceFeature[], districts: readonly DistrictFeature[]): ResearchRow[] {
  return RESEARCH.map((item): ResearchRow => {
    const note = item.note ?? '';
    if (item.district !== undefined) {
      const d = districts.find((f) => f.properties.id === item.district);
      return {
        asked: item.asked,
        side: item.side,
        found: d ? `district \`${d.properties.id}\` (seat ${gnText(d.properties.geonameid)})` : null,
        note,
      };
    }
    const p = places.find((f) => (item.place !== undefined ? f.properties.id === item.place : f.properties.geonameid === item.geonameid));
    return {
      asked: item.asked,
      side: item.side,
      found: p ? `place \`${p.properties.id}\` (${gnText(p.properties.geonameid)})` : null,
      note,
    };
  });
}
