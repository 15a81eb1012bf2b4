/**
 * The per-size rows of `npm run bench`: our layer's scrub, repaint, playback, click, load and memory
 * at one size, the GeoJSON + setFilter baseline on the same page, and their two tables.
 */
import type { Browser } from 'playwright-core';
import { guardedPage, openApp, type GuardedPage } from '../e2e/browser';
import { SEED, windows } from './windows';
import type { TimeWindow } from '../src/calendar/window';
import { treePssMiB } from './memory';
import {
  FIRST_IDLE_SCRIPT,
  isolateLayer,
  restoreLayers,
  loadNaive,
  loadOurs,
  navToIdle,
  pickMicros,
  playbackFps,
  continuousFps,
  repaint,
  scrubNaive,
  scrubOurs,
  filterChangeOurs,
  type FilterSample,
  type ScrubSample,
} from './pageOps';
import { median, settle, summary, table } from './stats';
import { f0, ratio, type SizeResult } from './report';

/** Baseline samples per size: at 1M one setFilter change takes seconds, so fewer there. */
export const BASELINE_SAMPLES: Record<number, number> = { 10000: 30, 100000: 20, 1000000: 5 };
/** Baseline samples with every other layer hidden (the prototype's setting). */
const ISOLATED_BASELINE_SAMPLES: Record<number, number> = { 10000: 12, 100000: 10, 1000000: 3 };
/** Window changes measured on our layer at every size (≥ 30, so the medians are stable). */
const OUR_SAMPLES = 32;
/**
 * Filter changes measured beside the window changes, cycling through these (URL parameters):
 * numeric filters only, so each change is a uniform change (the match mask is not rewritten).
 */
const FILTER_SETS: ReadonlyArray<Record<string, string>> = [
  { kind: 'incident' },
  { kind: 'incident,meeting', dprec: 'day,range' },
  { lprec: 'point,village' },
  {},
];

async function heapMiB(g: GuardedPage): Promise<number> {
  const cdp = await g.context.newCDPSession(g.page);
  await cdp.send('HeapProfiler.collectGarbage');
  const h = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
  await cdp.detach();
  // Typed arrays live in backing stores outside the V8 heap proper; count both.
  return (h.usedSize + (h.backingStorageSize ?? 0)) / 2 ** 20;
}

