/**
 * The bench's import row: a 1M-row ACLED CSV (generated in the page, e2e/importHelpers.ts) dropped
 * onto the app, as a user would, until its events are drawn; the longest main-thread task meanwhile
 * (PerformanceObserver 'longtask'), beside a plain repaint of the same page as the baseline. Median
 * over a few runs, each in a fresh page. `node bench/run.mjs --only=import [--sizes=N] [--quick]`.
 */
import type { Browser } from 'playwright-core';
import { guardedPage, openApp, waitForIdle } from '../e2e/browser';
import { dropFile, makeCsv, openDataDialog } from '../e2e/importHelpers';
import { repaint } from './pageOps';
import { median } from './stats';

export interface ImportTasksResult {
  rows: number;
  runs: number;
  /** Longest main-thread task from the drop to the first frame drawn with the data (+ idle), ms, per run. */
  longestMs: number[];
  /** The second longest, per run (one outlier vs a pattern). */
  secondMs: number[];
  /** Drop → events drawn, s, per run. */
  importS: number[];
  /** A repaint with nothing changed after the import, ms, median per run. */
  repaintMs: number[];
  median: { longestMs: number; repaintMs: number; ratio: number; importS: number };
}

type TaskLog = { __tasks: number[] };

async function oneRun(browser: Browser, origin: string, rows: number): Promise<{ tasks: number[]; seconds: number; repaints: number[] }> {
  const g = await guardedPage(browser, origin);
  try {
    await openApp(g, origin);
    await openDataDialog(g.page);
    await makeCsv(g.page, 'bench-import.csv', rows, false);
    // The generator's garbage is collected before the clock starts, so it is not counted.
    const cdp = await g.context.newCDPSession(g.page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.detach();
    await g.page.evaluate(() => {
      const w = window as unknown as TaskLog;
      w.__tasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__tasks.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    const t0 = Date.now();
    await dropFile(g.page);
    await g.page.waitForFunction(
      () => document.querySelector('[data-testid="import-status"]')?.textContent?.startsWith('Imported') === true,
      null,
      { timeout: 900_000, polling: 500 },
    );
    await g.page.waitForFunction(
      async () => ((await window.__frontier!.bulk!()).bulkLayerOf(window.__frontier!.store)?.stats().frames ?? 0) > 0,
      null,
      { timeout: 120_000, polling: 250 },
    );
    await waitForIdle(g.page);
    const seconds = (Date.now() - t0) / 1000;
    const tasks = await g.page.evaluate(() => (window as unknown as TaskLog).__tasks);
    const repaints: number[] = [];
    for (let i = 0; i < 5; i++) repaints.push(await repaint(g.page, false));
    if (g.errors.length || g.offOrigin.length)
      throw new Error(`page not clean: ${JSON.stringify({ errors: g.errors, offOrigin: g.offOrigin })}`);
    return { tasks, seconds, repaints };
  } finally {
    await g.context.close();
  }
}

/** Runs the import row: `runs` imports of `rows` rows. */
export async function importTasks(browser: Browser, origin: string, rows: number, runs: number): Promise<ImportTasksResult> {
  const longestMs: number[] = [];
  const secondMs: number[] = [];
  const importS: number[] = [];
  const repaintMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await oneRun(browser, origin, rows);
    const sorted = [...r.tasks].sort((a, b) => b - a);
    longestMs.push(Math.round(sorted[0] ?? 0));
    secondMs.push(Math.round(sorted[1] ?? 0));
    importS.push(Math.round(r.seconds * 10) / 10);
    repaintMs.push(Math.round(median(r.repaints)));
    console.log(
      `import ${rows}: run ${i + 1}/${runs}: longest task ${longestMs[i]} ms (then ${sorted.slice(1, 4).map(Math.round).join(', ')}; ${r.tasks.length} over 50 ms), repaint ${repaintMs[i]} ms, ${importS[i]} s`,
    );
  }
  const m = { longestMs: median(longestMs), repaintMs: median(repaintMs), importS: median(importS), ratio: 0 };
  m.ratio = Math.round((m.longestMs / m.repaintMs) * 100) / 100;
  return { rows, runs, longestMs, secondMs, importS, repaintMs, median: m };
}
