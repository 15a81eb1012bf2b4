/**
 * The timeline's pointer gestures (d3's brush, drag and zoom) load after the first view: until
 * they arrive the window is drawn where the brush will draw it, a drag made meanwhile — by mouse
 * or finger — takes effect when they arrive, and a failed load is named and tried again.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page, Route } from 'playwright-core';
import { cleanLog, guardedPage, launchBrowser, openApp, type GuardedPage } from './browser';

const origin = inject('origin');
const GESTURES = /\/assets\/gestures-[\w-]+\.js$/;
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Holds every request for the gestures chunk until `release` is called. */
async function holdGestures(page: Page): Promise<{ requested: () => number; release: () => void }> {
  let requested = 0;
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await page.route(GESTURES, async (route: Route) => {
    requested++;
    await released;
    await route.fallback();
  });
  return { requested: () => requested, release };
}

const attached = (page: Page): Promise<boolean> =>
  page
    .locator('.tl-brush .overlay')
    .count()
    .then((n) => n === 1);
const win = (page: Page) => page.evaluate(() => window.__frontier!.store.getState().time.window);
const dayX = (page: Page, day: number): Promise<number> => page.evaluate((d) => window.__frontier!.timeline.dayToClientX(d), day);
const box = async (page: Page, sel: string) => (await page.locator(sel).boundingBox())!;

type TimeWindow = Awaited<ReturnType<typeof win>>;

/** The gesture did nothing while the chunk was held; once released, the window it drew. */
async function windowOnceReleased(page: Page, held: { release: () => void }, before: TimeWindow): Promise<TimeWindow> {
  expect(await win(page)).toEqual(before);
  held.release();
  await expect.poll(() => win(page)).not.toEqual(before);
  return win(page);
}

/** A guarded page whose context takes touch input, as a phone's does. */
async function touchPage(viewport: { width: number; height: number }): Promise<GuardedPage> {
  const g = await guardedPage(browser, origin, viewport);
  await g.context.close();
  const context = await browser.newContext({ viewport, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') g.errors.push(m.text());
  });
  page.on('pageerror', (e) => g.errors.push(`pageerror: ${e.message}`));
  return Object.assign(g, { context, page });
}

