/**
 * The chronology's cited reports and border posts in the source panel: a post-located incident
 * names its post and district, shows each source's claims side by side and links the original
 * reports (never fetched); a post opens its own panel listing its events; the seed article's
 * quote is still highlighted in its full text.
 */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { type GuardedPage, cleanLog, mapPointToClient, setWindow, sourcePanelShows, useAppSession, waitForIdle } from './browser';

const SHIPPED = JSON.parse(readFileSync(new URL('../data/events.json', import.meta.url), 'utf8')) as Array<{
  id: string;
  date: { inferred?: string };
}>;
const POSTS = JSON.parse(readFileSync(new URL('../data/outposts.json', import.meta.url), 'utf8')) as Array<{ id: string; note?: string }>;

const origin = inject('origin');
const app = useAppSession(origin, '/?from=2026-01-20&to=2026-02-05&sel=khatlon-clash&cam=68.9,37.3,8');

const panel = (): ReturnType<GuardedPage['page']['locator']> => app.g.page.locator('[data-testid="source-panel"]');
const selected = (): Promise<string | null> => app.g.page.evaluate(() => window.__frontier!.store.getState().selection.selectedId);

describe('the chronology: cited reports and border posts', () => {
  it('the 29 Jan 2026 clash (from ?sel=) names its post and district and compares what each source says', async () => {
    await expect.poll(() => panel().isVisible()).toBe(true);
    await expect(selected()).resolves.toBe('khatlon-clash');
    const post = panel().locator('.post-of-event');
    await expect(post.locator('button.post-open').textContent()).resolves.toMatch(/Border post .*«Бахорак» \(Bahorak\)/);
    await expect(post.textContent()).resolves.toContain('Shamsiddin Shohin');
    // Side by side: the seed article places it in the province, the Border Troops (Kazinform) at the post.
    const seed = panel().locator('tr[data-claim-by="src-001"]');
    const kaz = panel().locator('tr[data-claim-by="kazinform-20260130-bahorak"]');
    await expect(seed.textContent()).resolves.toContain('in the Khatlon province');
    await expect(kaz.textContent()).resolves.toMatch(/Bahorak|Бахорак/);
    await expect(kaz.textContent()).resolves.toContain('as drawn');
    await expect(seed.textContent()).resolves.toContain('3 killed');
    await expect(kaz.textContent()).resolves.toContain('3 killed');
  });

  it('the claims table stays readable on a desktop and a phone: no claim column is narrower than a word in it', async () => {
    // Words a column cuts in two (a header, a date, "settlement"): a word's text spans two lines.
    // Hyphens and dashes are break points of their own, so the parts between them count as words.
    const cutWords = (): Promise<string[]> =>
      app.g.page.evaluate(() => {
        const cut: string[] = [];
        for (const cell of document.querySelectorAll<HTMLElement>('.claims-table tr > :not(:first-child)')) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const m of (node.textContent ?? '').matchAll(/[^\s\-–—]+/g)) {
              const range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
              if (lines.size > 1) cut.push(m[0]);
            }
          }
        }
        return cut;
      });
    const cells = panel().locator('.claims-table td');
    expect(await cells.count()).toBeGreaterThan(4);
    expect(await cutWords()).toEqual([]);
    await app.g.page.setViewportSize({ width: 390, height: 844 });
    try {
      await expect
        .poll(() =>
          panel()
            .locator('.claims-table')
            .evaluate((t) => t.getBoundingClientRect().width),
        )
        .toBeLessThan(390);
      expect(await cutWords()).toEqual([]);
      // The table fits the sheet: nothing scrolls sideways.
      expect(
        await panel()
          .locator('.claims-scroll')
          .evaluate((s) => s.scrollWidth - s.clientWidth),
      ).toBe(0);
    } finally {
      await app.g.page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('shows each cited report with its facts in our own words and a link to the original, opened in a new tab', async () => {
    const report = panel().locator('article.report[data-report-id="kazinform-20260130-bahorak"]');
    // The full reports load when the panel first shows a cited one.
    await expect.poll(() => report.count()).toBe(1);
    const url = await app.g.page.evaluate(
      () => window.__frontier!.store.getState().data.dataset!.reports!.find((r) => r.id === 'kazinform-20260130-bahorak')!.url,
    );
    await expect(report.locator('h4').textContent()).resolves.toMatch(/Kazinform/i);
    await expect(report.textContent()).resolves.toContain('our summary, in our own words');
    await expect(report.locator('.report-facts li').count()).resolves.toBe(3);
    await expect(report.locator('.report-url code').textContent()).resolves.toBe(url);
    const link = report.locator('a.report-link');
    await expect(link.textContent()).resolves.toBe('Open the original report');
    await expect(link.getAttribute('href')).resolves.toBe(url);
    await expect(link.getAttribute('target')).resolves.toBe('_blank');
    await expect(link.getAttribute('rel')).resolves.toBe('noopener noreferrer');
    await waitForIdle(app.g.page);
    await app.g.page.screenshot({ path: 'test-results/chronology-panel.png' });
  });

  it('opens the Bahorak post from the event, lists its events, and opens an event from there', async () => {
    await panel().locator('button.post-open').click();
    await expect.poll(selected).toBe('post-bahorak');
    await expect(panel().locator('#source-panel-title').textContent()).resolves.toContain('Bahorak');
    const text = (await panel().textContent()) ?? '';
    expect(text).toContain('Shamsiddin Shohin');
    expect(text).toContain('approximate');
    const row = panel().locator('.post-events button[data-event-id="khatlon-clash"]');
    await expect(row.count()).resolves.toBe(1);
    await expect(panel().locator('.post-sources a').count()).resolves.toBeGreaterThan(0);
    await app.g.page.screenshot({ path: 'test-results/post-panel.png' });
    await row.click();
    await expect.poll(selected).toBe('khatlon-clash');
  });

  it('clicking a post symbol on the map opens its panel', async () => {
    await app.g.page.keyboard.press('Escape');
    // A window with no event at the district's seat: there an event's pin would win the click.
    await setWindow(app.g.page, '2013-01-01', '2013-02-01');
    const lngLat = await app.g.page.evaluate(
      () => window.__frontier!.store.getState().data.dataset!.outposts.find((o) => o.id === 'post-7-khirmanjo')!.lngLat,
    );
    await waitForIdle(app.g.page);
    const ids = await app.g.page.evaluate(() =>
      window.__frontier!.map.queryRenderedFeatures({ layers: ['outposts-symbol'] }).map((f) => f.properties['id'] as string),
    );
    expect(ids).toContain('post-7-khirmanjo');
    await app.g.page.screenshot({ path: 'test-results/chronology-map.png' });
    const pt = await mapPointToClient(app.g.page, lngLat);
    await app.g.page.mouse.click(pt.x, pt.y);
    await expect.poll(selected).toMatch(/^post-/);
    await expect(panel().locator('.post-events, .muted').first().isVisible()).resolves.toBe(true);
  });

  it('the seed article still has its quote highlighted in the full text (Shadak)', async () => {
    await app.g.page.keyboard.press('Escape');
    await setWindow(app.g.page, '2025-11-25', '2025-12-05');
    await app.g.page.evaluate(() => window.__frontier!.store.getState().select('shadak-attack'));
    await expect.poll(() => panel().isVisible()).toBe(true);
    const mark = panel().locator('article.source mark.quote');
    await expect(mark.first().textContent()).resolves.toContain('two Chinese citizens were attacked near Shadak village');
  });

  it("shows a post's note, in the words of data/outposts.json (it loads with the panel, not with the map)", async () => {
    const want = POSTS.find((o) => o.id === 'post-bahorak')?.note;
    expect(want).toBeTruthy();
    await app.g.page.evaluate(() => window.__frontier!.store.getState().select('post-bahorak'));
    await sourcePanelShows(app.g.page, 'post-bahorak');
    await expect(panel().locator('p.small').allTextContents()).resolves.toContain(want);
  });

  it('says how a date was inferred, in the words of data/events.json (they load with the panel, not with the map)', async () => {
    const want = SHIPPED.find((e) => e.id === 'november-attacks')?.date.inferred;
    expect(want).toBeTruthy();
    await setWindow(app.g.page, '2025-11-20', '2025-12-05');
    await app.g.page.evaluate(() => window.__frontier!.store.getState().select('november-attacks'));
    await sourcePanelShows(app.g.page, 'november-attacks');
    const dd = panel().locator('dl.facts dt:text-is("Inferred") + dd');
    await expect(dd.textContent()).resolves.toBe(want);
  });

  it('stayed clean: no console errors, no failed or off-origin requests', () => {
    expect(cleanLog(app.g)).toEqual({ errors: [], failed: [], offOrigin: [] });
  });
});
