/**
 * `npm run bench`: the large-data path against the naive GeoJSON + setFilter baseline, in the same
 * run, on the production build in headless Debian Chromium (the browser tests' launch flags).
 * Prints one table and writes bench/results.json. Options: `--sizes=10000,100000`, `--quick`, `--dist=<build dir>`,
 * `--only=import` (just the import row: rows from `--sizes`, default 1M; merged into results.json),
 * `--threshold` (curated vs bulk at 500–5,000 records), `--playback` (the playback frame at 100k),
 * `--deliverables[=png-a4,pptx,pdf]` (just the deliverables row, merged into results.json).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, guardedPage, openApp, type GuardedPage } from '../e2e/browser';
import { SEED, windows } from './windows';
import type { TimeWindow } from '../src/calendar/window';
import { servePreview } from '../e2e/serve';
import { treePssMiB } from './memory';
import { assetSizes, defaultViewBytes } from './bytes';
import { bootFigures, writeEmptyMapPage } from './boot';
import { profileBoot, profileCurated } from './profileCurated';
import { layerCosts } from './layers';
import { thresholdTable } from './threshold';
import { playbackRow } from './playback';
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
  importCurated,
  scrubCurated,
  type FilterSample,
  type ScrubSample,
} from './pageOps';
import { median, summary, table } from './stats';
import { importTasks, type ImportTasksResult } from './importTasks';
import { DELIVERABLES, deliverableTasks, type DeliverablesResult } from './deliverables';
import { f0, printBoot, printDeliverables, printImportRow, ratio, targetRows, type CuratedResult, type SizeResult } from './report';

/** Baseline samples per size: at 1M one setFilter change takes seconds, so fewer there. */
const BASELINE_SAMPLES: Record<number, number> = { 10000: 30, 100000: 20, 1000000: 5 };
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

