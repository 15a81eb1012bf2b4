/**
 * A large import goes through the worker, the GPU layer draws only the window, and a
 * click on a bulk point shows its details. Counts, not times: timing belongs to `npm run bench`.
 */
import { describe, expect, inject, it } from 'vitest';
import { cleanLog, isoDay, mapPointToClient, useAppSession, waitForIdle } from './browser';

const origin = inject('origin');
const N = 50_000;
// The whole range, as before the default window became the latest months with incidents.
const app = useAppSession(origin, '/?from=2013-01-01&to=2029-12-31');

/** In-page: the layer's stats and the CPU count for the current window. */
const layerState = (): Promise<{
  window: { start: number; end: number } | null;
  submitted: number;
  inWindow: number;
  frames: number;
  storeWindow: { start: number; end: number };
}> =>
  app.g.page.evaluate(async () => {
    const f = window.__frontier!;
    const layer = (await f.bulk!()).bulkLayerOf(f.store)!;
    const st = layer.stats();
    return {
      window: st.window,
      submitted: st.submitted,
      inWindow: layer.inWindowCount(),
      frames: st.frames,
      storeWindow: f.store.getState().time.window,
    };
  });

/** In-page: brute-force count over the imported records with the app's overlap rule, in float32 like the GPU. */
const expectedCount = (): Promise<number> =>
  app.g.page.evaluate(() => {
    const w = window.__frontier!.store.getState().time.window;
    const recs = (window as Window & { __records?: Array<{ startDay: number; endDay: number }> }).__records!;
    const ws = Math.fround(w.start);
    const we = Math.fround(w.end);
    return recs.filter((r) => Math.fround(r.startDay) < we && Math.fround(r.endDay + 1) > ws).length;
  });

const setWin = async (start: number, end: number): Promise<void> => {
  await app.g.page.evaluate(([a, b]) => window.__frontier!.store.getState().setWindow({ start: a, end: b }), [start, end] as const);
  await waitForIdle(app.g.page);
};

