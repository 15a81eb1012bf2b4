/**
 * Parts that load on first use (dialogs, panels, a language) over a connection that drops once:
 * the user is told which part did not load, the map stays as it was, and using it again works.
 */
import { describe, expect, inject, it } from 'vitest';
import { guardedPage, openApp, useAppSession, type GuardedPage } from './browser';

const origin = inject('origin');
const app = useAppSession(origin);

/** Fails the first request for `pattern` as a dropped connection would; counts every request. */
async function dropFirst(g: GuardedPage, pattern: RegExp): Promise<() => number> {
  let seen = 0;
  await g.page.route(pattern, (route) => (seen++ === 0 ? route.abort('connectionreset') : route.continue()));
  return () => seen;
}

describe('a part that fails to load on first use', () => {
  it('on a phone, the Share dialog names itself, the notice fits the screen and closes, and the next click opens the dialog', async () => {
    const g = await guardedPage(app.browser, origin, { width: 390, height: 844 });
    const seen = await dropFirst(g, /\/assets\/shareDialog-[\w-]+\.js$/);
    await openApp(g, origin);
    const events = await g.page.evaluate(() => window.__frontier!.store.getState().data.dataset!.events.length);
    const share = g.page.locator('[data-testid="share-button"]');
    if (!(await share.isVisible())) await g.page.locator('[data-testid="topbar-menu"]').click();
    await share.click();
    const notice = g.page.locator('[data-testid="load-notice"]');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.locator('.load-notice-text').textContent()).toBe(
      '“Share / Embed” could not be loaded. Check the connection and try again.',
    );
    const box = (await notice.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // Nothing on screen was lost.
    expect(await g.page.evaluate(() => window.__frontier!.store.getState().data.dataset!.events.length)).toBe(events);
    expect(await g.page.locator('[data-testid="share-dialog"]').count()).toBe(0);
    await notice.getByRole('button', { name: 'Close' }).click();
    expect(await notice.isVisible()).toBe(false);

    if (!(await share.isVisible())) await g.page.locator('[data-testid="topbar-menu"]').click();
    await share.click();
    await expect.poll(() => g.page.locator('[data-testid="share-dialog"]').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await notice.isVisible()).toBe(false);
    expect(seen()).toBe(2);
    await g.context.close();
  });

  it('a language that fails to load leaves the UI and the menu in the language it was, and choosing it again switches', async () => {
    const g = await guardedPage(app.browser, origin);
    const seen = await dropFirst(g, /\/assets\/ru-[\w-]+\.js$/);
    await openApp(g, origin);
    const lang = g.page.locator('[data-testid="lang"]');
    await lang.selectOption('ru');
    const notice = g.page.locator('[data-testid="load-notice"]');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.locator('.load-notice-text').textContent()).toBe(
      '“Language” could not be loaded. Check the connection and try again.',
    );
    expect(await lang.inputValue()).toBe('en');
    expect(await g.page.evaluate(() => [document.documentElement.lang, window.__frontier!.store.getState().view.lang])).toEqual([
      'en',
      'en',
    ]);
    expect(await g.page.locator('[data-testid="share-button"]').innerText()).toBe('Share / Embed');

    await lang.selectOption('ru');
    await expect.poll(() => g.page.locator('[data-testid="share-button"]').innerText()).toBe('Поделиться / встроить');
    expect(await notice.isVisible()).toBe(false);
    expect(seen()).toBe(2);
    await g.context.close();
  });

  it('the Export dialog says when its slides and video sections did not load, and the next opening brings them', async () => {
    const g = await guardedPage(app.browser, origin);
    const seen = await dropFirst(g, /\/assets\/deckPanel-[\w-]+\.js$/);
    await openApp(g, origin);
    const dialog = g.page.locator('[data-testid="png-export-dialog"]');
    await g.page.locator('[data-testid="png-export-button"]').click();
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    // Said inside the modal dialog (the page's notice is under it), and the image export still works.
    await expect
      .poll(() => g.page.locator('[data-testid="png-export-status"]').textContent())
      .toBe('“Slides and video” could not be loaded. Check the connection and try again.');
    expect(await g.page.locator('[data-testid="deck-panel"]').count()).toBe(0);
    expect(await dialog.locator('button', { hasText: 'Download PNG' }).isEnabled()).toBe(true);
    await g.page.keyboard.press('Escape');
    const notice = g.page.locator('[data-testid="load-notice"]');
    expect(await notice.locator('.load-notice-text').textContent()).toBe(
      '“Slides and video” could not be loaded. Check the connection and try again.',
    );

    await g.page.locator('[data-testid="png-export-button"]').click();
    await g.page.locator('[data-testid="deck-panel"]').waitFor();
    expect(await g.page.locator('[data-testid="png-export-status"]').textContent()).toBe('');
    expect(await notice.isVisible()).toBe(false);
    expect(seen()).toBe(2);
    await g.context.close();
  });

  it('the border chart that fails to load turns its switch off, so one click retries', async () => {
    const g = await guardedPage(app.browser, origin);
    const seen = await dropFirst(g, /\/assets\/borderChart-[\w-]+\.js$/);
    await openApp(g, origin);
    const toggle = g.page.locator('[data-testid="border-chart-toggle"]');
    const notice = g.page.locator('[data-testid="load-notice"]');
    await toggle.click();
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.locator('.load-notice-text').textContent()).toBe(
      '“Border chart” could not be loaded. Check the connection and try again.',
    );
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await g.page.locator('[data-testid="border-chart"]').isVisible()).toBe(false);
    await toggle.click();
    await expect.poll(() => g.page.locator('[data-testid="border-chart"] svg').count()).toBeGreaterThan(0);
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await notice.isVisible()).toBe(false);
    expect(seen()).toBe(2);
    await g.context.close();
  });

  it('only the last language chosen is reported: an earlier choice arriving late neither switches nor clears the notice', async () => {
    const g = await guardedPage(app.browser, origin);
    // Russian arrives late; Tajik's first request fails.
    await g.page.route(/\/assets\/ru-[\w-]+\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    const seenTg = await dropFirst(g, /\/assets\/tg-[\w-]+\.js$/);
    await openApp(g, origin);
    const lang = g.page.locator('[data-testid="lang"]');
    const notice = g.page.locator('[data-testid="load-notice"]');
    await lang.selectOption('ru');
    await lang.selectOption('tg');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await lang.inputValue()).toBe('en');
    // Russian's strings arrive: the user has since chosen Tajik, so nothing changes.
    await g.page.waitForResponse(/\/assets\/ru-[\w-]+\.js$/);
    await g.page.waitForTimeout(300);
    expect(await g.page.evaluate(() => window.__frontier!.store.getState().view.lang)).toBe('en');
    expect(await notice.isVisible()).toBe(true);
    expect(seenTg()).toBe(1);
    await g.context.close();
  });
});
