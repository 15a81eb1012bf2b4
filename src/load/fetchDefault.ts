/**
 * Loads the embedded default data from the app's own origin (files → validated model). The
 * geography is a fetched asset, validated here: the light file (simplified, 1e-3°), and
 * `load/exactGeo.ts` fetches the exact one on demand. The records (sources index, posts, phases,
 * events) are a module of the build, which validated them against the exact geography, every
 * article text and `reports.json` (scripts/defaultDataPlugin.ts): they are normalised here, not
 * validated again. They come without what a view loads when it needs it: the full reports
 * (`load/reports.ts`; citations resolve against the report index the same module carries), the article
 * texts (`load/sourceTexts.ts`), and the events' summaries, notes and translated titles
 * (`load/loadEventTexts.ts`).
 */
import type { Dataset, GeoBundle } from '../model/types';
import { GEO_FILES, GEO_LIGHT, fileLabel, type GeoFileKey } from '../schema/manifest';
import { parseGeoBundle } from '../schema/geo';
import shippedMeasures, { borderLabelPoint } from 'virtual:frontier-border-measures';
import { createGeoLookup } from '../geo/geoLookup';
import { unpackGeo } from '../geo/packGeo';
import { datasetOf } from './datasetOf';

// Every data file as an asset URL, keyed by its path under data/ (the manifest picks from these).
// The .geojson files are not among them: the browser gets them all in geo.light.json (and geo.packed.json on demand);
// `events.json` stays an asset whole (a `?data=` link can import the app's own file) and `reports.json`
// loads on demand, but the boot reads the records from the build's module (scripts/defaultDataPlugin.ts).
// The posts, phases and sources index are not among them: nothing fetches them, and the
// single-file build would carry them twice.
const assetUrls = import.meta.glob(
  ['../../data/{events,reports,geo.light,geo.packed}.json', '../../data/sources/*.txt', '../../data/geo/*.json'],
  {
    query: '?url',
    import: 'default',
    eager: true,
  },
) as Record<string, string>;
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

/** Fetches and validates one packed geography file (`GEO_LIGHT` or `GEO_PACKED`) with the credits; throws DataLoadError. */
export async function fetchGeo(packedFile: string): Promise<GeoBundle> {
  const [packed, credits] = await Promise.all([getDataFile(packedFile, 'json'), getDataFile(GEO_FILES.credits, 'json')]);
  // Files missing from the packed file reach validation as undefined, which names them.
  const geoFiles = { ...unpackGeo(packed), credits } as Record<GeoFileKey, unknown>;
  const geoResult = parseGeoBundle(geoFiles);
  if (!geoResult.ok) throw new DataLoadError('Geography files are invalid', geoResult.errors);
  return geoResult.geo;
}

/** Fetches and validates the default geography and normalises the build's records with it; throws DataLoadError listing every problem. */
export async function fetchDefaultData(): Promise<{ geo: GeoBundle; dataset: Dataset }> {
  const [geo, data] = await Promise.all([fetchGeo(GEO_LIGHT), import('virtual:frontier-default-data').then((m) => m.default)]);
  // Only the dev server serves invalid data (a build fails on it): shown as any load error is. Each
  // message names its file (events, posts, phases, sources index or reports), so the heading names none.
  if (!data.ok) throw new DataLoadError('The data files are invalid', data.errors);
  // The shipped events' border measures and the border's label point come from the build (over the
  // exact geometry): no border index is built at boot, and no shipped position rests on the light file.
  const lookup = { ...createGeoLookup(geo), shippedMeasures };
  if (borderLabelPoint !== null) lookup.borderLabelPoint = borderLabelPoint;
  const result = datasetOf(data.records, data.reportIndex, lookup);
  if (!result.ok)
    throw new DataLoadError(
      'The data files are invalid',
      result.errors.map((e) => e.message),
    );
  return { geo, dataset: result.dataset };
}
