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
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/browser';
import { SEED } from './windows';
import { servePreview } from '../e2e/serve';
import { assetSizes, defaultViewBytes } from './bytes';
import { bootFigures, writeEmptyMapPage } from './boot';
import { profileBoot, profileCurated } from './profileCurated';
import { layerCosts } from './layers';
import { thresholdTable } from './threshold';
import { playbackRow } from './playback';
import { median, summary, table } from './stats';
import { importTasks, type ImportTasksResult } from './importTasks';
import { DELIVERABLES, deliverableTasks, type DeliverablesResult } from './deliverables';
import { printBoot, printDeliverables, printImportRow, targetRows, type CuratedResult, type SizeResult } from './report';
import { BASELINE_SAMPLES, printSizeTables, runBaseline, runOurs } from './sizes';
import { CURATED_COUNT, runCurated } from './curated';

/** Replaces one row of bench/results.json (a part run alone), dated, keeping the rest of the last full run. */
function mergeIntoResults(key: 'import' | 'deliverables', row: object): void {
  const prev = JSON.parse(readFileSync('bench/results.json', 'utf8')) as Record<string, unknown>;
  writeFileSync('bench/results.json', JSON.stringify({ ...prev, [key]: { date: new Date().toISOString(), ...row } }, null, 2) + '\n');
  console.log(`merged the ${key} row into bench/results.json`);
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
      mergeIntoResults('import', imported);
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
        mergeIntoResults('deliverables', d);
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
      ? { ours: [], empty: [], requested: new Set(), afterIdle: new Set() }
      : await bootFigures(browser, server.origin, quick || bootOnly ? 3 : 5);
    if (bootOnly) {
      printBoot(boot, defaultViewBytes(assetSizes(dist), boot.requested, boot.afterIdle));
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
  const bytes = defaultViewBytes(assetSizes(dist), boot.requested, boot.afterIdle);
  rmSync(dist, { recursive: true, force: true });
  const navs = boot.ours;
  printSizeTables(results, quick);
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
