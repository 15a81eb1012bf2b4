/** Plain-data snapshots of the geography and bundled articles for the import worker. */
import { lineLabelPoint } from '../geo/geoLookup';
import type { Dataset, GeoBundle } from '../model/types';
import type { BundledSource, GeoRefs, ImportOptions } from './importTypes';

/** Place and settlement points, region and district anchors (from the data) and the border's point, keyed by id. */
export function geoRefsOf(
  geo: Pick<GeoBundle, 'places' | 'regions' | 'border'> & Partial<Pick<GeoBundle, 'settlements' | 'districts'>>,
): GeoRefs {
  const places: GeoRefs['places'] = {};
  for (const f of [...geo.places.features, ...(geo.settlements?.features ?? [])])
    places[f.properties.id] = [f.geometry.coordinates[0] ?? 0, f.geometry.coordinates[1] ?? 0];
  const regions: GeoRefs['regions'] = {};
  for (const f of geo.regions.features) regions[f.properties.id] = [f.properties.label[0], f.properties.label[1]];
  const districts: NonNullable<GeoRefs['districts']> = {};
  for (const f of geo.districts?.features ?? []) districts[f.properties.id] = [f.properties.label[0], f.properties.label[1]];
  const border = geo.border.features[0];
  return {
    places,
    regions,
    ...(geo.districts === undefined ? {} : { districts }),
    borderId: border?.properties.id ?? 'tj-af',
    borderPoint: border ? (lineLabelPoint(border.geometry) ?? null) : null,
  };
}

/**
 * Import options for the data on screen, its article texts by source id (`loadSourceTexts`: a
 * quote from a bundled article is checked against its text); `today` is the user's current UTC day.
 */
export function importOptionsFor(
  geo: GeoBundle,
  data: Pick<Dataset, 'sources' | 'reportIndex' | 'outposts'>,
  texts: ReadonlyMap<string, string>,
  today: number,
): ImportOptions {
  const bundled: Record<string, BundledSource> = {};
  for (const s of data.sources) {
    const text = texts.get(s.id);
    if (!s.id.startsWith('import:') && text !== undefined) bundled[s.id] = { title: s.title, text };
  }
  const reports = Object.fromEntries(data.reportIndex.map((r) => [r.id, r.facts]));
  return { today, geo: geoRefsOf(geo), sources: bundled, reports, outposts: data.outposts.map((o) => o.id) };
}
