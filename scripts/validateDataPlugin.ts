/**
 * Vite plugin: validates every data file at build (and dev-server start), failing the build with
 * messages that name file, record, field and expectation. The default view's records and the index
 * of `reports.json` it uses instead of the file reach the app as the build validated them
 * (defaultDataPlugin); imported files are validated in the browser, citations against that index.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { formatErrors, parseDataset } from '../src/load/loadDataset.ts';
import { readDatasetFiles, readGeoFiles } from '../src/load/readDatasetFiles.ts';
import { createGeoLookup } from '../src/geo/geoLookup.ts';
import { parseGeoBundle } from '../src/schema/geo.ts';
import { DATA_FILES } from '../src/schema/manifest.ts';
import { reportIndexOf, validateReports } from '../src/schema/validate.ts';
import type { ReportSummary } from '../src/schema/report.ts';

const dataDir = new URL('../data/', import.meta.url);

/** Validates data/ and returns human-readable errors (empty when valid). */
export function validateDataDir(): string[] {
  const geoResult = parseGeoBundle(readGeoFiles(dataDir));
  if (!geoResult.ok) return geoResult.errors;
  const result = parseDataset(readDatasetFiles(dataDir), createGeoLookup(geoResult.geo));
  return result.ok ? [] : formatErrors(result.errors).split('\n');
}

/** The index of `reports.json` under `dir`: its valid reports' ids, outlets and fact ids, in file order. */
export function reportIndexOfDir(dir: URL = dataDir): ReportSummary[] {
  const input = JSON.parse(readFileSync(new URL(DATA_FILES.reports, dir), 'utf8')) as unknown;
  // Invalid reports are left out here; buildStart fails the build on them anyway.
  return reportIndexOf(validateReports(input).records);
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
