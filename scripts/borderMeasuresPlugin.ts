/**
 * Vite plugin: the border measures (km to the line, bank, km along it) of the shipped events,
 * computed at build with the runtime function (`measureLocation` over `borderIndexFor`) and served
 * as `virtual:frontier-border-measures`, so the default view neither downloads `borderMeasure.ts`
 * (flatbush, turf) nor measures 40-odd events at boot. Imported records are still measured at
 * runtime; src/load/shippedMeasures.test.ts checks these values equal the runtime's.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { borderIndexFor } from '../src/geo/borderMeasure.ts';
import { borderLengthKm } from '../src/geo/borderLength.ts';
import type { BorderMeasure } from '../src/geo/borderRules.ts';
import { createGeoLookup, type LngLat } from '../src/geo/geoLookup.ts';
import { parseDataset } from '../src/load/loadDataset.ts';
import { readDatasetFiles, readGeoFiles } from '../src/load/readDatasetFiles.ts';
import { DATA_FILES, GEO_FILES } from '../src/schema/manifest.ts';
import { parseGeoBundle } from '../src/schema/geo.ts';

export const BORDER_MEASURES_ID = 'virtual:frontier-border-measures';
const RESOLVED_ID = `\0${BORDER_MEASURES_ID}`;
const dataDir = new URL('../data/', import.meta.url);

/** What the module holds, computed from the exact geometry. */
export interface ShippedGeoFacts {
  /** Each shipped event's measure by id; empty when data/ is invalid (validateDataPlugin reports why). */
  measures: Array<[string, BorderMeasure]>;
  /** The exact border's label point (`lineLabelPoint`), or null without a border. */
  borderLabelPoint: LngLat | null;
  /** The exact border's length in km (`borderLengthKm`), or null without a border: the legend's "as drawn" at any zoom. */
  borderLengthKm: number | null;
}

/** The shipped events' measures and the border's label point, as the runtime computes them. */
export function shippedBorderMeasures(dir: URL = dataDir): ShippedGeoFacts {
  const geoResult = parseGeoBundle(readGeoFiles(dir));
  if (!geoResult.ok) return { measures: [], borderLabelPoint: null, borderLengthKm: null };
  const lookup = createGeoLookup(geoResult.geo);
  const borderLabelPoint = lookup.borderLabelPoint ?? null;
  const index = borderIndexFor(geoResult.geo);
  if (index !== undefined) lookup.borderIndex = index;
  const result = parseDataset(readDatasetFiles(dir), lookup);
  return {
    measures: result.ok ? result.dataset.events.map((e) => [e.id, e.border]) : [],
    borderLabelPoint,
    borderLengthKm: geoResult.geo.border.features.length ? borderLengthKm(geoResult.geo.border) : null,
  };
}

/**
 * The module's source. JSON keeps every double exactly (shortest round-trip form), and the
 * measures hold no NaN or Infinity (a missing figure is null).
 */
export function borderMeasuresModule(facts: ShippedGeoFacts): string {
  return `export default new Map(${JSON.stringify(facts.measures)});\nexport const borderLabelPoint = ${JSON.stringify(facts.borderLabelPoint)};\nexport const borderLengthKm = ${JSON.stringify(facts.borderLengthKm)};\n`;
}

export function borderMeasuresPlugin(): Plugin {
  return {
    name: 'frontier-border-measures',
    resolveId: (id) => (id === BORDER_MEASURES_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // Rebuilt when a data file changes: by the build's watch mode, and on the dev server by defaultDataPlugin's reloadOnDataChange.
      for (const path of [...Object.values(DATA_FILES), ...Object.values(GEO_FILES)])
        this.addWatchFile(fileURLToPath(new URL(path, dataDir)));
      return borderMeasuresModule(shippedBorderMeasures());
    },
  };
}
