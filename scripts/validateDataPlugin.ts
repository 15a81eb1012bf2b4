/**
 * Vite plugin: validates every data file at build (and dev-server start), failing the build with
 * messages that name file, record, field and expectation. The browser validates again at load.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { formatErrors, parseDataset } from '../src/load/loadDataset.ts';
import { readDatasetFiles } from '../src/load/readDatasetFiles.ts';
import { createGeoLookup } from '../src/geo/geoLookup.ts';
import { parseGeoBundle } from '../src/schema/validateGeo.ts';

const dataDir = new URL('../data/', import.meta.url);
const readJson = (name: string): unknown => JSON.parse(readFileSync(new URL(name, dataDir), 'utf8')) as unknown;

/** Validates data/ and returns human-readable errors (empty when valid). */
export function validateDataDir(): string[] {
  const geoResult = parseGeoBundle({
    border: readJson('geo/border.geojson'),
    regions: readJson('geo/regions.geojson'),
    countries: readJson('geo/countries.geojson'),
    rivers: readJson('geo/rivers.geojson'),
    places: readJson('geo/places.geojson'),
    settlements: readJson('geo/settlements.geojson'),
    districts: readJson('geo/districts.geojson'),
    credits: readJson('geo/sources.json'),
  });
  if (!geoResult.ok) return geoResult.errors;
  const result = parseDataset(readDatasetFiles(dataDir), createGeoLookup(geoResult.geo));
  return result.ok ? [] : formatErrors(result.errors).split('\n');
}

export function validateDataPlugin(): Plugin {
  return {
    name: 'frontier-validate-data',
    buildStart() {
      const errors = validateDataDir();
      if (errors.length) this.error(`Invalid data files:\n${errors.join('\n')}`);
    },
  };
}
