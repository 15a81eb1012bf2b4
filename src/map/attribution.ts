/** The attribution line, generated from the data's own credits (data/geo/sources.json + articles). */
import type { Dataset, GeoBundle } from '../model/types';

/** One entry per dataset (name, licence, attribution), then the event sources. */
export function attributionLines(geo: GeoBundle, dataset: Dataset): string[] {
  // Each credit's attribution text already names its licence; identical lines are shown once.
  const lines = [...new Set(geo.credits.map((c) => c.attribution))];
  if (dataset.sources.length) lines.push(`Events: ${dataset.sources.length} news articles, quoted in the source panel`);
  return lines;
}
