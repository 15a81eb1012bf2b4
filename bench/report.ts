/** What `npm run bench` prints: the result shapes, the import/deliverables/boot rows and the targets table. */
import type { bootFigures } from './boot';
import { bytesReport, type defaultViewBytes } from './bytes';
import { median, table, type Summary } from './stats';
import type { ImportTasksResult } from './importTasks';
import { DELIVERABLE_LABELS, DELIVERABLES, type DeliverablesResult } from './deliverables';

export interface SizeResult {
  ours: {
    scrub: Summary;
    scrubToIdle: Summary;
    /** Filter change (kind, precision) → first frame drawn with it, in the same window. */
    filterChange: Summary;
    filterChangeToIdle: Summary;
    filterSyncJsMs: Summary;
    /** Match-mask uploads over all filter changes (0: a numeric filter change uploads nothing). */
    filterMaskUploads: number;
    allFilterFramesVerified: boolean;
    /** Scrub and repaint with every other layer hidden. */
    isolated: { scrub: Summary; repaint: Summary };
    repaint: Summary;
    emptyRepaint: Summary;
    layerJsMs: Summary;
    syncJsMs: Summary;
    submittedMedian: number;
    allFramesVerified: boolean;
    playbackFps: number;
    /** The map redrawn continuously with nothing changed, frames/s (the playback frame's baseline). */
    continuousFps: number;
    loadMs: number;
    workerMs: number;
    maxLongTaskMs: number;
    jsHeapAddedMiB: number;
    browserPssAddedMiB: number;
    gpuBytes: number;
    clickUs: number;
    clickHitRate: number;
  };
  baseline: {
    scrub: Summary;
    isolatedScrub: Summary;
    syncJsMs: Summary;
    loadMs: number;
    browserPssAddedMiB: number;
    allFramesVerified: boolean;
  };
  medians: { ours: number; setFilter: number };
  p95s: { ours: number; setFilter: number };
  speedup_vs_setFilter: number;
  speedup_p95_vs_setFilter: number;
  /** The same ratio with every other layer hidden (data path only, as the original prototype measured it). */
  speedup_isolated_vs_setFilter: number;
}

export interface CuratedResult {
  count: number;
  importMs: number;
  /** Window change → idle, and its synchronous JS. */
  change: Summary;
  syncJsMs: Summary;
  /** Map frames from the change to idle, median (each one a full-map draw). */
  frames: number;
  /** A plain repaint of the same page (nothing changed). */
  repaint: Summary;
  ratio: number;
}

/** The import row: the longest main-thread task of a 1M-row import beside a plain repaint. */
export function printImportRow(r: ImportTasksResult): void {
  console.log(`\n${r.rows} rows imported (ACLED CSV dropped on the page), median of ${r.runs} run(s), ms:`);
  console.log(
    table([
      ['row', 'median', 'runs', 'plain repaint', 'ratio', 'import s'],
      [
        `${r.rows === 1_000_000 ? '1M' : r.rows} import: longest main-thread task, ms`,
        f0(r.median.longestMs),
        r.longestMs.join(' / '),
        f0(r.median.repaintMs),
        `${r.median.ratio.toFixed(2)}×`,
        f0(r.median.importS),
      ],
    ]),
  );
}

/** The deliverables row: the longest main-thread task per export beside a plain repaint, and each export's time. */
export function printDeliverables(d: DeliverablesResult): void {
  console.log(`\nDeliverables (clicked in the UI), median of ${d.runs} run(s):`);
  const rows = [['export', 'longest task ms', 'runs', 'plain repaint ms', 'ratio', 'export s']];
  for (const k of DELIVERABLES.filter((k) => d.samples[k].length))
    rows.push([
      DELIVERABLE_LABELS[k],
      f0(d.median[k].longestMs),
      d.samples[k].map((s) => s.longestMs).join(' / '),
      f0(d.median.repaintMs),
      `${d.median[k].ratio.toFixed(2)}×`,
      f0(d.median[k].totalS),
    ]);
  console.log(table(rows));
}

