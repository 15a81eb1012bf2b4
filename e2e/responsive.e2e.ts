/**
 * Every screen: phone (portrait and landscape), tablet, desktop and small embeds. Measured with
 * bounding boxes: no sideways scroll, the map's share of the screen, both window thumbs in view,
 * map furniture within its corner budget; the layout shrinks back after a resize; the bottom sheet;
 * the two-thumb slider by keyboard and touch; the Datawrapper/Flourish height messages.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { guardedPage, isoDay, launchBrowser, openApp, waitForIdle, type GuardedPage } from './browser';

const origin = inject('origin');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The furniture budget: each item over the map (attribution, legend button, zoom controls, scale,
 * full-map link, coverage note, anything of the timeline over the map) covers at most 6% of the
 * frame, and all of them together at most 12%.
 */
const ITEM_BUDGET = 0.06;
const TOTAL_BUDGET = 0.12;
const FURNITURE = [
  '.maplibregl-ctrl-attrib',
  '.side-toggle',
  '.maplibregl-ctrl-top-right .maplibregl-ctrl-group',
  '.maplibregl-ctrl-scale',
  '.embed-full-link',
  '.coverage-note',
];

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
interface Layout {
  innerWidth: number;
  innerHeight: number;
  scrollWidth: number;
  map: Box;
  topbar: Box | null;
  start: Box;
  end: Box;
  /** Area of each visible furniture item that lies over the map, by selector. */
  furniture: Record<string, number>;
}

const layout = (page: Page): Promise<Layout> =>
  page.evaluate((selectors) => {
    const box = (el: Element | null): Box | null => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return r.width && r.height ? { x: r.x, y: r.y, w: r.width, h: r.height } : null;
    };
    const map = box(document.getElementById('map'))!;
    const furniture: Record<string, number> = {};
    for (const sel of selectors) {
      for (const el of document.querySelectorAll(sel)) {
        const b = box(el);
        if (!b) continue;
        const w = Math.max(0, Math.min(b.x + b.w, map.x + map.w) - Math.max(b.x, map.x));
        const h = Math.max(0, Math.min(b.y + b.h, map.y + map.h) - Math.max(b.y, map.y));
        furniture[sel] = (furniture[sel] ?? 0) + w * h;
      }
    }
    return {
      innerWidth: window.innerWidth,
      innerHeight: window.innerHeight,
      scrollWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
      map,
      topbar: box(document.getElementById('topbar')),
      start: box(document.querySelector('[data-testid="window-start"]'))!,
      end: box(document.querySelector('[data-testid="window-end"]'))!,
      furniture,
    };
  }, FURNITURE);

const inView = (b: Box, l: Layout): boolean => b.x >= 0 && b.y >= 0 && b.x + b.w <= l.innerWidth + 0.5 && b.y + b.h <= l.innerHeight + 0.5;

