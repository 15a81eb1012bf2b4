/**
 * Loads the embedded default data from the app's own origin (files → validated model). Data files
 * are emitted as build assets, fetched in parallel, and validated here as well as at build time.
 */
import borderUrl from '../../data/geo/border.geojson?url';
import regionsUrl from '../../data/geo/regions.geojson?url';
import countriesUrl from '../../data/geo/countries.geojson?url';
import riversUrl from '../../data/geo/rivers.geojson?url';
import placesUrl from '../../data/geo/places.geojson?url';
import settlementsUrl from '../../data/geo/settlements.geojson?url';
import districtsUrl from '../../data/geo/districts.geojson?url';
import creditsUrl from '../../data/geo/sources.json?url';
import sourcesIndexUrl from '../../data/sources/index.json?url';
import eventsUrl from '../../data/events.json?url';
import phasesUrl from '../../data/phases.json?url';
import outpostsUrl from '../../data/outposts.json?url';
import type { Dataset, GeoBundle } from '../model/types';
import { parseGeoBundle } from '../schema/validateGeo';
import { createGeoLookup } from '../geo/geoLookup';
import { parseDataset } from './loadDataset';

// Article texts: `?url` for every file in data/sources, keyed by file name.
const sourceTextUrls = import.meta.glob('../../data/sources/*.txt', { query: '?url', import: 'default', eager: true }) as Record<
  string,
  string
>;

export class DataLoadError extends Error {
  constructor(
    message: string,
    readonly details: string[],
  ) {
    super(message);
  }
}

async function get(url: string, name: string, as: 'json' | 'text'): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new DataLoadError(`${name}: HTTP ${res.status}`, []);
  if (as === 'text') return res.text();
  try {
    return await res.json();
  } catch (e) {
    throw new DataLoadError(`${name}: not valid JSON (${e instanceof Error ? e.message : String(e)})`, []);
  }
}

/** Fetches and validates the default geography and dataset; throws DataLoadError listing every problem. */
export async function fetchDefaultData(): Promise<{ geo: GeoBundle; dataset: Dataset }> {
  const [border, regions, countries, rivers, places, settlements, districts, credits, sourcesIndex, events, phases, outposts] =
    await Promise.all([
      get(borderUrl, 'border.geojson', 'json'),
      get(regionsUrl, 'regions.geojson', 'json'),
      get(countriesUrl, 'countries.geojson', 'json'),
      get(riversUrl, 'rivers.geojson', 'json'),
      get(placesUrl, 'places.geojson', 'json'),
      get(settlementsUrl, 'settlements.geojson', 'json'),
      get(districtsUrl, 'districts.geojson', 'json'),
      get(creditsUrl, 'sources.json', 'json'),
      get(sourcesIndexUrl, 'sources/index.json', 'json'),
      get(eventsUrl, 'events.json', 'json'),
      get(phasesUrl, 'phases.json', 'json'),
      get(outpostsUrl, 'outposts.json', 'json'),
    ]);
  const sourceTexts: Record<string, string> = {};
  await Promise.all(
    Object.entries(sourceTextUrls).map(async ([path, url]) => {
      const file = path.split('/').pop() as string;
      sourceTexts[file] = (await get(url, `sources/${file}`, 'text')) as string;
    }),
  );
  const geoResult = parseGeoBundle({ border, regions, countries, rivers, places, settlements, districts, credits });
  if (!geoResult.ok) throw new DataLoadError('Geography files are invalid', geoResult.errors);
  const geo = geoResult.geo;
  const lookup = createGeoLookup(geo);
  const result = parseDataset({ sourcesIndex, sourceTexts, events, phases, outposts }, lookup);
  if (!result.ok)
    throw new DataLoadError(
      'Event data is invalid',
      result.errors.map((e) => e.message),
    );
  return { geo, dataset: result.dataset };
}
