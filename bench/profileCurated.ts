/**
 * Development probe (not part of `npm run bench`): a CPU profile of window changes with 5,000
 * curated imports, self time by function, to see where the curated path spends its time.
 * `node bench/run.mjs --profile-curated` after `npm run build:test`.
 */
import type { Browser } from 'playwright-core';
import { guardedPage, openApp } from '../e2e/browser';
import { FIRST_IDLE_SCRIPT, importCurated, navToIdle, scrubCurated } from './pageOps';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

/** Prints the functions with the most self time over `changes` window changes. */
export async function profileCurated(browser: Browser, origin: string, changes = 4): Promise<void> {
  const g = await guardedPage(browser, origin);
  await openApp(g, origin);
  await importCurated(g.page, 5000, 42);
  const bounds = await g.page.evaluate(() => window.__frontier!.store.getState().time.bounds);
  // PROFILE_HIDE=layer,layer hides layers first (which of them costs the time).
  const hide = (process.env['PROFILE_HIDE'] ?? '').split(',').filter(Boolean);
  await g.page.evaluate((ids) => {
    const map = window.__frontier!.map;
    for (const id of ids) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', 'none');
  }, hide);
  const cdp = await g.context.newCDPSession(g.page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const width = Math.floor((bounds.end - bounds.start) / 8);
  for (let i = 0; i < changes; i++) {
    const start = bounds.start + Math.floor(((i + 1) / (changes + 1)) * (bounds.end - bounds.start - width));
    const s = await scrubCurated(g.page, { start, end: start + width });
    console.log(`change ${i}: ${s.ms.toFixed(0)} ms (sync ${s.syncMs.toFixed(0)} ms)`);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  printProfile(profile);
  await g.context.close();
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time by function, the 25 largest. */
function printProfile(profile: Profile): void {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFn = new Map<string, number>();
  for (const n of profile.nodes) {
    const us = self.get(n.id) ?? 0;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*\//, '')}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    byFn.set(key, (byFn.get(key) ?? 0) + us);
  }
  for (const [k, us] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`);
}

/** Navigation → first idle of the app, profiled on the main thread (`--profile-boot`). */
export async function profileBoot(browser: Browser, origin: string): Promise<void> {
  const g = await guardedPage(browser, origin);
  const cdp = await g.context.newCDPSession(g.page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await g.page.addInitScript(FIRST_IDLE_SCRIPT);
  await g.page.goto(origin + '/');
  console.log(`first idle ${(await navToIdle(g.page)).toFixed(0)} ms`);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  printProfile(profile);
  await g.context.close();
}
