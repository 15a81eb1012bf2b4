/**
 * Loads the embedded default data from the app's own origin (files → validated model). The files
 * the manifest lists are emitted as build assets, fetched in parallel, and validated here as well
 * as at build time — all but `reports.json`: the default view checks citations against the report
 * index built with the app, and `load/reports.ts` fetches the full reports when a view needs them.
 * Nor the article texts: `load/sourceTexts.ts` fetches them when a view needs them. The geography
 * is the light file (simplified, 1e-3°); `load/exactGeo.ts` fetches the exact one on demand.
 * The events come without their summaries, notes and translated titles (`model/eventTexts.ts`): a module of the build,
 * not the file, and `load/loadEventTexts.ts` fetches those texts on demand.
 */
import type { Dataset, GeoBundle, ReportSummary } from '../model/types';
import { DATA_FILES, GEO_FILES, GEO_LIGHT, SOURCE_TEXTS_DIR, fileLabel, type GeoFileKey } from '../schema/manifest';
import { parseGeoBundle } from '../schema/geo';
import shippedMeasures, { borderLabelPoint } from 'virtual:frontier-border-measures';
import { createGeoLookup } from '../geo/geoLookup';
import { unpackGeo } from '../geo/packGeo';
import { parseWithIndex } from './loadDataset';

// Every data file as an asset URL, keyed by its path under data/ (the manifest picks from these).
// The .geojson files are not among them: the browser gets them all in geo.light.json (and geo.packed.json on demand);
// events.json stays an asset whole (a `?data=` link can import the app's own file), but the boot
// reads it in two halves (scripts/eventTextsPlugin.ts).
const assetUrls = import.meta.glob(['../../data/*.json', '../../data/sources/*', '../../data/geo/*.json'], {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const DATA_PREFIX = '../../data/';

export class DataLoadError extends Error {
  constructor(
    message: string,
    readonly details: string[],
  ) {
    super(message);
  }
}

/** Fetch one data file of the build (a path under data/) as JSON or text; throws DataLoadError. */
export async function getDataFile(path: string, as: 'json' | 'text'): Promise<unknown> {
  const name = fileLabel(path);
  const url = assetUrls[DATA_PREFIX + path];
  if (url === undefined) throw new DataLoadError(`${name}: not in the build`, []);
  const res = await fetch(url);
  if (!res.ok) throw new DataLoadError(`${name}: HTTP ${res.status}`, []);
  if (as === 'text') return res.text();
  try {
    return await res.json();
  } catch (e) {
    throw new DataLoadError(`${name}: not valid JSON (${e instanceof Error ? e.message : String(e)})`, []);
  }
}

/** Fetch every entry of a manifest table, keeping its keys. */
async function getAll<K extends string>(table: Readonly<Record<K, string>>): Promise<Record<K, unknown>> {
  const entries = await Promise.all(
    Object.entries<string>(table).map(async ([key, path]) => [key, await getDataFile(path, 'json')] as const),
  );
  return Object.fromEntries(entries) as Record<K, unknown>;
}

const { reports: _reports, events: _events, ...DEFAULT_FILES } = DATA_FILES;

/** The report index the build put in the app (scripts/validateDataPlugin.ts), trusted: it comes from the validated file. */
function reportIndex(): ReportSummary[] {
  const json = import.meta.env.VITE_FRONTIER_REPORT_INDEX;
  if (json === undefined) throw new DataLoadError('reports.json: no report index in the build', []);
  return JSON.parse(json) as ReportSummary[];
}

/** Fetches and validates one packed geography file (`GEO_LIGHT` or `GEO_PACKED`) with the credits; throws DataLoadError. */
export async function fetchGeo(packedFile: string): Promise<GeoBundle> {
  const [packed, credits] = await Promise.all([getDataFile(packedFile, 'json'), getDataFile(GEO_FILES.credits, 'json')]);
  // Files missing from the packed file reach validation as undefined, which names them.
  const geoFiles = { ...unpackGeo(packed), credits } as Record<GeoFileKey, unknown>;
  const geoResult = parseGeoBundle(geoFiles);
  if (!geoResult.ok) throw new DataLoadError('Geography files are invalid', geoResult.errors);
  return geoResult.geo;
}

/** Fetches and validates the default geography and dataset; throws DataLoadError listing every problem. */
export async function fetchDefaultData(): Promise<{ geo: GeoBundle; dataset: Dataset }> {
  const textPaths = Object.keys(assetUrls)
    .map((key) => key.slice(DATA_PREFIX.length))
    .filter((path) => path.startsWith(SOURCE_TEXTS_DIR) && path.endsWith('.txt'));
  const [geo, dataFiles, events] = await Promise.all([
    fetchGeo(GEO_LIGHT),
    getAll(DEFAULT_FILES),
    import('virtual:frontier-events').then((m) => m.default),
  ]);
  // The article texts are not fetched here: the index is checked against their file names only.
  const files = {
    ...dataFiles,
    events,
    sourceTexts: Object.fromEntries(textPaths.map((path) => [path.slice(SOURCE_TEXTS_DIR.length), null])),
  };
  // The shipped events' border measures and the border's label point come from the build (over the
  // exact geometry): no border index is built at boot, and no shipped position rests on the light file.
  const lookup = { ...createGeoLookup(geo), shippedMeasures };
  if (borderLabelPoint !== null) lookup.borderLabelPoint = borderLabelPoint;
  const result = parseWithIndex(files, reportIndex(), lookup);
  if (!result.ok)
    throw new DataLoadError(
      'Event data is invalid',
      result.errors.map((e) => e.message),
    );
  return { geo, dataset: result.dataset };
}
