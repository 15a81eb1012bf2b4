/**
 * `node bench/run.mjs --playback [--sizes=100000] [--quick]`: one playback (moving window, 90 days/s)
 * over a bulk set, its frame against a plain repaint and against the map redrawn continuously with
 * nothing changed, all on one page. The full run measures the same inside each size.
 */
import type { Browser } from 'playwright-core';
import { guardedPage, openApp } from '../e2e/browser';
import { continuousFps, loadOurs, playbackFps, repaint } from './pageOps';
import { median } from './stats';

export async function playbackRow(browser: Browser, origin: string, n: number, quick: boolean): Promise<void> {
  const g = await guardedPage(browser, origin);
  await openApp(g, origin);
  await loadOurs(g.page, n, 42);
  const bounds = await g.page.evaluate(() => window.__frontier!.store.getState().time.bounds);
  const w = { start: bounds.start, end: bounds.start + Math.floor((bounds.end - bounds.start) / 8) };
  const secs = quick ? 3 : 5;
  // Alternated, so both see the same machine load.
  const play: number[] = [];
  const steady: number[] = [];
  const reps: number[] = [];
  for (let i = 0; i < (quick ? 2 : 3); i++) {
    play.push(1000 / (await playbackFps(g.page, w, secs)));
    steady.push(1000 / (await continuousFps(g.page, secs)));
    for (let k = 0; k < 3; k++) reps.push(await repaint(g.page, false));
  }
  if (g.errors.length) throw new Error(`playback page not clean: ${g.errors.join('; ')}`);
  await g.context.close();
  const [p, s, r] = [median(play), median(steady), median(reps)];
  console.log(
    `playback at ${n}: frame ${p.toFixed(0)} ms, continuous redraw frame ${s.toFixed(0)} ms (${(p / s).toFixed(2)}×), plain repaint ${r.toFixed(0)} ms (${(p / r).toFixed(2)}×)`,
  );
}
