/**
 * Per-layer repaint cost (`node bench/run.mjs --layers`): in the default view, hides each visible
 * style layer in turn and measures plain repaints without it, against repaints with every layer
 * (measured between the layers, so drift in machine load hits both alike). Prints the table that
 * bench/README.md keeps.
 */
import type { Browser } from 'playwright-core';
import { guardedPage, openApp } from '../e2e/browser';
import { repaint } from './pageOps';
import { median, table } from './stats';

const REPAINTS = 5;

async function repaints(page: Parameters<typeof repaint>[0], n: number): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) xs.push(await repaint(page, false));
  return median(xs);
}

/** Prints each layer's repaint delta (all layers − without it), largest first. */
export async function layerCosts(browser: Browser, origin: string): Promise<void> {
  const g = await guardedPage(browser, origin);
  await openApp(g, origin);
  const layers = await g.page.evaluate(() => {
    const map = window.__frontier!.map;
    return map
      .getStyle()
      .layers.filter((l) => l.type !== 'background' && map.getLayoutProperty(l.id, 'visibility') !== 'none')
      .map((l) => ({ id: l.id, type: l.type, minzoom: l.minzoom ?? 0 }));
  });
  const rows: Array<{ id: string; type: string; minzoom: number; all: number; without: number }> = [];
  for (const l of layers) {
    const all = await repaints(g.page, REPAINTS);
    await g.page.evaluate((id) => window.__frontier!.map.setLayoutProperty(id, 'visibility', 'none'), l.id);
    const without = await repaints(g.page, REPAINTS);
    await g.page.evaluate((id) => window.__frontier!.map.setLayoutProperty(id, 'visibility', 'visible'), l.id);
    rows.push({ ...l, all, without });
  }
  const none = await g.page.evaluate(async () => {
    const map = window.__frontier!.map;
    const ids = map
      .getStyle()
      .layers.filter((l) => l.type !== 'background')
      .map((l) => l.id);
    const was = ids.map((id) => map.getLayoutProperty(id, 'visibility'));
    for (const id of ids) map.setLayoutProperty(id, 'visibility', 'none');
    await new Promise((r) => (map.once('idle', r), map.triggerRepaint()));
    const t0 = performance.now();
    await new Promise((r) => (map.once('idle', r), map.triggerRepaint()));
    const ms = performance.now() - t0;
    ids.forEach((id, i) => map.setLayoutProperty(id, 'visibility', was[i] ?? 'visible'));
    return ms;
  });
  await g.context.close();
  const allMed = median(rows.map((r) => r.all));
  const out = [['layer', 'type', 'minzoom', 'repaint all', 'without it', 'delta']];
  for (const r of [...rows].sort((a, b) => b.all - b.without - (a.all - a.without)))
    out.push([r.id, r.type, String(r.minzoom), r.all.toFixed(0), r.without.toFixed(0), (r.all - r.without).toFixed(0)]);
  console.log(
    `\n${layers.length} visible layers; repaint with all ${allMed.toFixed(0)} ms (median), with none ${none.toFixed(0)} ms; ${REPAINTS} repaints each`,
  );
  console.log(table(out));
}
