/** Scrub, play, step through events, and share the view by URL — by mouse and keyboard. */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cleanLog, guardedPage, isoDay, openApp, useAppSession, waitForIdle } from './browser';

const origin = inject('origin');
// The whole range, as before the default window became the latest months with incidents.
const app = useAppSession(origin, '/?from=2013-01-01&to=2029-12-31');

const state = (page: Page) =>
  page.evaluate(() => {
    const s = window.__frontier!.store.getState();
    return {
      window: s.time.window,
      selected: s.selection.selectedId,
      panelOpen: s.selection.panelOpen,
      playing: s.time.playing,
      camera: s.view.camera,
      bounds: s.time.bounds,
    };
  });

const renderedEventIds = (page: Page) =>
  page.evaluate(() => {
    const map = window.__frontier!.map;
    const ids = new Set<string>();
    for (const f of map.queryRenderedFeatures({ layers: ['event-points', 'event-areas', 'event-border'] })) {
      const p = f.properties as Record<string, string>;
      ids.add(f.layer.id === 'event-areas' ? `area:${p['id']}` : f.layer.id === 'event-border' ? 'border' : p['id']!);
    }
    return [...ids];
  });

const x = (page: Page, iso: string): Promise<number> => page.evaluate((d) => window.__frontier!.timeline.dayToClientX(d), isoDay(iso));

