/**
 * The Tajik–Afghan border line: the part of Tajikistan's outline that lies within 200 m of
 * Afghanistan's. Exactly shared edges come out in ~25 pieces because the two polygons were
 * simplified separately; the tolerance bridges that. Expect exactly one run.
 */
import type { LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { kmLength, polygonsOf, roundLine, segmentIndex, simplifyGeom, type Pt } from './geometry.ts';
import { fail, log } from './log.ts';
import { OSM_SOURCE } from './osm.ts';
import type { OutFeature } from './output.ts';

/** Outer ring of the polygon with the most vertices (a country's mainland). */
export function mainRing(g: Polygon | MultiPolygon): Position[] {
  const ring = polygonsOf(g)
    .slice()
    .sort((a, b) => (b[0]?.length ?? 0) - (a[0]?.length ?? 0))[0]?.[0];
  if (!ring) fail('a country without an outer ring');
  return ring;
}

/**
 * Maximal runs of consecutive vertices of the closed ring `ring` (last = first) that satisfy
 * `near`, starting after a vertex that does not (so no run is split at the ring's seam).
 */
export function nearRuns(ring: readonly Position[], near: (p: Position) => boolean): Position[][] {
  const n = ring.length - 1;
  const flags = Array.from({ length: n }, (_, i) => near(ring[i] ?? []));
  const offset = flags.findIndex((v) => !v);
  if (offset < 0) fail('the whole outline is near the other country?');
  const at = (i: number): Position => ring[(offset + i) % n] ?? [];
  const runs: Position[][] = [];
  let start = -1;
  for (let q = 0; q <= n; q++) {
    const v = q < n && flags[(offset + q) % n] === true;
    if (v && start < 0) start = q;
    if (!v && start >= 0) {
      runs.push(Array.from({ length: q - start }, (_, j) => at(start + j)));
      start = -1;
    }
  }
  return runs;
}

/** Full-resolution border line, oriented west → east (Uzbek tripoint → Chinese tripoint). */
export function extractBorder(tjk: Polygon | MultiPolygon, afg: Polygon | MultiPolygon): Position[] {
  const tjMain = mainRing(tjk);
  const distToAf = segmentIndex(mainRing(afg));
  const runs = nearRuns(tjMain, (p) => distToAf(p) < 200);
  const lines = runs.filter((r) => r.length >= 2).sort((a, b) => kmLength(b) - kmLength(a));
  const [longest, ...others] = lines;
  if (!longest) fail('no shared TJK/AFG boundary found');
  if (others.length)
    log(`border: ${lines.length} runs, keeping the longest; others: ${others.map((l) => kmLength(l).toFixed(1)).join(', ')} km`);
  const first = longest[0]?.[0] ?? 0;
  const last = longest[longest.length - 1]?.[0] ?? 0;
  return first > last ? longest.slice().reverse() : longest;
}

/** ≈ 20 m: keeps the river meanders; the file stays ~50 KB. */
export const BORDER_TOLERANCE = 0.0002;

export interface BorderProps {
  id: 'tj-af';
  name: string;
  official_length_km: number;
  official_length_source: string;
  source: string;
}

/** The simplified, rounded border feature and its length. */
export function borderFeature(full: Position[]): { feature: OutFeature<BorderProps, LineString>; km: number } {
  const line: Pt[] = roundLine(simplifyGeom<LineString>({ type: 'LineString', coordinates: full }, BORDER_TOLERANCE).coordinates);
  const km = kmLength(line);
  log(`border: simplified ${line.length} pts, ${km.toFixed(1)} km`);
  if (km < 1300 || km > 1420) fail(`border length ${km.toFixed(1)} km outside 1300–1420`);
  return {
    km,
    feature: {
      type: 'Feature',
      properties: {
        id: 'tj-af',
        name: 'Tajikistan–Afghanistan border',
        official_length_km: 1344.15,
        official_length_source: 'Ministry of Foreign Affairs of the Republic of Tajikistan: 1,135.3 km river + 189.85 km land + 19 km lake',
        source: `${OSM_SOURCE}: part of Tajikistan's outline within 200 m of Afghanistan's, simplified to ~20 m`,
      },
      geometry: { type: 'LineString', coordinates: line },
    },
  };
}
