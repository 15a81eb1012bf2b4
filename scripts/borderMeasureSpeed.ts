/**
 * How long `createBorderIndex(...).measure` takes over 100,000 points, and how far its figures
 * are from turf's own (`pointToLineDistance` on the whole line, and `nearestPointOnLine`'s km
 * along it) on a sample. A script to run by hand, not a test (timings depend on the machine):
 *
 *   npx tsx scripts/borderMeasureSpeed.ts [count] [--against old.ts] [--save m.json | --compare m.json]
 *
 * `--against` times another copy of the module (e.g. `git show HEAD~1:src/geo/borderMeasure.ts`
 * saved beside this one) in the same run, alternating rounds, so machine load hits both alike;
 * `--save` writes the measures, `--compare` reports the largest difference against a saved run. The points: 70% within ~30 km of a border vertex (where
 * imports cluster), 30% anywhere over the frontier's box; a fixed seed, so runs compare.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { lineString, nearestPointOnLine, point, pointToLineDistance } from '@turf/turf';
import type { LineString, MultiPolygon, Polygon } from 'geojson';
import { createBorderIndex } from '../src/geo/borderMeasure';

const args = process.argv.slice(2);
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

type Fc<G> = { features: Array<{ properties: { id?: string }; geometry: G }> };
const read = <G>(f: string): Fc<G> => JSON.parse(readFileSync(new URL(`../data/geo/${f}`, import.meta.url), 'utf8')) as Fc<G>;
const border = read<LineString>('border.geojson').features[0]!.geometry;
const countries = read<Polygon | MultiPolygon>('countries.geojson').features;
const country = (id: string): Polygon | MultiPolygon => countries.find((f) => f.properties.id === id)!.geometry;

let seed = 12345;
const rand = (): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pts = new Float64Array(count * 2);
for (let i = 0; i < count; i++) {
  if (rand() < 0.7) {
    const v = border.coordinates[Math.floor(rand() * border.coordinates.length)]!;
    pts[2 * i] = v[0]! + (rand() - 0.5) * 0.6;
    pts[2 * i + 1] = v[1]! + (rand() - 0.5) * 0.5;
  } else {
    pts[2 * i] = 67 + rand() * 8.5;
    pts[2 * i + 1] = 35.5 + rand() * 4;
  }
}

type Create = typeof createBorderIndex;
const input = { border, tj: country('TJK'), af: country('AFG') };
const out = { distanceKm: new Array<number>(count), alongKm: new Array<number>(count), bank: new Array<string>(count) };
/** One pass over the points, ms; fills `out` when asked. */
function run(create: Create, fill: boolean): number {
  const index = create(input);
  const t = performance.now();
  for (let i = 0; i < count; i++) {
    const m = index.measure(pts[2 * i]!, pts[2 * i + 1]!);
    if (fill) {
      out.distanceKm[i] = m.distanceKm;
      out.alongKm[i] = m.alongKm;
      out.bank[i] = m.bank;
    }
  }
  return performance.now() - t;
}
const againstPath = flag('--against');
const against = againstPath
  ? ((await import(new URL(againstPath, `file://${process.cwd()}/`).href)) as { createBorderIndex: Create })
  : null;
run(createBorderIndex, true);
const rounds = 3;
const times: { now: number[]; then: number[] } = { now: [], then: [] };
for (let r = 0; r < rounds; r++) {
  times.now.push(run(createBorderIndex, false));
  if (against) times.then.push(run(against.createBorderIndex, false));
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  `${count} measures: ${median(times.now).toFixed(0)} ms (median of ${rounds}: ${times.now.map((t) => t.toFixed(0)).join(', ')})`,
);
if (against)
  console.log(
    `${againstPath}: ${median(times.then).toFixed(0)} ms (${times.then.map((t) => t.toFixed(0)).join(', ')}); ratio now/then ${(median(times.now) / median(times.then)).toFixed(2)}`,
  );

// Against turf on a sample (turf walks every vertex, so only a thousand points).
const line = lineString(border.coordinates);
const west = border.coordinates[0]![0]! <= border.coordinates.at(-1)![0]! ? line : lineString([...border.coordinates].reverse());
let worstD = 0;
let worstA = 0;
const sample = Math.min(count, Number(flag('--turf') ?? 1000));
for (let i = 0; i < sample; i++) {
  const p = point([pts[2 * i]!, pts[2 * i + 1]!]);
  const d = pointToLineDistance(p, line, { units: 'kilometers' });
  const a = nearestPointOnLine(west, p, { units: 'kilometers' }).properties.location ?? 0;
  worstD = Math.max(worstD, Math.abs(out.distanceKm[i]! - d) / Math.max(1, d));
  // Along-line position is only defined well near the line (far away, two stretches can be equally near).
  if (d < 30) worstA = Math.max(worstA, Math.abs(out.alongKm[i]! - a));
}
console.log(
  `vs turf on ${sample} points: distance off by at most ${(worstD * 100).toFixed(3)}% (or km under 1 km); km along (within 30 km of the line) by at most ${worstA.toFixed(3)} km`,
);

const save = flag('--save');
if (save) writeFileSync(save, JSON.stringify(out));
const cmp = flag('--compare');
if (cmp) {
  const before = JSON.parse(readFileSync(cmp, 'utf8')) as typeof out;
  let dd = 0;
  let da = 0;
  let banks = 0;
  for (let i = 0; i < count; i++) {
    dd = Math.max(dd, Math.abs(out.distanceKm[i]! - before.distanceKm[i]!));
    if (out.distanceKm[i]! < 30) da = Math.max(da, Math.abs(out.alongKm[i]! - before.alongKm[i]!));
    if (out.bank[i] !== before.bank[i]) banks++;
  }
  console.log(
    `vs ${cmp}: distance differs by at most ${dd.toFixed(4)} km, km along (within 30 km) by ${da.toFixed(4)} km, ${banks} banks differ`,
  );
}
