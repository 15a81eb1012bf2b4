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

/** MapLibre's own files: its chunk, its CSS and its worker (the build splits them off by name). */
export const isMapLibre = (file: string): boolean => /^assets\/maplibre/.test(file);

export interface DefaultViewBytes {
  /** Files requested while the default view loaded. */
  files: AssetSize[];
  /** The app's own (MapLibre excluded), by kind. */
  jsGzip: number;
  dataGzip: number;
  cssGzip: number;
  maplibreMainGzip: number;
  maplibreCssGzip: number;
  maplibreWorkerGzip: number;
  /** Our JS (+ d3, turf, zustand) + data + CSS, MapLibre's files excluded: the ≤ 100 KB budget. */
  appGzip: number;
  /** Fetched in the seconds after the first idle, unasked (outside the budget, listed beside it). */
  afterIdle: AssetSize[];
  lazy: AssetSize[];
}

/** Splits the assets into what the default view fetched (ours / MapLibre's) and what loads on demand. */
export function defaultViewBytes(
  all: AssetSize[],
  requested: ReadonlySet<string>,
  afterIdle: ReadonlySet<string> = new Set(),
): DefaultViewBytes {
  const files = all.filter((a) => requested.has(a.file));
  const sum = (xs: AssetSize[]): number => xs.reduce((n, a) => n + a.gzip, 0);
  const ml = files.filter((a) => isMapLibre(a.file));
  const ours = files.filter((a) => !isMapLibre(a.file));
  const js = ours.filter((a) => /\.m?js$/.test(a.file));
  const css = ours.filter((a) => a.file.endsWith('.css'));
  const data = ours.filter((a) => /\.(geo)?json$/.test(a.file) || a.file.endsWith('.txt'));
  return {
    files,
    jsGzip: sum(js),
    dataGzip: sum(data),
    cssGzip: sum(css),
    maplibreMainGzip: sum(ml.filter((a) => a.file.endsWith('.js'))),
    maplibreCssGzip: sum(ml.filter((a) => a.file.endsWith('.css'))),
    maplibreWorkerGzip: sum(ml.filter((a) => a.file.includes('worker'))),
    appGzip: sum(js) + sum(data) + sum(css),
    afterIdle: all.filter((a) => afterIdle.has(a.file)),
    lazy: all.filter((a) => !requested.has(a.file) && !afterIdle.has(a.file)),
  };
}

const kb = (n: number): string => (n / 1024).toFixed(1);
const name = (a: AssetSize): string => a.file.replace(/^assets\//, '').replace(/-[\w-]{8}(?=\.)/, '');

/** The bytes lines the bench prints: the budget figure, then every default-view asset of ours. */
export function bytesReport(b: DefaultViewBytes): string[] {
  const ours = b.files.filter((a) => !isMapLibre(a.file)).sort((x, y) => y.gzip - x.gzip);
  return [
    `default view beyond MapLibre: ${kb(b.appGzip)} KB gzip (target ≤ 100): JS ${kb(b.jsGzip)}, data ${kb(b.dataGzip)}, CSS ${kb(b.cssGzip)}; MapLibre's own: JS ${kb(b.maplibreMainGzip)}, CSS ${kb(b.maplibreCssGzip)}, worker ${kb(b.maplibreWorkerGzip)} KB`,
    `  ours: ${ours.map((a) => `${name(a)} ${kb(a.gzip)}`).join(', ')}`,
    ...(b.afterIdle.length
      ? [
          `  then, after the first idle: ${kb(b.afterIdle.reduce((n, a) => n + a.gzip, 0))} KB (${b.afterIdle.map((a) => `${name(a)} ${kb(a.gzip)}`).join(', ')})`,
        ]
      : []),
  ];
}
