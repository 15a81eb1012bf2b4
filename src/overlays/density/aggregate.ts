/**
 * Density of a large import for a window: the window's points counted on a square web-mercator
 * grid. Each occupied cell becomes one weighted point of a MapLibre heatmap, so a window of a
 * million events is drawn from a few thousand features. Pure (runs in the density worker).
 */
import type { TimeWindow } from '../../calendar/window';
import type { BulkColumns } from '../bulk/types';
import { gpuWindow, inGpuWindow, windowRanges } from '../bulk/windowRange';
import { latOf, lonOf } from '../bulk/details';

/** Grid cell size in mercator units: 2⁻¹⁴ of the world, about 2.4 km (less near the poles). */
export const CELL = 2 ** -14;

/** The columns the grid needs (a copy of them lives in the density worker). */
export type DensityColumns = Pick<BulkColumns, 'pos' | 'start' | 'endx' | 'buckets' | 'centre'>;

export interface DensityCells {
  /** Interleaved lon, lat (cell centre), count. */
  cells: Float32Array;
  /** Highest count of any cell (0 when empty). */
  max: number;
  /** Events counted (the window's events, by the GPU's test). */
  total: number;
}

/** Counts the window's events per grid cell; with `keep`, only records whose byte is 1 (the filters). */
export function aggregateDensity(c: DensityColumns, w: TimeWindow, cell = CELL, keep: Uint8Array | null = null): DensityCells {
  const { ws, we } = gpuWindow(w);
  const counts = new Map<number, number>();
  const [cx, cy] = c.centre;
  const cols = Math.ceil(1 / cell);
  let total = 0;
  for (const [lo, hi] of windowRanges(c.start, c.buckets, w))
    for (let i = lo; i < hi; i++) {
      if (!inGpuWindow(c.start[i]!, c.endx[i]!, ws, we) || (keep && !keep[i])) continue;
      const gx = Math.floor((c.pos[2 * i]! + cx) / cell);
      const gy = Math.floor((c.pos[2 * i + 1]! + cy) / cell);
      const key = gy * cols + gx;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      total++;
    }
  const cells = new Float32Array(counts.size * 3);
  let max = 0;
  let k = 0;
  for (const [key, n] of counts) {
    const gy = Math.floor(key / cols);
    const gx = key - gy * cols;
    cells[k++] = lonOf((gx + 0.5) * cell);
    cells[k++] = latOf((gy + 0.5) * cell);
    cells[k++] = n;
    if (n > max) max = n;
  }
  return { cells, max, total };
}

/** The cells as a GeoJSON FeatureCollection of points whose `w` (0..1, log-scaled) weights the heatmap. */
export function densityGeoJson(d: DensityCells): GeoJSON.FeatureCollection<GeoJSON.Point, { n: number; w: number }> {
  const features: Array<GeoJSON.Feature<GeoJSON.Point, { n: number; w: number }>> = [];
  const scale = Math.log1p(Math.max(1, d.max));
  for (let k = 0; k < d.cells.length; k += 3) {
    const n = d.cells[k + 2]!;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [d.cells[k]!, d.cells[k + 1]!] },
      properties: { n, w: Math.log1p(n) / scale },
    });
  }
  return { type: 'FeatureCollection', features };
}