async function open(viewport: { width: number; height: number }, path = '/', touch = false): Promise<GuardedPage> {
  const g = await guardedPage(browser, origin, viewport);
  if (touch) {
    await g.context.close();
    const context = await browser.newContext({ viewport, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
    const page = await context.newPage();
    Object.assign(g, { context, page });
    page.on('console', (m) => {
      if (m.type() === 'error') g.errors.push(m.text());
    });
  }
  await openApp(g, origin, path);
  return g;
}

/** Checks shared by every size; returns the measurements for size-specific checks. */
async function commonChecks(g: GuardedPage, name: string): Promise<Layout> {
  const l = await layout(g.page);
  expect(l.scrollWidth, `${name}: page wider than the screen`).toBeLessThanOrEqual(l.innerWidth);
  expect(inView(l.start, l), `${name}: start thumb in view`).toBe(true);
  expect(inView(l.end, l), `${name}: end thumb in view`).toBe(true);
  expect(l.map.w).toBeLessThanOrEqual(l.innerWidth);
  await g.page.screenshot({ path: `test-results/responsive-${name}.png` });
  console.info(`${name}: ${JSON.stringify({ map: l.map, topbar: l.topbar?.h, furniture: l.furniture })}`);
  return l;
}

function furnitureWithinBudget(l: Layout, name: string): void {
  const frame = l.innerWidth * l.innerHeight;
  let total = 0;
  for (const [sel, area] of Object.entries(l.furniture)) {
    expect(area / frame, `${name}: ${sel} covers ${((100 * area) / frame).toFixed(1)}% of the frame`).toBeLessThanOrEqual(ITEM_BUDGET);
    total += area;
  }
  expect(total / frame, `${name}: furniture covers ${((100 * total) / frame).toFixed(1)}%`).toBeLessThanOrEqual(TOTAL_BUDGET);
}

describe('every screen', () => {
  it('phone 390×844: one-row top bar, map over half the height, legend behind a button, compact attribution', async () => {
    const g = await open({ width: 390, height: 844 });
    const l = await commonChecks(g, 'phone-390x844');
    expect(l.map.h).toBeGreaterThanOrEqual(844 / 2);
    expect(l.topbar!.h).toBeLessThanOrEqual(48);
    furnitureWithinBudget(l, 'phone');
    await expect(g.page.locator('#side').isVisible()).resolves.toBe(false);
    await expect(g.page.locator('.maplibregl-ctrl-attrib.maplibregl-compact').count()).resolves.toBe(1);
    await expect(g.page.locator('.maplibregl-ctrl-attrib-inner').isVisible()).resolves.toBe(false);
    // The full credits are one tap away.
    await g.page.locator('.maplibregl-ctrl-attrib-button').click();
    await expect(g.page.locator('.maplibregl-ctrl-attrib-inner').isVisible()).resolves.toBe(true);
    await expect(g.page.locator('.maplibregl-ctrl-attrib-inner').textContent()).resolves.toMatch(/OpenStreetMap/);
    // The menu: an accessible disclosure holding the secondary actions.
    const menu = g.page.locator('[data-testid="topbar-menu"]');
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(g.page.locator('[data-testid="share-button"]').isVisible()).resolves.toBe(false);
    await menu.click();
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(g.page.locator('[data-testid="share-button"]').isVisible()).resolves.toBe(true);
    await g.page.screenshot({ path: 'test-results/responsive-phone-menu.png' });
    await g.page.keyboard.press('Escape');
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    // Legend and layers open from their button.
    await g.page.locator('[data-testid="side-toggle"]').click();
    await expect(g.page.locator('#side').isVisible()).resolves.toBe(true);
    await expect(g.page.locator('[data-layer="rivers"]').isVisible()).resolves.toBe(true);
    await g.page.screenshot({ path: 'test-results/responsive-phone-legend.png' });
    expect((await layout(g.page)).scrollWidth).toBeLessThanOrEqual(390);
    expect(g.errors).toEqual([]);
    await g.context.close();
  });

  it('phone, touch: an event tapped in the list opens the source panel as a bottom sheet that drags up and closes', async () => {
    const g = await open({ width: 390, height: 844 }, `/?from=2025-11-01&to=2025-12-31`, true);
    await g.page.locator('[data-testid="side-toggle"]').tap();
    await g.page.locator('.event-row[data-event-id="shadak-attack"]').tap();
    const panel = g.page.locator('[data-testid="source-panel"]');
    await expect.poll(() => panel.isVisible()).toBe(true);
    const stage = (await g.page.locator('#stage').boundingBox())!;
    const sheet = (await panel.boundingBox())!;
    // A sheet: full width, anchored to the bottom of the map area, about half its height; the timeline stays visible.
    expect(sheet.width).toBeGreaterThanOrEqual(389);
    expect(Math.abs(sheet.y + sheet.height - (stage.y + stage.height))).toBeLessThanOrEqual(1);
    expect(sheet.height / stage.height).toBeGreaterThan(0.4);
    expect(sheet.height / stage.height).toBeLessThan(0.6);
    await expect(g.page.locator('[data-testid="timeline-svg"]').isVisible()).resolves.toBe(true);
    await g.page.screenshot({ path: 'test-results/responsive-phone-sheet.png' });
    // Drag the handle up with a pointer (touch): the sheet grows.
    const handle = (await g.page.locator('[data-testid="sheet-handle"]').boundingBox())!;
    const cdp = await g.context.newCDPSession(g.page);
    const hx = handle.x + handle.width / 2;
    const hy = handle.y + handle.height / 2;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: hx, y: hy, id: 1 }] });
    for (let i = 1; i <= 6; i++)
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: hx, y: hy - i * 50, id: 1 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    const taller = (await panel.boundingBox())!;
    expect(taller.height).toBeGreaterThan(sheet.height + 200);
    await g.page.screenshot({ path: 'test-results/responsive-phone-sheet-up.png' });
    // By keyboard: ↓ shrinks it; the close button closes it.
    await g.page.locator('[data-testid="sheet-handle"]').focus();
    await g.page.keyboard.press('ArrowDown');
    expect((await panel.boundingBox())!.height).toBeLessThan(taller.height);
    await g.page.locator('[data-testid="source-panel"] .panel-close').tap();
    await expect.poll(() => panel.isVisible()).toBe(false);
    expect(g.errors).toEqual([]);
    await g.context.close();
  });

  it('phone, touch: a finger drags the window and a pinch on the axis zooms it', async () => {
    const g = await open({ width: 390, height: 844 }, `/?from=2025-11-01&to=2025-12-01`, true);
    const cdp = await g.context.newCDPSession(g.page);
    const w0 = await g.page.evaluate(() => window.__frontier!.store.getState().time.window);
    // Drag the end thumb one way by touch.
    const end = (await g.page.locator('[data-testid="window-end"]').boundingBox())!;
    const ex = end.x + end.width / 2;
    const ey = end.y + end.height / 2;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: ex, y: ey, id: 1 }] });
    for (let i = 1; i <= 5; i++)
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: ex - i * 4, y: ey, id: 1 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await g.page.waitForTimeout(100);
    const w1 = await g.page.evaluate(() => window.__frontier!.store.getState().time.window);
    expect(w1.start).toBe(w0.start);
    expect(w1.end).toBeLessThan(w0.end);
    // Pinch the axis apart: the axis zooms in (a day gets wider).
    const dayWidth = (): Promise<number> =>
      g.page.evaluate(
        (d) => window.__frontier!.timeline.dayToClientX(d + 30) - window.__frontier!.timeline.dayToClientX(d),
        isoDay('2025-11-01'),
      );
    const before = await dayWidth();
    const svg = (await g.page.locator('[data-testid="timeline-svg"]').boundingBox())!;
    const ay = svg.y + svg.height - 10;
    const cx = svg.x + svg.width * 0.6;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: cx - 10, y: ay, id: 1 }] });
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [
        { x: cx - 10, y: ay, id: 1 },
        { x: cx + 10, y: ay, id: 2 },
      ],
    });
    for (let i = 1; i <= 6; i++)
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [
          { x: cx - 10 - i * 10, y: ay, id: 1 },
          { x: cx + 10 + i * 10, y: ay, id: 2 },
        ],
      });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    expect(await dayWidth()).toBeGreaterThan(before * 1.5);
    expect(g.errors).toEqual([]);
    await g.context.close();
  });

  it('phone landscape 844×390: one-row top bar, no sideways scroll, the thumbs in view', async () => {
    const g = await open({ width: 844, height: 390 });
    const l = await commonChecks(g, 'phone-844x390');
    expect(l.topbar!.h).toBeLessThanOrEqual(48);
    expect(l.map.h).toBeGreaterThanOrEqual(120);
    furnitureWithinBudget(l, 'phone landscape');
    await g.context.close();
  });

  it('tablet 768×1024 and desktop 1280×800: the side column beside the map, full attribution on desktop', async () => {
    const tablet = await open({ width: 768, height: 1024 });
    const t = await commonChecks(tablet, 'tablet-768x1024');
    expect(t.map.h).toBeGreaterThanOrEqual(1024 / 2);
    await expect(tablet.page.locator('#side').isVisible()).resolves.toBe(true);
    await tablet.context.close();
    const desk = await open({ width: 1280, height: 800 });
    const d = await commonChecks(desk, 'desktop-1280x800');
    expect(d.map.w + (await desk.page.locator('#side').boundingBox())!.width).toBeLessThanOrEqual(1280);
    await expect(desk.page.locator('.maplibregl-ctrl-attrib.maplibregl-compact').count()).resolves.toBe(0);
    await expect(desk.page.locator('[data-testid="topbar-menu"]').isVisible()).resolves.toBe(false);
    await expect(desk.page.locator('[data-testid="share-button"]').isVisible()).resolves.toBe(true);
    await desk.context.close();
  });

  it('the legend’s layer switches show their whole label in every language, on a tablet and a desktop', async () => {
    for (const [width, height] of [
      [820, 1180],
      [1280, 800],
    ] as const) {
      for (const lang of ['en', 'ru', 'tg']) {
        const g = await open({ width, height }, `/?lang=${lang}`);
        // Each label's right edge inside the switches' box, and nothing of its text clipped.
        const cut = await g.page.evaluate(() => {
          const box = document.querySelector('.layer-toggles')!.getBoundingClientRect();
          return [...document.querySelectorAll<HTMLElement>('.layer-toggles .toggle')]
            .filter((el) => el.getBoundingClientRect().right > box.right - 1 || el.scrollWidth > el.clientWidth + 1)
            .map((el) => el.textContent!.trim());
        });
        expect(cut, `${lang} at ${width}×${height}`).toEqual([]);
        await g.context.close();
      }
    }
  });

  it('on a phone, in Russian and Tajik, the Share, Export and data dialogs hold all their content: nothing wider than the dialog', async () => {
    for (const lang of ['ru', 'tg']) {
      const g = await open({ width: 390, height: 844 }, `/?lang=${lang}`);
      for (const [button, dialog] of [
        ['share-button', '.share-dialog'],
        ['png-export-button', '[data-testid="png-export-dialog"]'],
        ['data-button', '[data-testid="data-dialog"]'],
      ] as const) {
        const b = g.page.locator(`[data-testid="${button}"]`);
        if (!(await b.isVisible())) await g.page.locator('[data-testid="topbar-menu"]').click();
        await b.click();
        const d = g.page.locator(dialog);
        await expect.poll(() => d.evaluate((el) => (el as HTMLDialogElement).open)).toBe(true);
        // The Export dialog's slides section (with the data's SHA-256) loads after it opens.
        if (button === 'png-export-button') await d.locator('[data-testid="data-version"]').waitFor();
        // Each element's right edge inside the dialog's, and the dialog itself within the screen.
        const wide = await d.evaluate((el) => {
          const right = el.getBoundingClientRect().right;
          const out = [...el.querySelectorAll<HTMLElement>('*')]
            .filter((c) => c.getClientRects().length > 0 && c.getBoundingClientRect().right > right + 1 && !c.closest('iframe'))
            .map((c) => `${c.tagName.toLowerCase()}.${c.className}: ${(c.textContent ?? '').slice(0, 40)}`);
          return { out, right, scroll: el.scrollWidth - el.clientWidth };
        });
        expect(wide.out, `${lang} ${dialog}`).toEqual([]);
        expect(wide.scroll, `${lang}: ${dialog} scrolls sideways`).toBeLessThanOrEqual(0);
        expect(wide.right).toBeLessThanOrEqual(390);
        await g.page.keyboard.press('Escape');
        await expect.poll(() => d.evaluate((el) => (el as HTMLDialogElement).open)).toBe(false);
      }
      await g.context.close();
    }
  });

  it('resize 1280 → 1600 → 1000 shrinks back; a fresh load at 320×480 is usable', async () => {
    const g = await open({ width: 1280, height: 800 });
    for (const width of [1600, 1000]) {
      await g.page.setViewportSize({ width, height: 800 });
      await g.page.waitForTimeout(400);
      await waitForIdle(g.page);
      const l = await layout(g.page);
      const side = (await g.page.locator('#side').boundingBox())!;
      expect(l.scrollWidth, `at ${width}`).toBeLessThanOrEqual(width);
      expect(l.map.w + side.width, `at ${width}`).toBeLessThanOrEqual(width);
      expect(side.x + side.width).toBeLessThanOrEqual(width);
      const canvas = await g.page.evaluate(() => window.__frontier!.map.getCanvas().getBoundingClientRect().width);
      expect(Math.abs(canvas - l.map.w), `canvas follows the map at ${width}`).toBeLessThanOrEqual(1);
    }
    await g.page.screenshot({ path: 'test-results/responsive-shrunk-1000.png' });
    await g.context.close();
    const small = await open({ width: 320, height: 480 });
    const l = await commonChecks(small, 'phone-320x480');
    expect(l.map.w).toBeGreaterThanOrEqual(318);
    expect(l.map.h).toBeGreaterThanOrEqual(160);
    expect(small.errors).toEqual([]);
    await small.context.close();
  });

  it.each([
    [600, 400],
    [400, 300],
    [800, 450],
  ])('embed %i×%i: legend collapsed, controls fit, furniture within its corner budget', async (width, height) => {
    const g = await open({ width, height }, '/?embed=1');
    const l = await commonChecks(g, `embed-${width}x${height}`);
    furnitureWithinBudget(l, `embed ${width}×${height}`);
    await expect(g.page.locator('#side').isVisible()).resolves.toBe(false);
    await expect(g.page.locator('[data-testid="side-toggle"]').getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(g.page.locator('.maplibregl-ctrl-attrib.maplibregl-compact').count()).resolves.toBe(1);
    // Every timeline control inside the frame.
    for (const b of await g.page
      .locator('.tl-controls > *')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect)))
      if (b.width) expect(b.x + b.width).toBeLessThanOrEqual(width);
    await g.page.locator('[data-testid="side-toggle"]').click();
    await expect(g.page.locator('[data-testid="legend"]').isVisible()).resolves.toBe(true);
    expect((await layout(g.page)).scrollWidth).toBeLessThanOrEqual(width);
    expect(g.errors).toEqual([]);
    await g.context.close();
  });
});

