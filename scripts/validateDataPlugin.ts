/**
 * Vite plugin: validates every data file at build (and dev-server start), failing the build with
 * messages that name file, record, field and expectation. The browser validates again at load.
 */
import type { Plugin } from 'vite';
import { formatErrors, parseDataset } from '../src/load/loadDataset.ts';
import { readDatasetFiles, readGeoFiles } from '../src/load/readDatasetFiles.ts';
import { createGeoLookup } from '../src/geo/geoLookup.ts';
import { parseGeoBundle } from '../src/schema/geo.ts';

const dataDir = new URL('../data/', import.meta.url);

/** Validates data/ and returns human-readable errors (empty when valid). */
export function validateDataDir(): string[] {
  const geoResult = parseGeoBundle(readGeoFiles(dataDir));
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