export const ratio = (a: number, b: number): string => (b > 0 ? `${(a / b).toFixed(3)}×` : '–');
export const f0 = (v: number): string => (Number.isFinite(v) ? v.toFixed(v < 10 ? 1 : 0) : '–');

/** One row per figure of the target table: the figure, its same-run baseline, the ratio, the target. */
export function targetRows(
  results: Record<string, SizeResult>,
  curated: CuratedResult,
  boot: Awaited<ReturnType<typeof bootFigures>>,
  bytes: ReturnType<typeof defaultViewBytes>,
  deliverables: DeliverablesResult,
): string[][] {
  const rows: string[][] = [['figure', 'ours', 'baseline', 'ratio', 'target']];
  const at = (n: number): SizeResult | undefined => results[String(n)];
  const r100 = at(100_000);
  if (r100) {
    const o = r100.ours;
    rows.push([
      'full-app repaint / data layer alone, 100k (ms)',
      f0(o.repaint.median),
      f0(o.isolated.repaint.median),
      ratio(o.repaint.median, o.isolated.repaint.median),
      '≤ 1.5×',
    ]);
  }
  for (const [n, target] of [
    [100_000, '≥ 8×'],
    [1_000_000, '≥ 20×'],
  ] as const) {
    const r = at(n);
    if (r)
      rows.push([
        `setFilter / scrub, ${n / 1000}k (ms)`,
        f0(r.ours.scrub.median),
        f0(r.baseline.scrub.median),
        `${r.speedup_vs_setFilter}×`,
        target,
      ]);
  }
  const play = r100 ?? Object.values(results)[0];
  if (play) {
    const frame = 1000 / play.ours.playbackFps;
    rows.push([
      'playback frame / plain repaint (ms)',
      f0(frame),
      f0(play.ours.repaint.median),
      ratio(frame, play.ours.repaint.median),
      '≤ 1.2×',
    ]);
    // The same frame against the map redrawn continuously with nothing changed (GPU process included).
    const steady = 1000 / play.ours.continuousFps;
    rows.push(['playback frame / continuous redraw frame (ms)', f0(frame), f0(steady), ratio(frame, steady), '≤ 1.2×']);
  }
  rows.push([
    `window change with ${curated.count} curated imports / plain repaint (ms)`,
    f0(curated.change.median),
    f0(curated.repaint.median),
    `${curated.ratio.toFixed(3)}×`,
    '≤ 1.5×',
  ]);
  const ours = median(boot.ours);
  const empty = median(boot.empty);
  rows.push(['first idle / empty-style MapLibre map (ms)', f0(ours), f0(empty), ratio(ours, empty), '≤ 1.3×']);
  rows.push([
    'default view beyond MapLibre (KB gzip)',
    (bytes.appGzip / 1024).toFixed(1),
    '100 (budget)',
    ratio(bytes.appGzip, 100 * 1024),
    '≤ 1×',
  ]);
  for (const k of DELIVERABLES)
    rows.push([
      `${DELIVERABLE_LABELS[k]}: longest main-thread task / plain repaint (ms)`,
      f0(deliverables.median[k].longestMs),
      f0(deliverables.median.repaintMs),
      `${deliverables.median[k].ratio.toFixed(2)}×`,
      '≤ ~200 ms',
    ]);
  return rows;
}

/** First idle, ours / the empty-style map, and the default view's bytes. */
export function printBoot(boot: Awaited<ReturnType<typeof bootFigures>>, bytes: ReturnType<typeof defaultViewBytes>): void {
  const ours = median(boot.ours);
  const empty = median(boot.empty);
  console.log(
    `\nnavigation → first idle: ours ${f0(ours)} ms, empty-style MapLibre map ${f0(empty)} ms (medians of ${boot.ours.length} alternating cold loads): ${ratio(ours, empty)} (target ≤ 1.3×)`,
  );
  for (const line of bytesReport(bytes)) console.log(line);
}