describe('the Share dialog previews the small embed sizes', () => {
  it('Preview at 400 × 300 sizes the snippet and runs the embed at exactly 400×300', async () => {
    const g = await open({ width: 1280, height: 800 });
    await g.page.locator('[data-testid="share-button"]').click();
    await g.page.locator('[data-testid="share-preview-size"]').selectOption('400x300');
    await expect(g.page.locator('[data-testid="share-size"]').inputValue()).resolves.toBe('400x300');
    await expect(g.page.locator('[data-testid="share-snippet"]').inputValue()).resolves.toMatch(
      /width:400px;height:300px|width="400" height="300"/,
    );
    const frame = g.page.locator('[data-testid="share-preview"]');
    await expect.poll(() => g.page.frames().length, { timeout: 10_000 }).toBeGreaterThan(1);
    const f = g.page.frames().find((fr) => fr !== g.page.mainFrame())!;
    await f.waitForFunction(() => window.__frontier?.ready === true, null, { timeout: 30_000 });
    expect(await f.evaluate(() => [window.innerWidth, window.innerHeight])).toEqual([400, 300]);
    expect(await f.locator('#side').isVisible()).toBe(false);
    const box = (await frame.boundingBox())!;
    expect(Math.round(box.width)).toBe(400);
    await g.page.screenshot({ path: 'test-results/responsive-share-400x300.png' });
    // 800 × 450 is wider than the dialog: shown at its size, scaled down to fit.
    await g.page.locator('[data-testid="share-preview-size"]').selectOption('800x450');
    await expect.poll(async () => Math.round((await frame.boundingBox())!.width)).toBeLessThan(800);
    await expect.poll(async () => (await frame.boundingBox())!.width / (await frame.boundingBox())!.height).toBeCloseTo(800 / 450, 1);
    // Typing a size that is no preset selects "the size above".
    await g.page.locator('[data-testid="share-size"]').fill('16:9');
    await expect(g.page.locator('[data-testid="share-preview-size"]').inputValue()).resolves.toBe('');
    expect(g.errors).toEqual([]);
    await g.context.close();
  });
});

