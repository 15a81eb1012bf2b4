/**
 * The bench's deliverables row: the longest main-thread task (PerformanceObserver 'longtask')
 * while the A4 300 dpi PNG renders and while the shipped 13-step briefing exports to PPTX and to
 * PDF, each clicked in the UI as a user would, beside a plain full-app repaint of the same page as
 * the baseline, plus each export's total time. `node bench/run.mjs --deliverables [--quick]`;
 * `--deliverables=png-a4,pdf` runs only those; `--profile-deliverables` adds a CPU profile per export and prints what the busy stretches of the
 * main thread over 150 ms spent their time on (self time by function).
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { guardedPage, openApp, waitForIdle } from '../e2e/browser';
import { repaint } from './pageOps';
import { median } from './stats';

/** The view the deliverables test exports (a selected event, two months, the Pamir at z7). */
const PATH = '/?from=2025-11-01&to=2025-12-31&sel=shadak-attack&cam=70.6,38.0,7.2';

export type DeliverableKind = 'png-a4' | 'pptx' | 'pdf';
export const DELIVERABLES: readonly DeliverableKind[] = ['png-a4', 'pptx', 'pdf'];

export interface DeliverableSample {
  longestMs: number;
  /** The five longest tasks, ms. */
  top: number[];
  totalS: number;
}

export interface DeliverablesResult {
  runs: number;
  /** Per kind, per run. */
  samples: Record<DeliverableKind, DeliverableSample[]>;
  repaintMs: number[];
  median: Record<DeliverableKind, { longestMs: number; totalS: number; ratio: number }> & { repaintMs: number };
}

type TaskLog = { __tasks: number[] };

async function watchTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as TaskLog & { __taskObs?: PerformanceObserver };
    w.__tasks = [];
    w.__taskObs?.disconnect();
    w.__taskObs = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__tasks.push(e.duration);
    });
    w.__taskObs.observe({ type: 'longtask' });
  });
}

const readTasks = (page: Page): Promise<number[]> => page.evaluate(() => (window as unknown as TaskLog).__tasks.slice());

/** Clicks `selector`, waits for the download it starts; seconds from the click. */
async function timedDownload(page: Page, selector: string): Promise<number> {
  const t0 = Date.now();
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), page.locator(selector).click()]);
  await dl.path();
  return (Date.now() - t0) / 1000;
}

/** Clicks through one export of `kind` on an open app page. */
async function exportOnce(page: Page, kind: DeliverableKind): Promise<number> {
  if (kind === 'png-a4') {
    await page.locator('[data-testid="png-export-button"]').click();
    await page.locator('[data-testid="png-export-size-a4"]').check();
    return timedDownload(page, '[data-testid="png-export-go"]');
  }
  return timedDownload(page, `[data-testid="presenter-export-${kind}"]`);
}

async function closeDialogs(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('dialog').forEach((d) => d.close()));
}