describe('bulk import path (50k events)', () => {
  it('loads through the worker with a progress bar and draws the events', async () => {
    const sawProgress = app.g.page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const mo = new MutationObserver(() => {
            if (document.querySelector('[data-testid="bulk-progress"][role="progressbar"]')) {
              mo.disconnect();
              resolve(true);
            }
          });
          mo.observe(document.body, { childList: true, subtree: true });
          setTimeout(() => (mo.disconnect(), resolve(false)), 60_000);
        }),
    );
    await app.g.page.evaluate(async (n) => {
      const f = window.__frontier!;
      const api = await f.bulk!();
      const records = api.syntheticRecords(n, 7);
      (window as Window & { __records?: unknown }).__records = records;
      await api.loadBulk(f.store, records, 'synthetic-50k.csv');
    }, N);
    expect(await sawProgress).toBe(true);
    await expect.poll(async () => (await layerState()).frames, { timeout: 30_000 }).toBeGreaterThan(0);
    await waitForIdle(app.g.page);
    expect(await app.g.page.locator('[data-testid="bulk-progress"]').count()).toBe(0);
    const s = await layerState();
    expect(s.inWindow).toBe(await expectedCount());
    expect(s.inWindow).toBe(N); // the default window is the whole timeline
    await app.g.page.screenshot({ path: 'test-results/bulk-50k.png' });
  });

  it('scrubbing changes what is drawn, and the drawn count matches the overlap rule', async () => {
    await setWin(6000, 6200);
    const a = await layerState();
    expect(a.window).toEqual({ start: 6000, end: 6200 });
    expect(a.inWindow).toBe(await expectedCount());
    expect(a.inWindow).toBeGreaterThan(0);
    expect(a.inWindow).toBeLessThan(N / 4);
    // Only the window's index ranges are submitted, not all 50k.
    expect(a.submitted).toBeGreaterThanOrEqual(a.inWindow);
    expect(a.submitted).toBeLessThan(N / 2);

    // The readout counts the bulk points in the window too, exactly as drawn.
    const curated = await app.g.page.evaluate(() => {
      const st = window.__frontier!.store.getState();
      return (st.data.dataset?.events ?? []).filter((e) => e.startDay < st.time.window.end && e.endDay + 1 > st.time.window.start).length;
    });
    await expect
      .poll(() => app.g.page.locator('[data-testid="window-readout"]').textContent())
      .toMatch(new RegExp(` · ${a.inWindow + curated} events$`));

    await setWin(8000, 8400);
    const b = await layerState();
    expect(b.window).toEqual({ start: 8000, end: 8400 });
    expect(b.inWindow).toBe(await expectedCount());
    expect(b.inWindow).not.toBe(a.inWindow);

    // The keyboard moves the window (Shift+→ = a whole window); the layer follows.
    await app.g.page.locator('[data-testid="timeline-svg"]').focus();
    await app.g.page.keyboard.press('Shift+ArrowRight');
    await waitForIdle(app.g.page);
    const c = await layerState();
    expect(c.window).toEqual(c.storeWindow);
    expect(c.storeWindow.start).toBe(8400);
    expect(c.inWindow).toBe(await expectedCount());

    // Context mode draws every event (out-of-window ones faded).
    await app.g.page.evaluate(() => window.__frontier!.store.getState().setShowContext(true));
    await waitForIdle(app.g.page);
    expect((await layerState()).submitted).toBe(N);
    await app.g.page.evaluate(() => window.__frontier!.store.getState().setShowContext(false));
    await waitForIdle(app.g.page);
  });

  it('clicking a bulk point opens its details: title, date with precision, source name and text', async () => {
    await setWin(6000, 6200);
    // An in-window event on screen and away from the curated pins.
    const target = await app.g.page.evaluate(async () => {
      const f = window.__frontier!;
      const api = await f.bulk!();
      const layer = api.bulkLayerOf(f.store)!;
      const set = f.store.getState().data.bulk!;
      const canvas = f.map.getCanvas().getBoundingClientRect();
      const c = set.columns;
      for (const [lo, hi] of api.windowRanges(c.start, c.buckets, f.store.getState().time.window)) {
        for (let i = lo; i < hi; i++) {
          const d = set.detail(i);
          const p = f.map.project([d.lon, d.lat]);
          if (p.x < 60 || p.y < 60 || p.x > canvas.width - 60 || p.y > canvas.height - 60) continue;
          if (f.map.queryRenderedFeatures([p.x, p.y], { layers: ['event-points', 'event-rings'] }).length) continue;
          const hit = layer.pick([d.lon, d.lat], 6);
          if (hit === null) continue;
          const e = set.detail(hit);
          return {
            lngLat: [d.lon, d.lat] as [number, number],
            index: hit,
            title: e.title,
            sourceName: e.sourceName,
            sourceText: e.sourceText,
            precision: e.datePrecision,
          };
        }
      }
      return null;
    });
    expect(target).not.toBeNull();
    const pt = await mapPointToClient(app.g.page, target!.lngLat);
    await app.g.page.mouse.click(pt.x, pt.y);
    await expect
      .poll(() => app.g.page.evaluate(() => window.__frontier!.store.getState().selection.selectedId))
      .toBe(`bulk:${target!.index}`);
    const panel = app.g.page.locator('[data-testid="bulk-panel"]');
    await expect(panel.isVisible()).resolves.toBe(true);
    expect(await panel.locator('h2').textContent()).toBe(target!.title);
    expect(await panel.locator('.bulk-source-name').textContent()).toBe(target!.sourceName);
    expect(await panel.locator('.bulk-source-text').textContent()).toBe(target!.sourceText);
    expect(await panel.locator('.facts').textContent()).toContain(`(${target!.precision})`);
    // The curated source panel stays closed for a bulk selection.
    await expect(app.g.page.locator('[data-testid="source-panel"]').isVisible()).resolves.toBe(false);
    await app.g.page.keyboard.press('Escape');
    await expect(panel.isVisible()).resolves.toBe(false);
  });

  it('the histogram counts the import: its bars add up to the curated and bulk events of the visible range', async () => {
    await setWin(isoDay('2013-01-01'), isoDay('2030-01-01'));
    const expected = await app.g.page.evaluate(() => {
      const st = window.__frontier!.store.getState();
      const b = st.time.bounds;
      const mid = (s: number, e: number): number => Math.floor((s + e) / 2);
      const inRange = (m: number): boolean => m >= b.start && m < b.end;
      const recs = (window as Window & { __records?: Array<{ startDay: number; endDay: number }> }).__records!;
      const curated = (st.data.dataset?.events ?? []).filter((e) => inRange(mid(e.startDay, e.endDay))).length;
      return { curated, bulk: recs.filter((r) => inRange(mid(r.startDay, r.endDay))).length };
    });
    const bars = await app.g.page.locator('.tl-histo .tl-histo-bar title').allTextContents();
    const total = bars.reduce((n, t) => n + Number(t.replace(/\D/g, '')), 0);
    expect(expected.bulk).toBeGreaterThan(N / 2);
    expect(total).toBe(expected.curated + expected.bulk);
    // The overview strip shows the whole range's counts too.
    expect(await app.g.page.locator('.tl-ov-bars .tl-histo-bar').count()).toBeGreaterThan(12);
  });

  it('the event list tells the readout’s count, keeps few rows in the DOM, and scrolling to the end shows the last records', async () => {
    await setWin(6000, 6400);
    const readout = (await app.g.page.locator('[data-testid="window-readout"]').textContent())!;
    const count = Number(readout.split(' · ')[1]!.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(1000);
    const list = app.g.page.locator('[data-testid="event-list"]');
    await expect.poll(async () => ((await list.locator('h2').textContent()) ?? '').replace(/\D/g, '')).toBe(String(count));
    const rows = list.locator('li');
    expect(await rows.count()).toBeLessThan(200);
    await expect(rows.first().getAttribute('aria-setsize')).resolves.toBe(String(count));
    await expect(rows.first().getAttribute('aria-posinset')).resolves.toBe('1');
    // Scroll the side panel to the end: the last rows are drawn, the last one is the window's latest event.
    await app.g.page.evaluate(() => {
      const side = document.getElementById('side')!;
      side.scrollTop = side.scrollHeight;
    });
    await expect.poll(() => rows.last().getAttribute('aria-posinset')).toBe(String(count));
    expect(await rows.count()).toBeLessThan(200);
    const last = await app.g.page.evaluate(() => {
      const f = window.__frontier!;
      const s = f.store.getState();
      const c = s.data.bulk!.columns;
      const w = s.time.window;
      let latest = -Infinity;
      for (let i = 0; i < c.count; i++) if (c.start[i]! < w.end && c.endx[i]! > w.start) latest = Math.max(latest, c.start[i]!);
      const id = document.querySelector('[data-testid="event-list"] li:last-child .event-row')!.getAttribute('data-event-id')!;
      const i = Number(id.slice(5));
      return {
        id,
        start: c.start[i],
        latest,
        title: s.data.bulk!.detail(i).title,
        text: document.querySelector('[data-testid="event-list"] li:last-child')!.textContent,
      };
    });
    expect(last.id).toMatch(/^bulk:\d+$/);
    expect(last.start).toBe(last.latest);
    expect(last.text).toContain(last.title);
    const box = await rows.last().boundingBox();
    const side = await app.g.page.locator('#side').boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(side!.y + side!.height + 1);
    await app.g.page.screenshot({ path: 'test-results/bulk-list-end.png' });
    // Keyboard: ↑ from the last row focuses the one before it; a click on a bulk row opens its details.
    await rows.last().locator('.event-row').focus();
    await app.g.page.keyboard.press('ArrowUp');
    await expect
      .poll(() => app.g.page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('aria-posinset')))
      .toBe(String(count - 1));
    await rows.last().locator('.event-row').click();
    await expect(app.g.page.locator('[data-testid="bulk-panel"] h2').textContent()).resolves.toBe(last.title);
    await app.g.page.keyboard.press('Escape');
  });

  it('density mode draws the window as a heatmap (pixels change) and follows the window', async () => {
    await setWin(6000, 6400);
    const shot = (): Promise<Buffer> => app.g.page.locator('#map canvas').screenshot();
    const before = await shot();
    await app.g.page.locator('input[data-layer="density"]').check();
    const features = (): Promise<number> => app.g.page.evaluate(() => window.__frontier!.map.querySourceFeatures('density').length);
    await expect.poll(features, { timeout: 20_000 }).toBeGreaterThan(0);
    await waitForIdle(app.g.page);
    const after = await shot();
    expect(after.equals(before)).toBe(false);
    await app.g.page.screenshot({ path: 'test-results/bulk-density.png' });
    const n1 = await features();
    await setWin(8000, 8030);
    await expect.poll(features, { timeout: 20_000 }).not.toBe(n1);
    await app.g.page.locator('input[data-layer="density"]').uncheck();
    await waitForIdle(app.g.page);
    expect(cleanLog(app.g)).toEqual({ errors: [], failed: [], offOrigin: [] });
  });

  it('clearBulk removes the layer and the page stayed clean', async () => {
    await app.g.page.evaluate(async () => {
      const f = window.__frontier!;
      (await f.bulk!()).clearBulk(f.store);
    });
    await waitForIdle(app.g.page);
    expect(await app.g.page.evaluate(() => !!window.__frontier!.map.getLayer('bulk-points'))).toBe(false);
    expect(cleanLog(app.g)).toEqual({ errors: [], failed: [], offOrigin: [] });
  });
});