describe('timeline gestures on demand', () => {
  it('before the gestures arrive the window is drawn where the brush then draws it, on the detail view and the strip', async () => {
    const g = await guardedPage(browser, origin);
    const held = await holdGestures(g.page);
    await openApp(g, origin);
    // Asked for once the first view is drawn, not before.
    await expect.poll(held.requested).toBe(1);
    expect(await attached(g.page)).toBe(false);
    const standIn = await box(g.page, '.tl-brush rect.selection');
    const standInStrip = await box(g.page, '.tl-ov-brush rect.selection');
    const w = await win(g.page);
    // Within a pixel (the stroke straddles the edge).
    expect(Math.abs(standIn.x - (await dayX(g.page, w.start)))).toBeLessThanOrEqual(1);
    expect(Math.abs(standIn.x + standIn.width - (await dayX(g.page, w.end)))).toBeLessThanOrEqual(1);
    held.release();
    await expect.poll(() => attached(g.page)).toBe(true);
    const brushed = await box(g.page, '.tl-brush rect.selection');
    const brushedStrip = await box(g.page, '.tl-ov-brush rect.selection');
    for (const k of ['x', 'y', 'width', 'height'] as const) {
      expect(brushed[k]).toBeCloseTo(standIn[k], 0);
      expect(brushedStrip[k]).toBeCloseTo(standInStrip[k], 0);
    }
    // One stand-in, replaced: the brush's own selection and handles only.
    expect(await g.page.locator('.tl-brush rect.selection').count()).toBe(1);
    expect(await g.page.locator('.tl-brush .handle').count()).toBe(2);
    expect(await win(g.page)).toEqual(w);
    expect(cleanLog(g)).toEqual({ errors: [], failed: [], offOrigin: [] });
    await g.context.close();
  });

  it('a mouse drag on the detail view made while they load sets the window when they arrive', async () => {
    const g = await guardedPage(browser, origin);
    const held = await holdGestures(g.page);
    await openApp(g, origin);
    const w0 = await win(g.page);
    const [d0, d1] = [w0.start + 5, w0.start + 40];
    const svg = await box(g.page, '[data-testid="timeline-svg"]');
    // Over the histogram, below the grip and above the rows of marks.
    const y = svg.y + 45;
    await g.page.mouse.move(await dayX(g.page, d0), y);
    await g.page.mouse.down();
    await g.page.mouse.move(await dayX(g.page, d1), y, { steps: 5 });
    await g.page.mouse.up();
    const w1 = await windowOnceReleased(g.page, held, w0);
    expect(Math.abs(w1.start - d0)).toBeLessThanOrEqual(1);
    expect(Math.abs(w1.end - d1)).toBeLessThanOrEqual(1);
    // Live from then on: a click centres the window, same width, on the clicked day.
    const mid = w1.start + 10;
    await g.page.mouse.click(await dayX(g.page, mid), y);
    await expect.poll(async () => (await win(g.page)).start).not.toBe(w1.start);
    const w2 = await win(g.page);
    expect(w2.end - w2.start).toBe(w1.end - w1.start);
    expect(Math.abs((w2.start + w2.end) / 2 - mid)).toBeLessThanOrEqual(1);
    expect(cleanLog(g)).toEqual({ errors: [], failed: [], offOrigin: [] });
    await g.context.close();
  });

  it('on a phone, a finger drawing a window while they load sets it when they arrive', async () => {
    const g = await touchPage({ width: 390, height: 844 });
    const held = await holdGestures(g.page);
    await openApp(g, origin);
    const cdp = await g.context.newCDPSession(g.page);
    const w0 = await win(g.page);
    const [d0, d1] = [w0.start + 10, w0.start + 50];
    const svg = await box(g.page, '[data-testid="timeline-svg"]');
    const y = svg.y + 45;
    const [x0, x1] = [await dayX(g.page, d0), await dayX(g.page, d1)];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x0, y, id: 1 }] });
    for (let i = 1; i <= 5; i++)
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x0 + ((x1 - x0) * i) / 5, y, id: 1 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    const w1 = await windowOnceReleased(g.page, held, w0);
    expect(Math.abs(w1.start - d0)).toBeLessThanOrEqual(1);
    expect(Math.abs(w1.end - d1)).toBeLessThanOrEqual(1);
    expect(g.errors).toEqual([]);
    await g.context.close();
  });

  it('on a phone, a finger still down when they arrive goes on drawing the window, on the detail view and the strip', async () => {
    const g = await touchPage({ width: 390, height: 844 });
    const cdp = await g.context.newCDPSession(g.page);
    const drag = async (strip: boolean): Promise<void> => {
      const held = await holdGestures(g.page);
      await openApp(g, origin);
      const w0 = await win(g.page);
      const svg = await box(g.page, strip ? '[data-testid="timeline-overview"]' : '[data-testid="timeline-svg"]');
      const y = strip ? svg.y + 10 : svg.y + 45;
      // On the strip, start on the window itself (the stand-in selection, removed when the brush arrives).
      const sel = await box(g.page, strip ? '.tl-ov-brush rect.selection' : '.tl-brush rect.selection');
      const x0 = strip ? sel.x + 1 : await dayX(g.page, w0.start + 10);
      const x1 = strip ? x0 + 40 : await dayX(g.page, w0.start + 50);
      const at = (i: number) => [{ x: x0 + ((x1 - x0) * i) / 6, y, id: 1 }];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
      for (let i = 1; i <= 2; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i) });
      held.release();
      await expect.poll(() => attached(g.page)).toBe(true);
      const mid = await win(g.page);
      for (let i = 3; i <= 6; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i) });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await expect.poll(() => win(g.page)).not.toEqual(mid);
      const w1 = await win(g.page);
      // The drag's end reached the behaviour (whole days), and the window followed the finger to its last point.
      expect(Number.isInteger(w1.start) && Number.isInteger(w1.end)).toBe(true);
      if (strip) {
        // The strip holds the whole range over its plot width (the timeline's margins, 104 and 16 px).
        const { bounds } = await g.page.evaluate(() => window.__frontier!.store.getState().time);
        const daysPerPx = (bounds.end - bounds.start) / (svg.width - 120);
        expect(Math.abs(w1.start - w0.start - (x1 - x0) * daysPerPx)).toBeLessThanOrEqual(2 * daysPerPx);
        expect(w1.end - w1.start).toBe(w0.end - w0.start);
      } else {
        // Measured in days: once the gesture ends the detail axis follows the new window.
        expect(Math.abs(w1.start - (w0.start + 10))).toBeLessThanOrEqual(1);
        expect(Math.abs(w1.end - (w0.start + 50))).toBeLessThanOrEqual(1);
      }
      await g.page.unrouteAll();
    };
    await drag(false);
    await drag(true);
    expect(g.errors).toEqual([]);
    await g.context.close();
  });

  it('a failed load ahead of use is silent; one the user asked for is named, and the next pointer over the timeline tries again', async () => {
    const g = await guardedPage(browser, origin);
    let seen = 0;
    await g.page.route(GESTURES, (route) => (seen++ < 2 ? route.abort('connectionreset') : route.continue()));
    await openApp(g, origin);
    const notice = g.page.locator('[data-testid="load-notice"]');
    // The load after the first idle fails: nobody asked for it, so nobody is told.
    await expect.poll(() => seen).toBe(1);
    await g.page.waitForTimeout(300);
    expect(await notice.isVisible()).toBe(false);
    const svg = await box(g.page, '[data-testid="timeline-svg"]');
    await g.page.mouse.move(svg.x + svg.width / 2, svg.y + 45);
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.locator('.load-notice-text').textContent()).toBe(
      '“Timeline” could not be loaded. Check the connection and try again.',
    );
    expect(seen).toBe(2);
    expect(await attached(g.page)).toBe(false);
    const span = async () => (await dayX(g.page, 9500)) - (await dayX(g.page, 9400));
    const before = await span();
    // Onto another part of the timeline: a new pointerover.
    await g.page.mouse.move(svg.x + svg.width / 2, svg.y + svg.height - 8);
    await expect.poll(() => attached(g.page)).toBe(true);
    expect(seen).toBe(3);
    expect(await notice.isVisible()).toBe(false);
    await g.page.mouse.wheel(0, -300);
    await expect.poll(span).toBeGreaterThan(before * 1.1);
    await g.context.close();
  });

  it('a destroyed timeline leaves nothing behind: both strips and the thumbs go, and later changes log nothing', async () => {
    const g = await guardedPage(browser, origin);
    await openApp(g, origin);
    await g.page.evaluate(() => window.__frontier!.timeline.loadGestures());
    const parts = () =>
      g.page.evaluate(() => ['.tl-svg', '.tl-overview', '.tl-thumb'].map((q) => document.querySelectorAll(`#timeline ${q}`).length));
    expect(await parts()).toEqual([1, 1, 2]);
    await g.page.evaluate(() => window.__frontier!.timeline.destroy());
    expect(await parts()).toEqual([0, 0, 0]);
    await g.page.evaluate(() => window.__frontier!.store.getState().setWindow({ start: 9400, end: 9500 }));
    await g.page.setViewportSize({ width: 900, height: 700 });
    await g.page.mouse.move(450, 650);
    await g.page.mouse.down();
    await g.page.mouse.up();
    expect(cleanLog(g)).toEqual({ errors: [], failed: [], offOrigin: [] });
    await g.context.close();
  });
});