async function openPresenter(page: Page): Promise<void> {
  if (await page.locator('[data-testid="presenter-export-pptx"]').isVisible()) return;
  await page.locator('[data-testid="briefing-button"]').click();
  await page.locator('[data-testid="presenter"]').waitFor(); // the presenter loads on first use
  await page.waitForFunction(() => !window.__frontier!.map.isMoving(), null, { timeout: 15_000 });
  await waitForIdle(page);
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const IDLE = new Set(['(idle)']);

/** Busy stretches of the main thread (no idle sample for ≥ 150 ms) and their top self-time functions. */
function printBusy(kind: string, profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode): string =>
    `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*\//, '')}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
  /** The first named app/library frame above a native one, so a WebGL call says who made it. */
  const caller = (id: number): string => {
    let p = parent.get(id);
    for (let k = 0; p !== undefined && k < 3; k++) {
      const n = byId.get(p)!;
      if (n.callFrame.url) return ` ← ${label(n)}`;
      p = parent.get(p);
    }
    return '';
  };
  let runStart = -1;
  let runUs = 0;
  let self = new Map<number, number>();
  const flush = (): void => {
    if (runUs >= 150_000) {
      const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 6);
      console.log(`  ${kind}: busy ${(runUs / 1000).toFixed(0)} ms`);
      for (const [id, us] of top) {
        const n = byId.get(id)!;
        console.log(`    ${(us / 1000).toFixed(0).padStart(6)} ms  ${label(n)}${n.callFrame.url ? '' : caller(id)}`);
      }
    }
    runStart = -1;
    runUs = 0;
    self = new Map();
  };
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i + 1] ?? 0;
    const n = byId.get(id)!;
    if (IDLE.has(n.callFrame.functionName)) return flush();
    if (runStart < 0) runStart = i;
    runUs += dt;
    self.set(id, (self.get(id) ?? 0) + dt);
  });
  flush();
}

/**
 * Profile mode: times the synchronous WebGL calls that wait for the GPU process (a program's link
 * status, its uniform blocks) per canvas, live map or hidden export map, with the program's defines.
 */
const GL_PROBE = `(() => {
  const P = WebGL2RenderingContext.prototype;
  const log = (window.__glSlow = []);
  const which = (gl) => (window.__frontier && gl.canvas === window.__frontier.map.getCanvas() ? 'live' : 'export');
  const defines = (gl, prog) => {
    const sh = gl.getAttachedShaders(prog) || [];
    const src = sh.length ? gl.getShaderSource(sh[sh.length - 1]) || '' : '';
    return (src.match(/#define [A-Za-z_]+/g) || []).map((d) => d.slice(8)).join(' ').slice(0, 160);
  };
  for (const name of ['getProgramParameter', 'getUniformBlockIndex', 'readPixels', 'finish']) {
    const f = P[name];
    P[name] = function (...a) {
      const t0 = performance.now();
      const r = f.apply(this, a);
      const ms = performance.now() - t0;
      if (ms > 30) log.push({ name, ms: Math.round(ms), map: which(this), defines: a[0] instanceof WebGLProgram ? defines(this, a[0]) : '' });
      return r;
    };
  }
})();`;

async function oneRun(
  browser: Browser,
  origin: string,
  profile: boolean,
  kinds: readonly DeliverableKind[],
): Promise<{ s: Record<DeliverableKind, DeliverableSample>; repaints: number[] }> {
  const g = await guardedPage(browser, origin);
  try {
    if (profile) await g.page.addInitScript(GL_PROBE);
    await openApp(g, origin, PATH);
    const repaints: number[] = [];
    for (let i = 0; i < 5; i++) repaints.push(await repaint(g.page, false));
    let cdp: CDPSession | null = null;
    if (profile) {
      cdp = await g.context.newCDPSession(g.page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    }
    const out = {} as Record<DeliverableKind, DeliverableSample>;
    for (const kind of kinds) {
      if (kind === 'png-a4') await closeDialogs(g.page);
      else {
        await closeDialogs(g.page);
        await openPresenter(g.page);
      }
      await waitForIdle(g.page);
      await watchTasks(g.page);
      if (cdp) await cdp.send('Profiler.start');
      const totalS = await exportOnce(g.page, kind);
      // Whatever the export leaves queued (freeing the hidden map) counts too.
      await new Promise((r) => setTimeout(r, 1500));
      const tasks = (await readTasks(g.page)).sort((a, b) => b - a);
      if (cdp) {
        printBusy(kind, ((await cdp.send('Profiler.stop')) as { profile: Profile }).profile);
        const slow = await g.page.evaluate(() => (window as unknown as { __glSlow: unknown[] }).__glSlow.splice(0));
        for (const c of slow) console.log(`  ${kind}: slow GL call ${JSON.stringify(c)}`);
      }
      out[kind] = { longestMs: Math.round(tasks[0] ?? 0), top: tasks.slice(0, 5).map(Math.round), totalS: Math.round(totalS * 10) / 10 };
      console.log(`deliverables: ${kind}: longest task ${out[kind].longestMs} ms (${out[kind].top.join(', ')}), ${out[kind].totalS} s`);
    }
    if (g.errors.length || g.offOrigin.length)
      throw new Error(`page not clean: ${JSON.stringify({ errors: g.errors, offOrigin: g.offOrigin })}`);
    return { s: out, repaints };
  } finally {
    await g.context.close();
  }
}

/** Runs the deliverables row: `runs` fresh pages, each exporting the PNG, the PPTX and the PDF in turn. */
export async function deliverableTasks(
  browser: Browser,
  origin: string,
  runs: number,
  profile = false,
  kinds: readonly DeliverableKind[] = DELIVERABLES,
): Promise<DeliverablesResult> {
  const samples = { 'png-a4': [], pptx: [], pdf: [] } as Record<DeliverableKind, DeliverableSample[]>;
  const repaintMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await oneRun(browser, origin, profile, kinds);
    for (const k of kinds) samples[k].push(r.s[k]);
    repaintMs.push(Math.round(median(r.repaints)));
  }
  const rep = median(repaintMs);
  const m = { repaintMs: rep } as DeliverablesResult['median'];
  for (const k of kinds) {
    const longestMs = median(samples[k].map((s) => s.longestMs));
    m[k] = { longestMs, totalS: median(samples[k].map((s) => s.totalS)), ratio: Math.round((longestMs / rep) * 100) / 100 };
  }
  return { runs, samples, repaintMs, median: m };
}

export const DELIVERABLE_LABELS: Record<DeliverableKind, string> = {
  'png-a4': 'A4 300 dpi PNG',
  pptx: '13-slide deck → PPTX',
  pdf: '13-slide deck → PDF',
};
