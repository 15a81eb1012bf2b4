/**
 * `node bench/run.mjs --threshold [--sizes=500,1000,2000,5000] [--quick]`: the same number of
 * imported records taken by the curated path (ordinary events: GeoJSON sources, filters, timeline
 * marks, list rows) and by the bulk path (the GPU layer), side by side, each window change against a
 * plain repaint of the same page. BULK_THRESHOLD (src/model/types.ts) is chosen from this table.
 */
import type { Browser } from 'playwright-core';
import { guardedPage, openApp } from '../e2e/browser';
import { SEED, windows } from './windows';
import { importCurated, loadOurs, repaint, scrubCurated, scrubOurs } from './pageOps';
import { median, table } from './stats';

export interface ThresholdRow {
  records: number;
  curated: { changeMs: number; repaintMs: number; ratio: number; frames: number; syncMs: number };
  bulk: { changeMs: number; repaintMs: number; ratio: number };
}

async function repaints(page: Parameters<typeof repaint>[0], n: number): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) xs.push(await repaint(page, false));
  return median(xs);
}

/** One page per path and size; the repaint baseline is taken on the same page right after the changes. */
async function measure(browser: Browser, origin: string, n: number, path: 'curated' | 'bulk', changes: number): Promise<number[]> {
  const g = await guardedPage(browser, origin);
  await openApp(g, origin);
  if (path === 'curated') await importCurated(g.page, n, SEED);
  else await loadOurs(g.page, n, SEED);
  const bounds = await g.page.evaluate(() => window.__frontier!.store.getState().time.bounds);
  const ms: number[] = [];
  const frames: number[] = [];
  const sync: number[] = [];
  for (const w of windows(bounds, changes)) {
    if (path === 'curated') {
      const s = await scrubCurated(g.page, w);
      ms.push(s.ms);
      frames.push(s.frames);
      sync.push(s.syncMs);
    } else {
      const s = await scrubOurs(g.page, w);
      ms.push(s.idleMs);
      sync.push(s.syncMs);
    }
  }
  const rep = await repaints(g.page, changes);
  if (g.errors.length) throw new Error(`${path} ${n}: page not clean: ${g.errors.join('; ')}`);
  await g.context.close();
  return [median(ms), rep, median(frames), median(sync)];
}

/** The table, smallest size first; curated and bulk alternate so both see the same machine load. */
export async function thresholdTable(browser: Browser, origin: string, sizes: readonly number[], quick: boolean): Promise<ThresholdRow[]> {
  const changes = quick ? 6 : 12;
  const rows: ThresholdRow[] = [];
  for (const n of sizes) {
    const [cMs, cRep, cFrames, cSync] = await measure(browser, origin, n, 'curated', changes);
    const [bMs, bRep] = await measure(browser, origin, n, 'bulk', changes);
    const r = (v: number): number => Math.round(v * 100) / 100;
    rows.push({
      records: n,
      curated: {
        changeMs: Math.round(cMs!),
        repaintMs: Math.round(cRep!),
        ratio: r(cMs! / cRep!),
        frames: cFrames!,
        syncMs: Math.round(cSync!),
      },
      bulk: { changeMs: Math.round(bMs!), repaintMs: Math.round(bRep!), ratio: r(bMs! / bRep!) },
    });
    console.log(
      `threshold ${n}: curated ${Math.round(cMs!)} / ${Math.round(cRep!)} ms, bulk ${Math.round(bMs!)} / ${Math.round(bRep!)} ms`,
    );
  }
  console.log(
    table([
      ['records', 'curated change', 'repaint', 'ratio', 'frames', 'sync JS', 'bulk change', 'repaint', 'ratio'],
      ...rows.map((x) => [
        String(x.records),
        String(x.curated.changeMs),
        String(x.curated.repaintMs),
        `${x.curated.ratio.toFixed(2)}×`,
        String(x.curated.frames),
        String(x.curated.syncMs),
        String(x.bulk.changeMs),
        String(x.bulk.repaintMs),
        `${x.bulk.ratio.toFixed(2)}×`,
      ]),
    ]),
  );
  return rows;
}
