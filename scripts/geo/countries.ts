/** Country outlines (OSM, clipped to the frontier) with Russian names from i18n-iso-countries. */
import * as turf from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { labelAnchor } from './anchors.ts';
import { cachePath, readJson } from './cache.ts';
import { CLIP_BOX, pkgRef } from './config.ts';
import { cleanPolygons, polygonsOf, simplifyGeom, type Pt } from './geometry.ts';
import { log } from './log.ts';
import { OSM_SOURCE, type OsmCountries } from './osm.ts';
import { byId, type OutFeature } from './output.ts';

export const I18N_PKG = 'i18n-iso-countries';

type Role = 'focus' | 'context';
export const COUNTRIES: ReadonlyArray<{ id: string; name: string; role: Role }> = [
  { id: 'AFG', name: 'Afghanistan', role: 'focus' },
  { id: 'CHN', name: 'China', role: 'context' },
  { id: 'KGZ', name: 'Kyrgyzstan', role: 'context' },
  { id: 'PAK', name: 'Pakistan', role: 'context' },
  { id: 'TJK', name: 'Tajikistan', role: 'focus' },
  { id: 'TKM', name: 'Turkmenistan', role: 'context' },
  { id: 'UZB', name: 'Uzbekistan', role: 'context' },
];
/** Focus countries keep more detail (their shared edge is drawn by border.geojson anyway). */
export const COUNTRY_TOLERANCE: Record<Role, number> = { focus: 0.003, context: 0.015 };

/** i18n-iso-countries' data: names by alpha-2, and [alpha2, alpha3, numeric] rows. */
export interface CountryNames {
  names: Record<string, string | string[]>;
  codes: Array<[string, string, string]>;
}

/**
 * Map labels want the short form; i18n-iso-countries gives China's long official form, so it is
 * shortened here (the only override).
 */
const RU_OVERRIDES: Record<string, string> = { CHN: 'Китай' };

/** Russian name of an alpha-3 country: an override, else the package's first name, else null. */
export function nameRu(ru: CountryNames, a3: string): string | null {
  const override = RU_OVERRIDES[a3];
  if (override) return override;
  const a2 = ru.codes.find((c) => c[1] === a3)?.[0];
  const v = a2 ? ru.names[a2] : undefined;
  return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
}

export function loadRussianNames(): CountryNames {
  return {
    names: readJson<{ countries: CountryNames['names'] }>(cachePath(I18N_PKG, 'langs', 'ru.json')).countries,
    codes: readJson<CountryNames['codes']>(cachePath(I18N_PKG, 'codes.json')),
  };
}

export interface CountryProps {
  id: string;
  name: string;
  name_ru: string | null;
  role: Role;
  source: string;
  /** Label anchor inside the (clipped) outline (anchors.ts). */
  label: Pt;
}

/** Clip, simplify and clean each country; those that miss the clip box are skipped. */
export function buildCountries(osm: OsmCountries, ru: CountryNames): Array<OutFeature<CountryProps, Polygon | MultiPolygon>> {
  const out: Array<OutFeature<CountryProps, Polygon | MultiPolygon>> = [];
  for (const c of COUNTRIES) {
    const clipped = turf.bboxClip(osm.country(c.id), CLIP_BOX).geometry;
    const geometry = cleanPolygons(polygonsOf(simplifyGeom(clipped, COUNTRY_TOLERANCE[c.role])));
    if (!geometry) {
      log(`countries: ${c.id} does not reach the clip box, skipped`);
      continue;
    }
    out.push({
      type: 'Feature',
      properties: {
        id: c.id,
        name: c.name,
        name_ru: nameRu(ru, c.id),
        role: c.role,
        source: `${OSM_SOURCE}, clipped to ${CLIP_BOX.join(',')}; name_ru: npm ${pkgRef(I18N_PKG)}`,
        label: labelAnchor(geometry, c.id),
      },
      geometry,
    });
  }
  return out.sort(byId);
}
