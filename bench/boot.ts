/**
 * First load, ours against MapLibre's own floor, in the same run: navigation → first `idle` of the
 * app with its default data, and of an empty-style MapLibre map (a background layer only) on a
 * page of the same origin that loads MapLibre's own prebuilt ESM, worker and CSS. Loads alternate,
 * so machine load hits both alike. Also records what the app's default view requests (bytes).
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { guardedPage, openApp } from '../e2e/browser';
import { FIRST_IDLE_SCRIPT, navToIdle } from './pageOps';

const EMPTY_DIR = 'bench-empty';

const EMPTY_HTML = `<!doctype html>
<html><head><meta charset="utf-8"><link rel="stylesheet" href="./maplibre-gl.css">
<style>html,body,#map{margin:0;width:100%;height:100%}</style></head>
<body><div id="map"></div>
<script type="module">
import * as maplibregl from './maplibre-gl.mjs';
maplibregl.setWorkerUrl(new URL('./maplibre-gl-worker.mjs', import.meta.url).href);
const map = new maplibregl.Map({
  container: 'map',
  style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#eef' } }] },
  center: [71.3, 37.7],
  zoom: 6.3,
});
map.once('idle', () => { window.__firstIdle = performance.now(); });
</script></body></html>
`;

/** Writes the empty-style page into the served build snapshot. */
export function writeEmptyMapPage(dist: string): void {
  const dir = join(dist, EMPTY_DIR);
  mkdirSync(dir, { recursive: true });
  for (const f of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'])
    copyFileSync(join('node_modules/maplibre-gl/dist', f), join(dir, f));
  writeFileSync(join(dir, 'index.html'), EMPTY_HTML);
}

export interface BootFigures {
  /** Navigation → first idle of the app, ms, per load. */
  ours: number[];
  /** The same for the empty-style MapLibre page. */
  empty: number[];
  /** Asset paths (relative to the origin) the app's first load requested by its first idle. */
  requested: Set<string>;
  /** …and in the two seconds after it (what loads once the first view is drawn). */
  afterIdle: Set<string>;
}

/** How long after the first idle the requests are still watched. */
const AFTER_IDLE_MS = 2000;

/** `loads` alternating loads of the app and of the empty-style map, each in a fresh context (cold cache). */
export async function bootFigures(browser: Browser, origin: string, loads: number): Promise<BootFigures> {
  const out: BootFigures = { ours: [], empty: [], requested: new Set(), afterIdle: new Set() };
  for (let i = 0; i < loads; i++) {
    const g = await guardedPage(browser, origin);
    const seen = new Set<string>();
    let atIdle: Set<string> | null = null;
    g.page.on('request', (req) => seen.add(new URL(req.url()).pathname.replace(/^\//, '')));
    // The page calls this at its first idle: what was requested by then is the default view.
    await g.page.exposeFunction('__benchAtIdle', () => void (atIdle = new Set(seen)));
    await g.page.addInitScript(FIRST_IDLE_SCRIPT);
    await openApp(g, origin);
    out.ours.push(await navToIdle(g.page));
    if (i === 0) {
      await g.page.waitForTimeout(AFTER_IDLE_MS);
      const byIdle: Set<string> = atIdle ?? new Set(seen);
      out.requested = byIdle;
      out.afterIdle = new Set([...seen].filter((f) => !byIdle.has(f)));
    }
    await g.context.close();
    const e = await guardedPage(browser, origin);
    await e.page.goto(`${origin}/${EMPTY_DIR}/index.html`);
    out.empty.push(await navToIdle(e.page));
    if (e.errors.length) throw new Error(`empty-style page: ${e.errors.join('; ')}`);
    await e.context.close();
  }
  return out;
}
