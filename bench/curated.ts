/** The curated row of `npm run bench`: window changes with 5,000 curated imports, against a plain repaint of the same page. */
import type { Browser } from 'playwright-core';
import { guardedPage, openApp } from '../e2e/browser';
import { SEED, windows } from './windows';
import { importCurated, repaint, scrubCurated } from './pageOps';
import { median, settle, summary } from './stats';
import type { CuratedResult } from './report';

export const CURATED_COUNT = 5000;

/** Window changes with 5,000 curated imports on screen, against a plain repaint of the same page. */
export async function runCurated(browser: Browser, origin: string, quick: boolean): Promise<CuratedResult> {
  const g = await guardedPage(browser, origin);
  await openApp(g, origin);
  const importMs = await importCurated(g.page, CURATED_COUNT, SEED);
  await settle(500);
  const bounds = await g.page.evaluate(() => window.__frontier!.store.getState().time.bounds);
  const samples = [];
  for (const w of windows(bounds, quick ? 8 : 24)) samples.push(await scrubCurated(g.page, w));
  const reps: number[] = [];
  for (let i = 0; i < (quick ? 8 : 16); i++) reps.push(await repaint(g.page, false));
  if (g.errors.length) throw new Error(`curated page not clean: ${g.errors.join('; ')}`);
  await g.context.close();
  const change = summary(samples.map((s) => s.ms));
  const rep = summary(reps);
  return {
    count: CURATED_COUNT,
    importMs: Math.round(importMs),
    change,
    syncJsMs: summary(samples.map((s) => s.syncMs)),
    frames: median(samples.map((s) => s.frames)),
    repaint: rep,
    ratio: Math.round((change.median / rep.median) * 1000) / 1000,
  };
}
