/** Accessibility: axe-core (no serious/critical violations) and the whole flow by keyboard. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { guardedPage, launchBrowser, openApp, type GuardedPage, sourcePanelShows } from './browser';

const origin = inject('origin');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;
let g: GuardedPage;

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }>;
}

/** Serious and critical violations on the page (axe injected from node_modules, no network). */
async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const r = await page.evaluate(() =>
    (window as unknown as { axe: { run(o: object): Promise<AxeResult> } }).axe.run({ resultTypes: ['violations'] }),
  );
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeAll(async () => {
  browser = await launchBrowser();
  g = await guardedPage(browser, origin);
  // axe is injected as an inline script, which the app's CSP rightly forbids; security.e2e.ts tests the CSP.
  await g.context.close();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const page = await context.newPage();
  g = { ...g, page, context };
  page.on('pageerror', (e) => g.errors.push(e.message));
  await openApp(g, origin);
});
afterAll(async () => {
  await browser?.close();
});

const focusedTestId = (): Promise<string | undefined> =>
  g.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['testid']);

async function tabTo(selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await g.page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await g.page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

describe('axe-core and the keyboard', () => {
  it('main view: no serious or critical violations', async () => {
    expect(await axe(g.page)).toEqual([]);
  });

  it('scrub by keyboard: focus the timeline, → moves the window', async () => {
    const before = await g.page.evaluate(() => window.__frontier!.store.getState().time.window);
    await g.page.evaluate(() => window.__frontier!.store.getState().setWindow({ start: 9400, end: 9430 }));
    await tabTo('[data-testid="timeline-svg"]');
    await g.page.keyboard.press('ArrowRight');
    const after = await g.page.evaluate(() => window.__frontier!.store.getState().time.window);
    expect(after.start).toBeGreaterThan(9400);
    expect(before).toBeDefined();
  });

  it('the window is a two-thumb slider: Tab reaches both thumbs, each announces its date, its keys move only its edge', async () => {
    await g.page.evaluate(() => window.__frontier!.store.getState().setWindow({ start: 9400, end: 9430 }));
    await tabTo('[data-testid="window-start"]');
    const read = (id: string): Promise<string | null> => g.page.locator(`[data-testid="${id}"]`).getAttribute('aria-valuetext');
    expect(await g.page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('slider');
    expect(await read('window-start')).toBe('26 Sep 2025');
    await g.page.keyboard.press('ArrowRight');
    expect(await read('window-start')).toBe('27 Sep 2025');
    expect(await read('window-end')).toBe('25 Oct 2025');
    await g.page.keyboard.press('Tab');
    expect(await focusedTestId()).toBe('window-end');
    await g.page.keyboard.press('PageUp');
    expect(await read('window-end')).toBe('25 Nov 2025');
    expect(await read('window-start')).toBe('27 Sep 2025');
    // Space still plays and pauses from a thumb.
    await g.page.keyboard.press(' ');
    expect(await g.page.evaluate(() => window.__frontier!.store.getState().time.playing)).toBe(true);
    await g.page.keyboard.press(' ');
    expect(await axe(g.page)).toEqual([]);
  });

  it('phone 390×844 (menu open, legend open, bottom sheet open) and a 400×300 embed: no serious or critical violations', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    const page = await context.newPage();
    const phone: GuardedPage = { ...g, page, context, errors: [] };
    page.on('pageerror', (e) => phone.errors.push(e.message));
    await openApp(phone, origin, '/?from=2025-11-01&to=2025-12-31');
    const check = async (): Promise<void> => {
      if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
      const r = await page.evaluate(() =>
        (window as unknown as { axe: { run(o: object): Promise<AxeResult> } }).axe.run({ resultTypes: ['violations'] }),
      );
      expect(
        r.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    };
    await check();
    await page.locator('[data-testid="topbar-menu"]').click();
    await check();
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="side-toggle"]').click();
    await check();
    await page.locator('.event-row[data-event-id="shadak-attack"]').click();
    await expect.poll(() => page.locator('[data-testid="source-panel"]').isVisible()).toBe(true);
    await check();
    await page.goto(`${origin}/?embed=1`);
    await page.setViewportSize({ width: 400, height: 300 });
    await page.waitForFunction(() => window.__frontier?.ready === true);
    await check();
    expect(phone.errors).toEqual([]);
    await context.close();
  });

  it('select and read the source by keyboard; the open panel has no serious or critical violations', async () => {
    await g.page.evaluate(() => window.__frontier!.store.getState().setWindow({ start: 4700, end: 11000 }));
    await tabTo('.event-row[data-event-id="shadak-attack"]', 200);
    await g.page.keyboard.press('Enter');
    await sourcePanelShows(g.page, 'shadak-attack');
    expect(await g.page.evaluate(() => document.activeElement?.id)).toBe('source-panel-title');
    await expect.poll(() => g.page.locator('[data-testid="source-panel"] mark.quote').count()).toBe(1);
    expect(await axe(g.page)).toEqual([]);
    await g.page.keyboard.press('Escape');
  });

  it('open the import/export dialog by keyboard, export by keyboard, and the dialog (with a report) passes axe', async () => {
    await tabTo('[data-testid="data-button"]', 200);
    await g.page.keyboard.press('Enter');
    // The dialog's module loads on the first press; it opens once it is there.
    await expect.poll(() => g.page.locator('[data-testid="data-dialog"]').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await tabTo('[data-testid="export-csv"]');
    const [dl] = await Promise.all([g.page.waitForEvent('download'), g.page.keyboard.press('Enter')]);
    expect(dl.suggestedFilename()).toMatch(/\.csv$/);
    await g.page.setInputFiles('[data-testid="import-file"]', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{') });
    await expect.poll(() => g.page.locator('[data-testid="import-report"]').count()).toBe(1);
    expect(await focusedTestId()).toBe('import-discard');
    expect(await axe(g.page)).toEqual([]);
    await g.page.keyboard.press('Escape');
    expect(await g.page.locator('[data-testid="data-dialog"]').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
  });

  it('Russian main view: no serious or critical violations', async () => {
    await g.page.evaluate(() => window.__frontier!.chooseLang('ru'));
    expect(await axe(g.page)).toEqual([]);
    expect(g.errors).toEqual([]);
  });

  it('the along-the-border chart (marks reached by Tab, Enter selects) and the comparison pass axe', async () => {
    await g.page.evaluate(() => window.__frontier!.store.getState().setLang('en'));
    await tabTo('[data-testid="border-chart-toggle"]', 200);
    await g.page.keyboard.press('Enter');
    await g.page.locator('g.bc-mark').first().waitFor();
    await tabTo('g.bc-mark', 300);
    await g.page.keyboard.press('Enter');
    expect(await g.page.evaluate(() => window.__frontier!.store.getState().selection.selectedId)).not.toBeNull();
    await g.page.keyboard.press('Escape');
    await g.page.locator('[data-testid="compare-toggle"]').focus();
    await g.page.keyboard.press('Enter');
    await g.page.locator('[data-testid="compare-table-province"]').waitFor();
    expect(await axe(g.page)).toEqual([]);
    expect(g.errors).toEqual([]);
  });
});
