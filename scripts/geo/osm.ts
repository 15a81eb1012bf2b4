/** OpenStreetMap country polygons from the geo-maps package: the source of border and countries. */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { cachePath, readJson } from './cache.ts';
import { pkgRef } from './config.ts';
import { fail } from './log.ts';

export const OSM_PKG = '@geo-maps/countries-maritime-10m';
export const OSM_SOURCE = `OpenStreetMap via npm ${pkgRef(OSM_PKG)} (ODbL)`;

export type CountryShape = Feature<Polygon | MultiPolygon, { A3: string }>;

/** Looks countries up by ISO alpha-3 in the package's one big FeatureCollection. */
export interface OsmCountries {
  country(a3: string): CountryShape;
}

/** Read the package once. */
export function loadOsmCountries(): OsmCountries {
  const osm = readJson<{ features: CountryShape[] }>(cachePath(OSM_PKG, 'map.geo.json'));
  return {
    country(a3) {
      const f = osm.features.find((x) => x.properties.A3 === a3);
      if (!f) fail(`${a3} missing from ${OSM_PKG}`);
      return f;
    },
  };
}
