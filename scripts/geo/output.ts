/** Stable text output of the geography build: one feature per line, keys in the order built. */
import fs from 'node:fs';
import path from 'node:path';
import type { Geometry } from 'geojson';
import { OUT } from './config.ts';
import { log } from './log.ts';

/** A feature as the build makes it: properties always carry the id. */
export interface OutFeature<P extends { id: string } = { id: string }, G extends Geometry = Geometry> {
  type: 'Feature';
  properties: P;
  geometry: G;
}

/** The FeatureCollection text: `id` hoisted, one feature per line, a final newline. */
export function featureCollectionText(features: readonly OutFeature[]): string {
  const body = features.map((f) =>
    JSON.stringify({ type: 'Feature', id: f.properties.id, properties: f.properties, geometry: f.geometry }),
  );
  return `{"type":"FeatureCollection","features":[\n${body.join(',\n')}\n]}\n`;
}

/** Order features by id (code-unit order, as the app's tests expect). */
export const byId = (a: OutFeature, b: OutFeature): number =>
  a.properties.id < b.properties.id ? -1 : a.properties.id > b.properties.id ? 1 : 0;

/** Write a text file under data/geo/. */
export function writeOut(file: string, text: string): void {
  fs.writeFileSync(path.join(OUT, file), text);
}

/** Write `features` as data/geo/<file>. */
export function writeFeatureCollection(file: string, features: readonly OutFeature[]): void {
  const text = featureCollectionText(features);
  writeOut(file, text);
  log(`wrote data/geo/${file} (${features.length} features, ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB)`);
}

/** Size in bytes of a file under data/geo/. */
export const sizeOf = (file: string): number => fs.statSync(path.join(OUT, file)).size;