export async function runOurs(
  browser: Browser,
  origin: string,
  tag: string,
  n: number,
  quick: boolean,
): Promise<{ r: SizeResult['ours']; navMs: number; requested: Set<string>; wins: TimeWindow[]; g: GuardedPage }> {
  const g = await guardedPage(browser, origin);
  const requested = new Set<string>();
  g.page.on('request', (req) => requested.add(new URL(req.url()).pathname.replace(/^\//, '')));
  await g.page.addInitScript(FIRST_IDLE_SCRIPT);
  await openApp(g, origin);
  const navMs = await navToIdle(g.page);
  const boot = new Set(requested);
  const bounds = await g.page.evaluate(() => window.__frontier!.store.getState().time.bounds);
  const wins = windows(bounds, quick ? 10 : OUR_SAMPLES);
  await settle(500);
  const heap0 = await heapMiB(g);
  const pss0 = treePssMiB(tag);
  const load = await loadOurs(g.page, n, SEED);
  await settle(500);
  const heap1 = await heapMiB(g);
  const pss1 = treePssMiB(tag);
  const samples: ScrubSample[] = [];
  for (const w of wins) samples.push(await scrubOurs(g.page, w));
  const filt: FilterSample[] = [];
  for (let i = 0; i < (quick ? 8 : OUR_SAMPLES); i++) filt.push(await filterChangeOurs(g.page, FILTER_SETS[i % FILTER_SETS.length]!));
  await filterChangeOurs(g.page, {});
  const click = await pickMicros(g.page, 2000);
  const reps: number[] = [];
  const empty: number[] = [];
  for (let i = 0; i < (quick ? 10 : 20); i++) reps.push(await repaint(g.page, false));
  for (let i = 0; i < (quick ? 5 : 10); i++) empty.push(await repaint(g.page, true));
  const width = Math.floor((bounds.end - bounds.start) / 8);
  const fps = await playbackFps(g.page, { start: bounds.start, end: bounds.start + width }, quick ? 2 : 3);
  const steadyFps = await continuousFps(g.page, quick ? 2 : 3);
  await isolateLayer(g.page, 'bulk-points');
  const iso: ScrubSample[] = [];
  for (const w of wins) iso.push(await scrubOurs(g.page, w));
  const isoRep: number[] = [];
  for (let i = 0; i < (quick ? 5 : 15); i++) isoRep.push(await repaint(g.page, false));
  await restoreLayers(g.page);
  if (g.errors.length || g.offOrigin.length)
    throw new Error(`page not clean: ${JSON.stringify({ errors: g.errors, offOrigin: g.offOrigin })}`);
  // The baseline runs next in the same page (one boot less per size on a slow machine).
  await g.page.evaluate(async () => {
    const f = window.__frontier!;
    (await f.bulk!()).clearBulk(f.store);
  });
  return {
    g,
    wins,
    navMs,
    requested: boot,
    r: {
      scrub: summary(samples.map((s) => s.ms)),
      scrubToIdle: summary(samples.map((s) => s.idleMs)),
      filterChange: summary(filt.map((s) => s.ms)),
      filterChangeToIdle: summary(filt.map((s) => s.idleMs)),
      filterSyncJsMs: summary(filt.map((s) => s.syncMs)),
      filterMaskUploads: filt.reduce((n, s) => n + s.maskUploads, 0),
      allFilterFramesVerified: filt.every((s) => s.ok),
      isolated: { scrub: summary(iso.map((s) => s.ms)), repaint: summary(isoRep) },
      repaint: summary(reps),
      emptyRepaint: summary(empty),
      layerJsMs: summary(samples.map((s) => s.layerMs)),
      syncJsMs: summary(samples.map((s) => s.syncMs)),
      submittedMedian: median(samples.map((s) => s.submitted)),
      allFramesVerified: samples.every((s) => s.ok),
      playbackFps: Math.round(fps * 10) / 10,
      continuousFps: Math.round(steadyFps * 10) / 10,
      loadMs: Math.round(load.ms),
      workerMs: Math.round(load.workerMs),
      maxLongTaskMs: Math.round(load.maxLongTaskMs),
      jsHeapAddedMiB: Math.round((heap1 - heap0) * 10) / 10,
      browserPssAddedMiB: Math.round(pss1 - pss0),
      gpuBytes: load.gpuBytes,
      clickUs: Math.round(click.usPerClick * 10) / 10,
      clickHitRate: Math.round(click.hitRate * 1000) / 1000,
    },
  };
}

export async function runBaseline(g: GuardedPage, tag: string, n: number, wins: TimeWindow[]): Promise<SizeResult['baseline']> {
  await g.page.evaluate(async () => {
    const f = window.__frontier!;
    f.store.getState().setWindow(f.store.getState().time.bounds);
  });
  await settle(1000);
  const pss0 = treePssMiB(tag);
  const loadMs = await loadNaive(g.page, n, SEED, wins[0]!);
  const pss1 = treePssMiB(tag);
  const samples: ScrubSample[] = [];
  for (const w of wins) samples.push(await scrubNaive(g.page, w));
  await isolateLayer(g.page, 'naive-bulk-points');
  const iso: ScrubSample[] = [];
  for (const w of wins.slice(0, ISOLATED_BASELINE_SAMPLES[n] ?? 10)) iso.push(await scrubNaive(g.page, w));
  await g.context.close();
  return {
    scrub: summary(samples.map((s) => s.ms)),
    isolatedScrub: summary(iso.map((s) => s.ms)),
    syncJsMs: summary(samples.map((s) => s.syncMs)),
    loadMs: Math.round(loadMs),
    browserPssAddedMiB: Math.round(pss1 - pss0),
    allFramesVerified: samples.every((s) => s.ok),
  };
}

/** Curated records imported for the curated-path row: the most that still become ordinary events. */

/** Prints the per-size table and the data-layer-alone table. */
export function printSizeTables(results: Record<string, SizeResult>, quick: boolean): void {
  const rows: string[][] = [
    [
      'size',
      'scrub med',
      'p95',
      'setFilter med',
      'p95',
      'ours/base med',
      'ours/base p95',
      'speedup',
      'filter med',
      'p95',
      'filter/scrub med',
      'to idle med',
      'repaint med/p95',
      'empty map',
      'layer JS',
      'all-subscriber JS',
      'play fps',
      'click µs',
      'load ms',
      'base load ms',
      'load ratio',
      '+MiB ours',
      '+MiB base',
      'mem ratio',
    ],
  ];
  for (const [n, r] of Object.entries(results)) {
    const o = r.ours;
    const b = r.baseline;
    rows.push([
      n,
      f0(o.scrub.median),
      f0(o.scrub.p95),
      f0(b.scrub.median),
      f0(b.scrub.p95),
      ratio(o.scrub.median, b.scrub.median),
      ratio(o.scrub.p95, b.scrub.p95),
      `${r.speedup_vs_setFilter}×`,
      f0(o.filterChange.median),
      f0(o.filterChange.p95),
      ratio(o.filterChange.median, o.scrub.median),
      f0(o.scrubToIdle.median),
      `${f0(o.repaint.median)}/${f0(o.repaint.p95)}`,
      f0(o.emptyRepaint.median),
      f0(o.layerJsMs.median),
      f0(o.syncJsMs.median),
      f0(o.playbackFps),
      f0(o.clickUs),
      f0(o.loadMs),
      f0(b.loadMs),
      ratio(o.loadMs, b.loadMs),
      f0(o.browserPssAddedMiB),
      f0(b.browserPssAddedMiB),
      ratio(o.browserPssAddedMiB, b.browserPssAddedMiB),
    ]);
  }
  console.log(
    `\nScrub = window change (1/8 of the timeline) → first frame showing it (ours: layer drew that window; setFilter: idle, tiles re-filtered), ms; 'to idle' = until every overlay settled; filter = a kind/precision filter change in the same page → first frame drawn with it (a uniform change); ${quick ? 'quick run' : `${OUR_SAMPLES} changes ours; setFilter ${Object.values(BASELINE_SAMPLES).join('/')} at 10k/100k/1M (fewer where one change takes seconds)`}.`,
  );
  console.log(table(rows));
  const iso: string[][] = [['size', 'ours med', 'p95', 'repaint med', 'p95', 'p95/repaint p95', 'setFilter med', 'ours/base', 'speedup']];
  for (const [n, r] of Object.entries(results)) {
    const o = r.ours.isolated;
    iso.push([
      n,
      f0(o.scrub.median),
      f0(o.scrub.p95),
      f0(o.repaint.median),
      f0(o.repaint.p95),
      ratio(o.scrub.p95, o.repaint.p95),
      f0(r.baseline.isolatedScrub.median),
      ratio(o.scrub.median, r.baseline.isolatedScrub.median),
      `${r.speedup_isolated_vs_setFilter}×`,
    ]);
  }
  console.log(
    `\nData layer alone (every other layer hidden, as the original prototype measured it), ms; setFilter ${Object.values(ISOLATED_BASELINE_SAMPLES).join('/')} changes:`,
  );
  console.log(table(iso));
}
