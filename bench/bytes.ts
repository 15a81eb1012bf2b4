/**
 * Production-build sizes, raw and gzip: every asset, what the default view fetches, and the app's
 * own JS without MapLibre (MapLibre is bundled into the main chunk, so its size is measured from
 * its own prebuilt ESM file and subtracted).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export interface AssetSize {
  file: string;
  raw: number;
  gzip: number;
}

const sizeOf = (path: string, file: string): AssetSize => {
  const buf = readFileSync(path);
  return { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
};

/** Sizes of every file in dist/assets. */
export function assetSizes(dist = 'dist'): AssetSize[] {
  const dir = join(dist, 'assets');
  return readdirSync(dir)
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => sizeOf(join(dir, f), `assets/${f}`))
    .sort((a, b) => b.gzip - a.gzip);
}

/** MapLibre's own main bundle (what the app's main chunk contains of it). */
export function maplibreSize(): AssetSize {
  return sizeOf('node_modules/maplibre-gl/dist/maplibre-gl.mjs', 'maplibre-gl.mjs');
}

export interface DefaultViewBytes {
  /** Files requested while the default view loaded. */
  files: AssetSize[];
  jsGzip: number;
  dataGzip: number;
  cssGzip: number;
  maplibreMainGzip: number;
  maplibreWorkerGzip: number;
  /** Our JS (+ d3, turf, zustand) + data + CSS, MapLibre excluded: the ≤ 100 KB budget. */
  appGzip: number;
  lazy: AssetSize[];
}

/** Splits the assets into what the default view fetched and what loads on demand. */
export function defaultViewBytes(all: AssetSize[], requested: ReadonlySet<string>): DefaultViewBytes {
  const files = all.filter((a) => requested.has(a.file));
  const sum = (xs: AssetSize[]): number => xs.reduce((n, a) => n + a.gzip, 0);
  const worker = files.filter((a) => a.file.includes('maplibre-gl-worker'));
  const js = files.filter((a) => /\.m?js$/.test(a.file) && !a.file.includes('maplibre-gl-worker'));
  const css = files.filter((a) => a.file.endsWith('.css'));
  const data = files.filter((a) => /\.(geo)?json$/.test(a.file));
  const ml = maplibreSize().gzip;
  // maplibre-gl.css (~9 KB gzip of the CSS chunk) is MapLibre's too, but kept in the app figure: it is one chunk.
  return {
    files,
    jsGzip: sum(js),
    dataGzip: sum(data),
    cssGzip: sum(css),
    maplibreMainGzip: ml,
    maplibreWorkerGzip: sum(worker),
    appGzip: sum(js) - ml + sum(data) + sum(css),
    lazy: all.filter((a) => !requested.has(a.file)),
  };
}