describe('timeline', () => {
  it('zooming the axis with the wheel and dragging the brush over 30 Nov 2025 shows Shadak and hides the 29 Jan 2026 clash', async () => {
    const svg = app.g.page.locator('[data-testid="timeline-svg"]');
    const box = (await svg.boundingBox())!;
    const y = box.y + 60;
    // Zoom in around late November 2025 until a day is several pixels wide.
    for (let i = 0; i < 40; i++) {
      const cx = await x(app.g.page, '2025-11-30');
      await app.g.page.mouse.move(cx, y);
      await app.g.page.mouse.wheel(0, -300);
      const width = (await x(app.g.page, '2025-12-01')) - (await x(app.g.page, '2025-11-30'));
      if (width > 12) break;
    }
    const a = await x(app.g.page, '2025-11-30');
    const b = await x(app.g.page, '2025-12-01');
    expect(b - a).toBeGreaterThan(12);
    // Drag from inside 30 Nov to just past its end (the brush snaps to whole days on release).
    await app.g.page.mouse.move(a + (b - a) * 0.2, y);
    await app.g.page.mouse.down();
    await app.g.page.mouse.move(a + (b - a) * 0.6, y, { steps: 4 });
    await app.g.page.mouse.move(b + (b - a) * 0.2, y, { steps: 4 });
    await app.g.page.mouse.up();
    await waitForIdle(app.g.page);
    const s = await state(app.g.page);
    expect(s.window).toEqual({ start: isoDay('2025-11-30'), end: isoDay('2025-12-01') });
    const ids = await renderedEventIds(app.g.page);
    expect(ids).toContain('shadak-attack');
    expect(ids).not.toContain('area:TJ-KL');
    expect(ids).not.toContain('khatlon-clash');
    await expect(app.g.page.locator('[data-testid="window-readout"]').textContent()).resolves.toMatch(/^30 Nov 2025 · \d+ events?$/);
    await app.g.page.screenshot({ path: 'test-results/timeline-shadak-window.png' });
  });

  it('the keyboard moves the window (←/→, Shift), jumps with Home/End, and Space plays and pauses', async () => {
    await app.g.page.locator('[data-testid="timeline-svg"]').focus();
    const before = (await state(app.g.page)).window;
    await app.g.page.keyboard.press('ArrowRight');
    const after = (await state(app.g.page)).window;
    expect(after.start - before.start).toBe(1);
    await app.g.page.keyboard.press('Shift+ArrowLeft');
    expect((await state(app.g.page)).window.start).toBe(after.start - (after.end - after.start));
    await app.g.page.keyboard.press('End');
    const s = await state(app.g.page);
    expect(s.window.end).toBe(s.bounds.end);
    await app.g.page.keyboard.press('Home');
    expect((await state(app.g.page)).window.start).toBe(s.bounds.start);
    await app.g.page.keyboard.press('Space');
    expect((await state(app.g.page)).playing).toBe(true);
    await app.g.page.keyboard.press('Space');
    expect((await state(app.g.page)).playing).toBe(false);
  });

  it('play advances the window and stops at the end', async () => {
    await app.g.page.evaluate(() => {
      const st = window.__frontier!.store.getState();
      st.setSpeed(365);
      st.setMode('window');
      st.setWindow({ start: st.time.bounds.end - 3 * 365, end: st.time.bounds.end - 3 * 365 + 180 });
    });
    const start = (await state(app.g.page)).window;
    await app.g.page.locator('[data-testid="play"]').click();
    await expect.poll(async () => (await state(app.g.page)).window.start, { timeout: 5_000 }).toBeGreaterThan(start.start + 30);
    await expect.poll(async () => (await state(app.g.page)).playing, { timeout: 30_000, interval: 250 }).toBe(false);
    const end = await state(app.g.page);
    expect(end.window.end).toBe(end.bounds.end);
    expect(end.window.end - end.window.start).toBeCloseTo(180, 5);
  });

  it('cumulative play keeps the start and grows the window', async () => {
    await app.g.page.evaluate(() => {
      const st = window.__frontier!.store.getState();
      st.setMode('cumulative');
      st.setWindow({ start: st.time.bounds.end - 400, end: st.time.bounds.end - 300 });
    });
    const start = (await state(app.g.page)).window;
    await app.g.page.keyboard.press('Space');
    await expect.poll(async () => (await state(app.g.page)).playing, { timeout: 30_000, interval: 250 }).toBe(false);
    const end = await state(app.g.page);
    expect(end.window.start).toBe(start.start);
    expect(end.window.end).toBe(end.bounds.end);
    await app.g.page.evaluate(() => window.__frontier!.store.getState().setMode('window'));
  });

  it('next/previous event select and open the neighbouring event, keeping it in the window', async () => {
    await app.g.page.evaluate(() => {
      const st = window.__frontier!.store.getState();
      st.select(null);
      st.setWindow({ start: st.time.bounds.start, end: st.time.bounds.start + 90 });
    });
    await app.g.page.locator('[data-testid="next-event"]').click();
    let s = await state(app.g.page);
    expect(s.selected).toBe('csto-resolution-2013');
    expect(s.panelOpen).toBe(true);
    await app.g.page.locator('[data-testid="next-event"]').click();
    s = await state(app.g.page);
    expect(s.selected).toBe('2021-07-03-andsf-crossing-istiklol-sarigor');
    expect(s.window.start).toBeLessThanOrEqual(isoDay('2021-07-03'));
    expect(s.window.end).toBeGreaterThan(isoDay('2021-07-03'));
    await expect(app.g.page.locator('#source-panel-title').textContent()).resolves.toMatch(/Afghan government troops/);
    // By keyboard: ] next, [ previous (focus on the timeline, not in the panel).
    await app.g.page.locator('[data-testid="timeline-svg"]').focus();
    await app.g.page.keyboard.press(']');
    expect((await state(app.g.page)).selected).toBe('2021-07-04-andsf-crossing-shohon-94');
    await app.g.page.keyboard.press('[');
    expect((await state(app.g.page)).selected).toBe('2021-07-03-andsf-crossing-istiklol-sarigor');
    // The selection is highlighted on the timeline and on the map.
    const selected = '2021-07-03-andsf-crossing-istiklol-sarigor';
    await expect(app.g.page.locator('.tl-mark.selected').getAttribute('data-event-id')).resolves.toBe(selected);
    await expect(app.g.page.locator('.event-row.selected').getAttribute('data-event-id')).resolves.toBe(selected);
  });

  it('reloading a copied URL restores window, selection and camera', async () => {
    await app.g.page.evaluate(() => {
      const st = window.__frontier!.store.getState();
      st.setWindow({ start: st.time.bounds.start + 4700, end: st.time.bounds.start + 4760 });
      st.select('shadak-attack');
    });
    await app.g.page.evaluate(() => window.__frontier!.map.jumpTo({ center: [71.2, 38.1], zoom: 8.25 }));
    await waitForIdle(app.g.page);
    await app.g.page.waitForTimeout(400); // URL writes are throttled
    const url = app.g.page.url();
    expect(url).toContain('sel=shadak-attack');
    const before = await state(app.g.page);
    const g2 = await guardedPage(app.browser, origin);
    await g2.page.goto(url);
    await g2.page.waitForFunction(() => window.__frontier?.ready === true);
    await waitForIdle(g2.page);
    const after = await state(g2.page);
    expect(after.window).toEqual(before.window);
    expect(after.selected).toBe('shadak-attack');
    expect(after.panelOpen).toBe(true);
    expect(after.camera.center[0]).toBeCloseTo(71.2, 3);
    expect(after.camera.center[1]).toBeCloseTo(38.1, 3);
    expect(after.camera.zoom).toBeCloseTo(8.25, 2);
    expect(cleanLog(g2)).toEqual({ errors: [], failed: [], offOrigin: [] });
    await g2.context.close();
  });

  it('a hostile URL falls back to defaults with a warning, never a crash', async () => {
    const g3 = await guardedPage(app.browser, origin);
    const warnings: string[] = [];
    g3.page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await g3.page.goto(`${origin}/?from=2025-02-30&to=<script>alert(1)</script>&cam=NaN,1,2&sel=%3Cimg%20src=x%3E&lang=xx&layers=evil`);
    await g3.page.waitForFunction(() => window.__frontier?.ready === true);
    const s = await state(g3.page);
    expect(s.window).toEqual({ start: s.bounds.start, end: s.bounds.end });
    expect(s.selected).toBeNull();
    expect(warnings.length).toBeGreaterThanOrEqual(5);
    expect(cleanLog(g3)).toEqual({ errors: [], failed: [], offOrigin: [] });
    await g3.context.close();
  });

  it('a first visit opens on the six months ending at the last incident, framed by the detail axis, with the whole range below', async () => {
    const g4 = await guardedPage(app.browser, origin);
    await openApp(g4, origin, '/');
    const s = await state(g4.page);
    // The last incident in data/events.json spans 16–17 Apr 2026.
    expect(s.window).toEqual({ start: isoDay('2025-10-18'), end: isoDay('2026-04-18') });
    await g4.page.waitForTimeout(400); // URL writes are throttled
    expect(new URL(g4.page.url()).searchParams.has('from')).toBe(false);
    // The detail axis shows the window with a margin each side: month ticks, not years.
    const svg = (await g4.page.locator('[data-testid="timeline-svg"]').boundingBox())!;
    const a = await x(g4.page, '2025-10-18');
    const b = await x(g4.page, '2026-04-18');
    expect(a).toBeGreaterThan(svg.x + 104 + 20);
    expect(b).toBeLessThan(svg.x + svg.width - 16 - 20);
    expect((b - a) / (svg.width - 120)).toBeGreaterThan(0.5);
    const ticks = await g4.page.locator('.tl-axis .tick text').allTextContents();
    expect(ticks).toContain('2026');
    expect(ticks).toContain('Dec');
    // The overview strip spans the whole range.
    const years = await g4.page.locator('[data-testid="timeline-overview"] .tick text').allTextContents();
    expect(years).toContain('2013');
    expect(years).toContain('2029');
    expect(cleanLog(g4)).toEqual({ errors: [], failed: [], offOrigin: [] });
    await g4.page.screenshot({ path: 'test-results/timeline-default-window.png' });
    await g4.context.close();
  });

  it('a window of two weeks is readable without zooming: the detail axis follows it and ticks days', async () => {
    await app.g.page.evaluate(() => window.__frontier!.store.getState().setWindow({ start: 9460, end: 9474 }));
    await waitForIdle(app.g.page);
    const svg = (await app.g.page.locator('[data-testid="timeline-svg"]').boundingBox())!;
    const a = await app.g.page.evaluate(() => window.__frontier!.timeline.dayToClientX(9460));
    const b = await app.g.page.evaluate(() => window.__frontier!.timeline.dayToClientX(9474));
    expect(a).toBeGreaterThan(svg.x + 104);
    expect(b).toBeLessThan(svg.x + svg.width - 16);
    expect(b - a).toBeGreaterThan((svg.width - 120) / 2);
    const ticks = await app.g.page.locator('.tl-axis .tick text').allTextContents();
    expect(ticks.length).toBeGreaterThan(4);
    for (const t of ticks) expect(t).toMatch(/^(\d{1,2} [A-Z][a-z]{2}|[A-Z][a-z]{2}( \d{4})?|\d{4})$/);
    expect(new Set(ticks).size).toBe(ticks.length);
  });

  it('dragging the window on the overview strip moves it, keeps its width, and the detail axis follows', async () => {
    const before = (await state(app.g.page)).window;
    // The window is a few pixels wide on the 17-year strip: its grip is wider, so it can be grabbed.
    const ov = app.g.page.locator('[data-testid="timeline-overview"] .tl-ov-grip');
    const box = (await ov.boundingBox())!;
    const y = box.y + box.height / 2;
    await app.g.page.mouse.move(box.x + box.width / 2, y);
    await app.g.page.mouse.down();
    await app.g.page.mouse.move(box.x + box.width / 2 + 60, y, { steps: 6 });
    await app.g.page.mouse.up();
    await waitForIdle(app.g.page);
    const after = (await state(app.g.page)).window;
    expect(after.start).toBeGreaterThan(before.start + 200);
    expect(after.end - after.start).toBe(before.end - before.start);
    const svg = (await app.g.page.locator('[data-testid="timeline-svg"]').boundingBox())!;
    const a = await app.g.page.evaluate((d) => window.__frontier!.timeline.dayToClientX(d), after.start);
    expect(a).toBeGreaterThan(svg.x + 104);
    expect(a).toBeLessThan(svg.x + svg.width / 2);
    // A click on the strip centres the window (same width) on the clicked day.
    const strip = (await app.g.page.locator('[data-testid="timeline-overview"]').boundingBox())!;
    await app.g.page.mouse.click(strip.x + 200, strip.y + 8);
    await waitForIdle(app.g.page);
    const clicked = (await state(app.g.page)).window;
    expect(clicked.end - clicked.start).toBe(before.end - before.start);
    expect(clicked.start).toBeLessThan(after.start);
    await app.g.page.screenshot({ path: 'test-results/timeline-overview-drag.png' });
  });

  it('stayed clean: no console errors, no failed or off-origin requests', () => {
    expect(cleanLog(app.g)).toEqual({ errors: [], failed: [], offOrigin: [] });
  });
});
