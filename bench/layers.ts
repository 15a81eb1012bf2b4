/**
 * Per-layer cost (`node bench/run.mjs --layers`; `--layers=counts` the counts alone, `--layers=ratio` counts and 3.):
 * 1. counts that do not depend on the machine's load: shader programs linked by first idle, and
 *    per frame the layers drawn, draw calls and vertices, in the default view and at z5, z8, z11;
 * 2. each visible layer's repaint delta: repaints with it and without it, alternating in rounds
 *    (so drift in machine load hits both alike);
 * 3. the full-app repaint against the data layer alone at 100k synthetic events, alternating.
 * Prints the tables bench/README.md keeps.
 */
import { loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { guardedPage, openApp, waitForIdle } from '../e2e/browser';
import { frameCounts, LINK_COUNT_SCRIPT, printCounts } from './layerCounts';
import { isolateLayer, loadOurs, repaint, restoreLayers } from './pageOps';
import { median, table } from './stats';

/** Repaints per sample, samples (rounds) per side. */
const REPAINTS = 3;
const ROUNDS = 3;
const RATIO_ROUNDS = 6;
const RATIO_EVENTS = 100_000;

/** The views of e2e/zoomShots.e2e.ts. */
const VIEWS: Array<{ zoom: number; center: [number, number] }> = [
  { zoom: 5, center: [71.3, 37.7] },
  { zoom: 8, center: [71.55, 37.5] },
  { zoom: 11, center: [71.6, 36.72] },
];

const load = (): string => loadavg()[0]!.toFixed(1);

async function repaints(page: Page, n: number): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) xs.push(await repaint(page, false));
  return median(xs);
}

async function setVisible(page: Page, id: string, on: boolean): Promise<void> {
  await page.evaluate(([l, v]) => window.__frontier!.map.setLayoutProperty(l, 'visibility', v ? 'visible' : 'none'), [id, on] as const);
  await waitForIdle(page);
}

/** Programs, layers drawn, draw calls: default view first (the programs of first load), then each zoom. */
async function counts(page: Page): Promise<void> {
  printCounts(await frameCounts(page), 'default view at first idle');
  const home = await page.evaluate(() => {
    const m = window.__frontier!.map;
    return { zoom: m.getZoom(), center: m.getCenter().toArray() as [number, number] };
  });
  for (const v of VIEWS) {
    await page.evaluate((view) => window.__frontier!.map.jumpTo(view), v);
    await waitForIdle(page);
    printCounts(await frameCounts(page), `z${v.zoom}`);
  }
  await page.evaluate((view) => window.__frontier!.map.jumpTo(view), home);
  await waitForIdle(page);
}

/** Each visible layer's delta (with − without), from alternating rounds. */
async function perLayer(page: Page): Promise<void> {
  const layers = await page.evaluate(() => {
    const map = window.__frontier!.map;
    return map
      .getStyle()
      .layers.filter((l) => l.type !== 'background' && map.getLayoutProperty(l.id, 'visibility') !== 'none')
      .map((l) => ({ id: l.id, type: l.type, minzoom: l.minzoom ?? 0 }));
  });
  const loads = [load()];
  const rows: Array<{ id: string; type: string; minzoom: number; all: number; without: number }> = [];
  for (const l of layers) {
    const all: number[] = [];
    const without: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      all.push(await repaints(page, REPAINTS));
      await setVisible(page, l.id, false);
      without.push(await repaints(page, REPAINTS));
      await setVisible(page, l.id, true);
    }
    rows.push({ ...l, all: median(all), without: median(without) });
  }
  loads.push(load());
  const allMed = median(rows.map((r) => r.all));
  const out = [['layer', 'type', 'minzoom', 'repaint all', 'without it', 'delta']];
  for (const r of [...rows].sort((a, b) => b.all - b.without - (a.all - a.without)))
    out.push([r.id, r.type, String(r.minzoom), r.all.toFixed(0), r.without.toFixed(0), (r.all - r.without).toFixed(0)]);
  console.log(
    `\n${layers.length} visible layers; repaint with all ${allMed.toFixed(0)} ms (median); ` +
      `${ROUNDS} alternating rounds of ${REPAINTS} repaints each side; load ${loads.join(' → ')}`,
  );
  console.log(table(out));
}

/** Full-app repaint against our data layer alone (every other layer hidden) at 100k, alternating. */
async function repaintRatio(page: Page): Promise<void> {
  await loadOurs(page, RATIO_EVENTS, 42);
  const full: number[] = [];
  const alone: number[] = [];
  const loads = [load()];
  for (let r = 0; r < RATIO_ROUNDS; r++) {
    full.push(await repaints(page, REPAINTS));
    await isolateLayer(page, 'bulk-points');
    alone.push(await repaints(page, REPAINTS));
    await restoreLayers(page);
  }
  loads.push(load());
  const f = median(full);
  const a = median(alone);
  console.log(
    `\nfull-app repaint / data layer alone, ${RATIO_EVENTS / 1000}k: ${f.toFixed(0)} / ${a.toFixed(0)} ms = ${(f / a).toFixed(2)}× ` +
      `(${RATIO_ROUNDS} alternating rounds; full ${full.map((x) => x.toFixed(0)).join(' ')}; alone ${alone.map((x) => x.toFixed(0)).join(' ')}; load ${loads.join(' → ')})`,
  );
}

/** What `--layers` runs: everything, the counts alone (`=counts`), or the counts and the repaint ratio (`=ratio`). */
export type LayerParts = 'all' | 'counts' | 'ratio';

/** `--layers[=counts|ratio]`: counts, then the per-layer table and the repaint ratio as asked. */
export async function layerCosts(browser: Browser, origin: string, parts: LayerParts = 'all'): Promise<void> {
  const g = await guardedPage(browser, origin);
  await g.page.addInitScript(LINK_COUNT_SCRIPT);
  await openApp(g, origin);
  await counts(g.page);
  if (parts === 'all') await perLayer(g.page);
  if (parts !== 'counts') await repaintRatio(g.page);
  await g.context.close();
}