describe('the two-thumb window slider', () => {
  it('the thumbs announce their dates in the UI language; arrows, Page Up/Down, Home/End move one edge each', async () => {
    const g = await open({ width: 1280, height: 800 }, '/?from=2025-11-01&to=2025-11-30');
    const start = g.page.locator('[data-testid="window-start"]');
    const end = g.page.locator('[data-testid="window-end"]');
    const attrs = async (l: typeof start): Promise<Record<string, string | null>> => ({
      role: await l.getAttribute('role'),
      label: await l.getAttribute('aria-label'),
      now: await l.getAttribute('aria-valuenow'),
      text: await l.getAttribute('aria-valuetext'),
      min: await l.getAttribute('aria-valuemin'),
      max: await l.getAttribute('aria-valuemax'),
    });
    expect(await attrs(start)).toEqual({
      role: 'slider',
      label: 'Window start',
      now: String(isoDay('2025-11-01')),
      text: '1 Nov 2025',
      min: String(isoDay('2013-01-01')),
      max: String(isoDay('2025-11-30')),
    });
    expect(await attrs(end)).toMatchObject({
      label: 'Window end',
      now: String(isoDay('2025-11-30')),
      text: '30 Nov 2025',
      min: String(isoDay('2025-11-01')),
    });
    await start.focus();
    await g.page.keyboard.press('ArrowRight');
    await expect(start.getAttribute('aria-valuetext')).resolves.toBe('2 Nov 2025');
    await g.page.keyboard.press('ArrowLeft');
    await g.page.keyboard.press('ArrowLeft');
    await expect(start.getAttribute('aria-valuetext')).resolves.toBe('31 Oct 2025');
    await g.page.keyboard.press('PageUp');
    await expect(start.getAttribute('aria-valuetext')).resolves.toBe('30 Nov 2025'); // a month on, stopped by the end thumb
    await g.page.keyboard.press('PageDown');
    await expect(start.getAttribute('aria-valuetext')).resolves.toBe('30 Oct 2025');
    // The end thumb did not move.
    await expect(end.getAttribute('aria-valuetext')).resolves.toBe('30 Nov 2025');
    await g.page.keyboard.press('Home');
    await expect(start.getAttribute('aria-valuetext')).resolves.toBe('1 Jan 2013');
    await end.focus();
    await g.page.keyboard.press('End');
    await expect(end.getAttribute('aria-valuetext')).resolves.toBe('31 Dec 2029');
    await g.page.keyboard.press('ArrowDown');
    await expect(end.getAttribute('aria-valuetext')).resolves.toBe('30 Dec 2029');
    expect(await g.page.evaluate(() => window.__frontier!.store.getState().time.window)).toEqual({
      start: isoDay('2013-01-01'),
      end: isoDay('2029-12-31'),
    });
    // Russian: labels and dates follow the UI language.
    await g.page.evaluate(() => window.__frontier!.chooseLang('ru'));
    await expect(start.getAttribute('aria-label')).resolves.toBe('Начало окна');
    await expect(start.getAttribute('aria-valuetext')).resolves.toBe('1 января 2013');
    // A pointer drags a thumb.
    await g.page.evaluate(([a, b]) => window.__frontier!.store.getState().setWindow({ start: a, end: b }), [
      isoDay('2025-11-01'),
      isoDay('2025-12-01'),
    ] as const);
    const box = (await start.boundingBox())!;
    await g.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await g.page.mouse.down();
    await g.page.mouse.move(box.x + box.width / 2 - 40, box.y + box.height / 2, { steps: 4 });
    await g.page.mouse.up();
    const w = await g.page.evaluate(() => window.__frontier!.store.getState().time.window);
    expect(w.start).toBeLessThan(isoDay('2025-11-01'));
    expect(w.end).toBe(isoDay('2025-12-01'));
    expect(Number.isInteger(w.start)).toBe(true);
    expect(g.errors).toEqual([]);
    await g.context.close();
  });
});

