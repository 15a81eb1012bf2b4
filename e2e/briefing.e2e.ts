/**
 * Briefings: presenter mode steps through the shipped briefing with the keyboard and
 * buttons, shows progress, and every step's URL reloads to the same view.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cleanLog, guardedPage, isoDay, useAppSession, waitForIdle } from './browser';

const origin = inject('origin');
const briefing = JSON.parse(readFileSync('data/briefings/csto-2025-26.json', 'utf8')) as {
  id: string;
  title: string;
  steps: Array<{ title: string; from: string; to: string; camera: string; select: string | null; layers: string[] }>;
};
const n = briefing.steps.length;
const app = useAppSession(origin);

type View = {
  window: { start: number; end: number };
  selected: string | null;
  layers: string[];
  camera: { center: [number, number]; zoom: number };
};
const view = (page: Page): Promise<View> =>
  page.evaluate(() => {
    const s = window.__frontier!.store.getState();
    return {
      window: s.time.window,
      selected: s.selection.selectedId,
      layers: Object.entries(s.view.layers)
        .filter(([, v]) => v)
        .map(([k]) => k),
      camera: s.view.camera,
    };
  });
/** Waits for a camera move to end and the map to settle. */
const settle = async (page: Page): Promise<void> => {
  await page.waitForFunction(() => !window.__frontier!.map.isMoving(), null, { timeout: 15_000 });
  await waitForIdle(page);
};
const expectStep = (v: View, k: number): void => {
  const st = briefing.steps[k]!;
  const [lon, lat, zoom] = st.camera.split(',').map(Number) as [number, number, number];
  expect(v.window).toEqual({ start: isoDay(st.from), end: isoDay(st.to) + 1 });
  expect(v.selected).toBe(st.select);
  expect(v.layers).toEqual(st.layers);
  expect(v.camera.center[0]).toBeCloseTo(lon, 3);
  expect(v.camera.center[1]).toBeCloseTo(lat, 3);
  expect(v.camera.zoom).toBeCloseTo(zoom, 2);
};

describe('briefing presenter', () => {
  const urls: string[] = [];

  it(`steps through all ${n} steps of "${briefing.title}" with →, each with its title, progress and URL`, async () => {
    await app.g.page.locator('[data-testid="briefing-button"]').click();
    // The presenter loads on this first click: its card appears once its flight has begun.
    await app.g.page.locator('[data-testid="presenter"]').waitFor();
    await settle(app.g.page);
    for (let k = 0; k < n; k++) {
      if (k > 0) {
        await app.g.page.locator('body').press('ArrowRight'); // focus is not in the timeline: → means next step
        await settle(app.g.page);
      }
      await expect(app.g.page.locator('[data-testid="presenter-count"]').textContent()).resolves.toBe(`${k + 1} / ${n}`);
      await expect(app.g.page.locator('[data-testid="presenter-title"]').textContent()).resolves.toBe(briefing.steps[k]!.title);
      await expect(app.g.page.locator('.presenter progress').getAttribute('value')).resolves.toBe(String(k + 1));
      expectStep(await view(app.g.page), k);
      await app.g.page.waitForTimeout(260); // the view part of the URL is written after 200 ms
      const u = new URL(app.g.page.url());
      expect(u.searchParams.get('briefing')).toBe(briefing.id);
      expect(u.searchParams.get('step')).toBe(String(k + 1));
      urls.push(u.toString());
      if (k === 5) await app.g.page.screenshot({ path: 'test-results/briefing-step-6.png' });
    }
    // At the end → does nothing; ← and the Previous button go back.
    await app.g.page.locator('body').press('ArrowRight');
    await expect(app.g.page.locator('[data-testid="presenter-count"]').textContent()).resolves.toBe(`${n} / ${n}`);
    await app.g.page.locator('body').press('ArrowLeft');
    await settle(app.g.page);
    await expect(app.g.page.locator('[data-testid="presenter-count"]').textContent()).resolves.toBe(`${n - 1} / ${n}`);
    await app.g.page.locator('[data-testid="presenter-prev"]').click();
    await settle(app.g.page);
    expectStep(await view(app.g.page), n - 3);
  });

  it('step URLs reload to the same view and step (first, every camera change, last)', async () => {
    expect(urls).toHaveLength(n);
    const g2 = await guardedPage(app.browser, origin);
    // Steps whose camera differs from the previous one, plus the first and last (a full sweep of all steps costs a map load each).
    const picks = [
      ...new Set([
        0,
        ...briefing.steps.map((st, k) => (k > 0 && st.camera !== briefing.steps[k - 1]!.camera ? k : -1)).filter((k) => k > 0),
        n - 1,
      ]),
    ];
    for (const k of picks) {
      await g2.page.goto(urls[k]!);
      await g2.page.waitForFunction(() => window.__frontier?.ready === true, null, { timeout: 30_000 });
      expectStep(await view(g2.page), k);
      await expect(g2.page.locator('[data-testid="presenter-count"]').textContent()).resolves.toBe(`${k + 1} / ${n}`);
    }
    // A clean step link (no view parameters) shows the step's view too.
    await g2.page.goto(`${origin}/?briefing=${briefing.id}&step=6`);
    await g2.page.waitForFunction(() => window.__frontier?.ready === true, null, { timeout: 30_000 });
    expectStep(await view(g2.page), 5);
    expect(cleanLog(g2)).toEqual({ errors: [], failed: [], offOrigin: [] });
    await g2.context.close();
  }, 240_000);

  it('leaving presenter mode removes the step from the URL and keeps the view', async () => {
    const before = await view(app.g.page);
    await app.g.page.locator('[data-testid="presenter-exit"]').click();
    await expect(app.g.page.locator('[data-testid="presenter"]').count()).resolves.toBe(0);
    expect(new URL(app.g.page.url()).searchParams.has('briefing')).toBe(false);
    expect(await view(app.g.page)).toEqual(before);
    // ← / → are the timeline's again.
    await app.g.page.locator('body').press('ArrowRight');
    expect((await view(app.g.page)).window.start).toBeGreaterThan(before.window.start);
  });

  it('stayed clean: no console errors, no failed or off-origin requests', () => {
    expect(cleanLog(app.g)).toEqual({ errors: [], failed: [], offOrigin: [] });
  });
});