const settle = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function runOurs(
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

async function runBaseline(g: GuardedPage, tag: string, n: number, wins: TimeWindow[]): Promise<SizeResult['baseline']> {
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
const CURATED_COUNT = 5000;

/** Window changes with 5,000 curated imports on screen, against a plain repaint of the same page. */
async function runCurated(browser: Browser, origin: string, quick: boolean): Promise<CuratedResult> {
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

/** Runs the benchmark end to end (`--boot`: only first idle and bytes, ~1 min). */
export async function main(argv: string[]): Promise<void> {
  const quick = argv.includes('--quick');
  const bootOnly = argv.includes('--boot');
  const curatedOnly = argv.includes('--curated');
  const sizesArg = argv.find((a) => a.startsWith('--sizes='));
  const sizes = sizesArg ? sizesArg.slice(8).split(',').map(Number) : [10_000, 100_000, 1_000_000];
  // Serve a snapshot of the build: a rebuild of dist/ by someone else mid-run must not swap chunks.
  const dist = mkdtempSync(join(tmpdir(), 'frontier-bench-'));
  cpSync(argv.find((a) => a.startsWith('--dist='))?.slice(7) ?? 'dist', dist, { recursive: true });
  writeEmptyMapPage(dist);
  const started = Date.now();
  const server = await servePreview(dist);
  const tag = `--bench-run=${process.pid}-${started}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS, tag] });
  const browserVersion = browser.version();
  const results: Record<string, SizeResult> = {};
  let boot: Awaited<ReturnType<typeof bootFigures>>;
  let curated: CuratedResult;
  const only = argv.find((a) => a.startsWith('--only='))?.slice(7);
  let imported: ImportTasksResult;
  let deliverables: DeliverablesResult;
  try {
    if (only === 'import') {
      imported = await importTasks(browser, server.origin, sizesArg ? sizes[0]! : 1_000_000, quick ? 1 : 3);
      printImportRow(imported);
      const prev = JSON.parse(readFileSync('bench/results.json', 'utf8')) as Record<string, unknown>;
      writeFileSync(
        'bench/results.json',
        JSON.stringify({ ...prev, import: { date: new Date().toISOString(), ...imported } }, null, 2) + '\n',
      );
      console.log('merged the import row into bench/results.json');
      return;
    }
    if (argv.some((a) => a.startsWith('--layers'))) {
      const parts = argv.find((a) => a.startsWith('--layers='))?.slice(9);
      await layerCosts(browser, server.origin, parts === 'counts' || parts === 'ratio' ? parts : 'all');
      return;
    }
    const deliverablesArg = argv.find((a) => a.startsWith('--deliverables') || a.startsWith('--profile-deliverables'));
    if (deliverablesArg) {
      const profile = deliverablesArg.startsWith('--profile');
      const kinds = DELIVERABLES.filter((k) => !deliverablesArg.includes('=') || deliverablesArg.split('=')[1]!.split(',').includes(k));
      const d = await deliverableTasks(browser, server.origin, quick || profile ? 1 : 3, profile, kinds);
      printDeliverables(d);
      if (!profile) {
        const prev = JSON.parse(readFileSync('bench/results.json', 'utf8')) as Record<string, unknown>;
        writeFileSync(
          'bench/results.json',
          JSON.stringify({ ...prev, deliverables: { date: new Date().toISOString(), ...d } }, null, 2) + '\n',
        );
        console.log('merged the deliverables row into bench/results.json');
      }
      return;
    }
    if (argv.includes('--profile-boot')) {
      await profileBoot(browser, server.origin);
      return;
    }
    if (argv.includes('--playback')) {
      await playbackRow(browser, server.origin, sizesArg ? sizes[0]! : 100_000, quick);
      return;
    }
    if (argv.includes('--threshold')) {
      await thresholdTable(browser, server.origin, sizesArg ? sizes : [500, 1000, 2000, 5000], quick);
      return;
    }
    if (argv.includes('--profile-curated')) {
      await profileCurated(browser, server.origin);
      return;
    }
    boot = curatedOnly
      ? { ours: [], empty: [], requested: new Set() }
      : await bootFigures(browser, server.origin, quick || bootOnly ? 3 : 5);
    if (bootOnly) {
      printBoot(boot, defaultViewBytes(assetSizes(dist), boot.requested));
      return;
    }
    curated = await runCurated(browser, server.origin, quick);
    console.log(
      `curated ${CURATED_COUNT}: window change ${curated.change.median} ms (sync JS ${curated.syncJsMs.median} ms, ${curated.frames} frames), repaint ${curated.repaint.median} ms: ${curated.ratio}×`,
    );
    if (curatedOnly) return;
    for (const n of sizes) {
      const ours = await runOurs(browser, server.origin, tag, n, quick);
      const wins = ours.wins;
      const baseWins = wins.slice(0, quick ? 4 : (BASELINE_SAMPLES[n] ?? 30));
      const baseline = await runBaseline(ours.g, tag, n, baseWins);
      results[String(n)] = {
        ours: ours.r,
        baseline,
        medians: { ours: ours.r.scrub.median, setFilter: baseline.scrub.median },
        p95s: { ours: ours.r.scrub.p95, setFilter: baseline.scrub.p95 },
        speedup_vs_setFilter: Math.round((baseline.scrub.median / ours.r.scrub.median) * 100) / 100,
        speedup_p95_vs_setFilter: Math.round((baseline.scrub.p95 / ours.r.scrub.p95) * 100) / 100,
        speedup_isolated_vs_setFilter: Math.round((baseline.isolatedScrub.median / ours.r.isolated.scrub.median) * 100) / 100,
      };
      console.log(
        `size ${n}: ours ${ours.r.scrub.median} ms, setFilter ${baseline.scrub.median} ms (${((Date.now() - started) / 1000).toFixed(0)} s elapsed)`,
      );
    }
    imported = await importTasks(browser, server.origin, 1_000_000, quick ? 1 : 3);
    deliverables = await deliverableTasks(browser, server.origin, quick ? 1 : 3);
  } finally {
    await browser.close();
    server.stop();
    if (
      only === 'import' ||
      bootOnly ||
      curatedOnly ||
      argv.some(
        (a) =>
          a.startsWith('--profile') ||
          a.startsWith('--deliverables') ||
          a.startsWith('--layers') ||
          a === '--threshold' ||
          a === '--playback',
      )
    )
      rmSync(dist, { recursive: true, force: true });
  }
  const bytes = defaultViewBytes(assetSizes(dist), boot.requested);
  rmSync(dist, { recursive: true, force: true });
  const navs = boot.ours;
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
  printImportRow(imported);
  printDeliverables(deliverables);
  printBoot(boot, bytes);
  console.log(`on demand: ${bytes.lazy.map((a) => `${a.file} ${(a.gzip / 1024).toFixed(1)} KB`).join(', ')}`);
  console.log(`\nTargets of the lean-map issue, each against its baseline from this run:`);
  console.log(table(targetRows(results, curated, boot, bytes, deliverables)));
  const out = {
    meta: {
      date: new Date().toISOString(),
      chromium: browserVersion,
      cpus: cpus().length,
      viewport: '1280x800',
      windowFraction: 1 / 8,
      seed: SEED,
      quick,
      durationS: Math.round((Date.now() - started) / 1000),
    },
    navToFirstIdleMs: summary(navs),
    emptyMapFirstIdleMs: summary(boot.empty),
    curated,
    firstIdleRatio: Math.round((median(navs) / median(boot.empty)) * 1000) / 1000,
    bytes,
    ...results,
    import: imported,
    deliverables,
  };
  writeFileSync('bench/results.json', JSON.stringify(out, null, 2) + '\n');
  console.log(`\nwrote bench/results.json in ${out.meta.durationS} s`);
}