describe('hosts that size embeds', () => {
  it('a parent page receives our resize event and the Datawrapper and Flourish height messages', async () => {
    const g = await guardedPage(browser, origin, { width: 900, height: 700 });
    await g.page.goto(`${origin}/host-example.html`);
    // Listen as a Datawrapper- or Flourish-style embed script would: every message from the frame.
    await g.page.evaluate(() => {
      const got: unknown[] = [];
      (window as unknown as { got: unknown[] }).got = got;
      window.addEventListener('message', (e) => {
        if (e.source === document.querySelector<HTMLIFrameElement>('iframe[name="map-7"]')?.contentWindow) got.push(e.data);
      });
    });
    await g.page.evaluate(
      (src) => {
        const f = document.createElement('iframe');
        f.name = 'map-7';
        f.src = src;
        f.width = '600';
        f.height = '400';
        document.body.append(f);
      },
      `${origin}/?embed=1&origins=${encodeURIComponent(origin)}`,
    );
    await expect
      .poll(() => g.page.evaluate(() => (window as unknown as { got: unknown[] }).got.length), { timeout: 30_000 })
      .toBeGreaterThan(2);
    const got = (await g.page.evaluate(() => (window as unknown as { got: unknown[] }).got)) as unknown[];
    const last = <T>(list: T[]): T | undefined => list[list.length - 1];
    const resize = last(got.filter((m) => typeof m === 'object' && m !== null && (m as { event?: string }).event === 'resize')) as {
      height: number;
    };
    expect(resize).toBeDefined();
    const dw = last(got.filter((m) => typeof m === 'object' && m !== null && 'datawrapper-height' in m));
    expect(dw).toEqual({ 'datawrapper-height': { 'map-7': resize.height } });
    const fl = last(got.filter((m): m is string => typeof m === 'string').map((m) => JSON.parse(m) as Record<string, unknown>));
    expect(fl).toMatchObject({ sender: 'Flourish', context: 'iframe.resize', method: 'resize', height: resize.height });
    expect(String(fl!['src'])).toMatch(/embed=1/);
    expect(resize.height).toBe(400);
    await g.context.close();
  });
});
