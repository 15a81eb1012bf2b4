/** Click an incident (map, area or list) and read the exact source text. */
import { describe, expect, inject, it } from 'vitest';
import {
  type GuardedPage,
  cleanLog,
  guardedPage,
  mapPointToClient,
  openApp,
  setWindow,
  useAppSession,
  waitForIdle,
  sourcePanelShows,
} from './browser';
import { openDataDialog, pickFile } from './importHelpers';

const origin = inject('origin');
const app = useAppSession(origin);

const panel = (): ReturnType<GuardedPage['page']['locator']> => app.g.page.locator('[data-testid="source-panel"]');

describe('events and the source panel', () => {
  it('clicking the Shadak pin shows the sentence about two Chinese citizens highlighted in the article', async () => {
    await setWindow(app.g.page, '2025-11-25', '2025-12-05');
    const lngLat = await app.g.page.evaluate(
      () => window.__frontier!.store.getState().data.dataset!.events.find((e) => e.id === 'shadak-attack')!.geometry as [number, number],
    );
    const pt = await mapPointToClient(app.g.page, lngLat);
    await app.g.page.mouse.click(pt.x, pt.y);
    await expect.poll(() => app.g.page.evaluate(() => window.__frontier!.store.getState().selection.selectedId)).toBe('shadak-attack');
    await sourcePanelShows(app.g.page, 'shadak-attack');
    await expect(panel().isVisible()).resolves.toBe(true);
    const mark = panel().locator('mark.quote');
    // The article text loads on demand: wait for it.
    await expect.poll(() => mark.count()).toBe(1);
    const quote = await mark.textContent();
    expect(quote).toContain('two Chinese citizens were attacked near Shadak village');
    // The highlight sits inside the full article text, which is there verbatim around it.
    const article = await panel().locator('.article-text').first().textContent();
    expect(article).toContain('CSTO to Arm Tajikistan Amid Rising Border Tensions with Afghanistan');
    expect(article!.indexOf(quote!)).toBeGreaterThan(0);
    // …and has been scrolled into view within its scroll box.
    const inView = await mark.evaluate((m) => {
      const box = m.closest('.article-text')!.getBoundingClientRect();
      const r = m.getBoundingClientRect();
      return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
    });
    expect(inView).toBe(true);
    await app.g.page.screenshot({ path: 'test-results/shadak-panel.png' });
  });

  it('clicking inside Khatlon during the 10 Feb 2026 Darkad detention selects it, and Khatlon is highlighted (not a pin)', async () => {
    await app.g.page.keyboard.press('Escape');
    await setWindow(app.g.page, '2026-02-05', '2026-02-15');
    const where = await app.g.page.evaluate(() => {
      const s = window.__frontier!.store.getState();
      const e = s.data.dataset!.events.find((x) => x.id === 'darkad-post-detention-2026-02-10')!;
      return { lngLat: e.geometry as [number, number], areaRef: e.areaRef, precision: e.location.precision };
    });
    expect(where).toMatchObject({ areaRef: 'TJ-KL', precision: 'province' });
    const rendered = await app.g.page.evaluate(() => {
      const map = window.__frontier!.map;
      return {
        areas: map.queryRenderedFeatures({ layers: ['event-areas'] }).map((f) => f.properties['id']),
        pins: map.queryRenderedFeatures({ layers: ['event-points'] }).map((f) => f.properties['id']),
      };
    });
    expect(rendered.areas).toContain('TJ-KL');
    expect(rendered.pins).not.toContain('darkad-post-detention-2026-02-10');
    // Off the anchor itself, where the Darkad post (district unknown) is drawn.
    const pt = await mapPointToClient(app.g.page, [where.lngLat[0] + 0.25, where.lngLat[1]]);
    await app.g.page.mouse.click(pt.x, pt.y);
    await expect
      .poll(() => app.g.page.evaluate(() => window.__frontier!.store.getState().selection.selectedId))
      .toBe('darkad-post-detention-2026-02-10');
    const text = await panel().textContent();
    expect(text).toContain('46 packages of hashish');
    expect(text).toMatch(/province/);
    await waitForIdle(app.g.page);
    await app.g.page.screenshot({ path: 'test-results/darkad-province.png' });
  });

  it('the 29 Jan 2026 clash is a pin at the Bahorak post’s district, with the seed’s “Khatlon province” kept in the panel', async () => {
    await app.g.page.keyboard.press('Escape');
    await setWindow(app.g.page, '2026-01-20', '2026-02-05');
    const where = await app.g.page.evaluate(() => {
      const s = window.__frontier!.store.getState();
      const e = s.data.dataset!.events.find((x) => x.id === 'khatlon-clash')!;
      return { lngLat: e.geometry as [number, number], areaRef: e.areaRef, location: e.location };
    });
    expect(where).toMatchObject({
      areaRef: null,
      location: { precision: 'district', ref: 'tj-kl-shamsiddin-shohin', postId: 'post-bahorak' },
    });
    const pins = await app.g.page.evaluate(() =>
      window.__frontier!.map.queryRenderedFeatures({ layers: ['event-points'] }).map((f) => f.properties['id']),
    );
    expect(pins).toContain('khatlon-clash');
    const pt = await mapPointToClient(app.g.page, where.lngLat);
    await app.g.page.mouse.click(pt.x, pt.y);
    await expect.poll(() => app.g.page.evaluate(() => window.__frontier!.store.getState().selection.selectedId)).toBe('khatlon-clash');
    const text = await panel().textContent();
    expect(text).toContain('73 packages of narcotics');
    expect(text).toContain('Bahorak');
    expect(text).toContain('in the Khatlon province');
    await waitForIdle(app.g.page);
    await app.g.page.screenshot({ path: 'test-results/khatlon-clash.png' });
  });

  it('the November attacks show both sources and their different casualty descriptions', async () => {
    await app.g.page.evaluate(() => window.__frontier!.store.getState().select('november-attacks'));
    const text = (await panel().textContent()) ?? '';
    expect(await panel().locator('article.source').count()).toBe(2);
    expect(text).toContain('five people were killed');
    expect(text).toContain('five Chinese workers');
  });

  it('opens and closes the panel by keyboard alone, returning focus to the list', async () => {
    await app.g.page.keyboard.press('Escape');
    await setWindow(app.g.page, '2013-01-01', '2030-01-01');
    const row = app.g.page.locator('.event-row[data-event-id="dushanbe-meeting"]');
    await row.focus();
    await app.g.page.keyboard.press('Enter');
    await expect(panel().isVisible()).resolves.toBe(true);
    expect(await app.g.page.evaluate(() => document.activeElement?.id)).toBe('source-panel-title');
    await app.g.page.keyboard.press('Escape');
    await expect(panel().isVisible()).resolves.toBe(false);
    expect(await app.g.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['eventId'])).toBe('dushanbe-meeting');
  });

  it('renders source text as text: markup in an imported title, summary, source and quote shows literally', async () => {
    await app.g.page.keyboard.press('Escape');
    const trap = (tag: string): string => `<img src=x onerror="window.__xss='${tag}'"><b>${tag}</b><script>window.__xss='${tag}'</script>`;
    const feature = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [71.55, 37.66] },
      properties: {
        id: 'markup-1',
        title: `Title ${trap('title')}`,
        date: '2025-11-30',
        summary: `Summary ${trap('summary')}`,
        source: `Outlet ${trap('source')}`,
        notes: `Quote ${trap('quote')} & more`,
      },
    };
    await pickFile(app.g.page, 'markup.geojson', JSON.stringify({ type: 'FeatureCollection', features: [feature] }));
    await expect.poll(() => app.g.page.locator('[data-testid="import-status"]').innerText()).toMatch(/^Imported: 1 — markup\.geojson$/);
    await app.g.page.keyboard.press('Escape');
    await app.g.page.evaluate(() => window.__frontier!.store.getState().select('markup-1'));
    await expect.poll(() => panel().isVisible()).toBe(true);
    // Every text arrives verbatim, as text…
    const p = feature.properties;
    expect(await panel().locator('#source-panel-title').textContent()).toBe(p.title);
    expect(await panel().locator('.summary').textContent()).toBe(p.summary);
    expect(await panel().locator('article.source h4').textContent()).toBe(p.source);
    expect(await panel().locator('mark.quote').textContent()).toBe(p.notes);
    // …so none of it became an element, and no handler ran.
    expect(await panel().evaluate((el) => el.querySelectorAll('img, b, script, iframe').length)).toBe(0);
    expect(await app.g.page.evaluate(() => document.querySelectorAll('img[src="x"], script:not([src])').length)).toBe(0);
    expect(await app.g.page.evaluate(() => (window as Window & { __xss?: string }).__xss)).toBeUndefined();
    await app.g.page.keyboard.press('Escape');
    await openDataDialog(app.g.page);
    await app.g.page.click('[data-testid="import-remove"]');
    await app.g.page.keyboard.press('Escape');
  });

  it('stayed clean: no console errors, no failed or off-origin requests', () => {
    expect(cleanLog(app.g)).toEqual({ errors: [], failed: [], offOrigin: [] });
  });
});

describe('the article texts on demand', () => {
  it('are not fetched at boot; the panel says it is loading one until it arrives, then shows it with the quote highlighted', async () => {
    const g = await guardedPage(app.browser, origin);
    const requested: string[] = [];
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    // Hold every article text until the loading line has been seen.
    await g.page.route('**/*.txt', async (route) => {
      requested.push(route.request().url());
      await held;
      await route.continue();
    });
    await openApp(g, origin);
    expect(requested).toEqual([]);
    await g.page.evaluate(() => window.__frontier!.store.getState().select('shadak-attack'));
    const p = g.page.locator('[data-testid="source-panel"]');
    await expect.poll(() => p.locator('.article-text .texts-loading').textContent()).toBe('Loading the article text…');
    expect(await p.locator('mark.quote').count()).toBe(0);
    expect(requested.length).toBeGreaterThan(0);
    release();
    await expect.poll(() => p.locator('mark.quote').count()).toBe(1);
    expect(await p.locator('mark.quote').textContent()).toContain('two Chinese citizens were attacked near Shadak village');
    expect(await p.locator('.texts-loading').count()).toBe(0);
    expect(cleanLog(g)).toEqual({ errors: [], failed: [], offOrigin: [] });
    await g.context.close();
  });
});

describe('the source panel on demand', () => {
  it('is not fetched at boot; the first selection loads it once and opens it', async () => {
    const g = await guardedPage(app.browser, origin);
    const panelCode: string[] = [];
    g.page.on('request', (r) => {
      if (/\/assets\/sourcePanel-[\w-]+\.js$/.test(r.url())) panelCode.push(r.url());
    });
    await openApp(g, origin);
    expect(panelCode).toEqual([]);
    const p = g.page.locator('[data-testid="source-panel"]');
    expect(await p.isHidden()).toBe(true);
    await g.page.evaluate(() => window.__frontier!.store.getState().select('shadak-attack'));
    await expect.poll(() => p.locator('#source-panel-title').textContent()).toContain('Shadak');
    expect(await p.isVisible()).toBe(true);
    await g.page.keyboard.press('Escape');
    await expect.poll(() => p.isHidden()).toBe(true);
    await g.page.evaluate(() => window.__frontier!.store.getState().select('shadak-attack'));
    await expect.poll(() => p.isVisible()).toBe(true);
    expect(panelCode.length).toBe(1);
    expect(cleanLog(g)).toEqual({ errors: [], failed: [], offOrigin: [] });
    await g.context.close();
  });
});

describe("the events' summaries and notes on demand", () => {
  const ID = '2021-07-13-pamir-kyrgyz-murghab';
  it('are not fetched at boot; the search box loads them once, and a word only a summary has finds its event', async () => {
    const g = await guardedPage(app.browser, origin);
    const textsCode: string[] = [];
    g.page.on('request', (r) => {
      if (/\/assets\/[\w-]*event-texts-[\w-]+\.js$/.test(r.url())) textsCode.push(r.url());
    });
    await openApp(g, origin);
    expect(textsCode).toEqual([]);
    const withSummary = (): Promise<number> =>
      g.page.evaluate(() => window.__frontier!.store.getState().data.dataset!.events.filter((e) => e.summary !== undefined).length);
    expect(await withSummary()).toBe(0);
    await setWindow(g.page, '2021-07-01', '2021-08-01');
    // "livestock" is in this event's summary only: not in any title, quote or place name.
    await g.page.locator('[data-testid="search"]').fill('livestock');
    const rows = (): Promise<string[]> =>
      g.page.$$eval('[data-testid="event-list"] .event-row', (els) => els.map((r) => (r as HTMLElement).dataset['eventId'] ?? ''));
    await expect.poll(rows).toEqual([ID]);
    expect(await withSummary()).toBeGreaterThan(0);
    await g.page.locator(`.event-row[data-event-id="${ID}"]`).click();
    await sourcePanelShows(g.page, ID);
    const p = g.page.locator('[data-testid="source-panel"]');
    await expect(p.locator('.summary').textContent()).resolves.toContain('with their livestock');
    await expect(p.locator('.notes li').allTextContents()).resolves.toEqual([
      'Counts differ: 77 at first and over 300 later (24.kg), 345 (Caspian Policy Center; Reuters/RIA).',
      'Kizil-Rabot is not in data/geo, so the event is drawn at Murghab district.',
    ]);
    expect(textsCode.length).toBe(1);
    expect(cleanLog(g)).toEqual({ errors: [], failed: [], offOrigin: [] });
    await g.context.close();
  });

  it('switching the language loads the translated titles before the UI switches: no title is marked as untranslated', async () => {
    const g = await guardedPage(app.browser, origin);
    await openApp(g, origin);
    const translated = (): Promise<number> =>
      g.page.evaluate(() => window.__frontier!.store.getState().data.dataset!.events.filter((e) => e.title_ru !== undefined).length);
    expect(await translated()).toBe(0);
    await setWindow(g.page, '2025-11-30', '2025-12-01');
    const row = g.page.locator('[data-testid="event-list"] [data-event-id="shadak-attack"]');
    await g.page.selectOption('[data-testid="lang"]', 'ru');
    await expect.poll(() => g.page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(await translated()).toBeGreaterThan(0);
    await expect(row.locator('.ev-title').innerText()).resolves.toBe(
      'Нападение с территории Афганистана в селе Шодак (Шадак) Дарвазского района: погибли двое китайских дорожников',
    );
    await expect(g.page.locator('[data-testid="event-list"] .ev-title [data-testid="fallback-mark"]').count()).resolves.toBe(0);
    expect(cleanLog(g)).toEqual({ errors: [], failed: [], offOrigin: [] });
    await g.context.close();
  });

  it('a failed fetch of them leaves the data dialog to try again: the next click opens it', async () => {
    const g = await guardedPage(app.browser, origin);
    let aborted = 0;
    // The first request for the texts fails as on a dropped connection; later ones go through.
    await g.page.route(/\/assets\/[\w-]*event-texts-[\w-]+\.js$/, (route) =>
      aborted++ === 0 ? route.abort('connectionreset') : route.continue(),
    );
    await openApp(g, origin);
    const dialog = g.page.locator('[data-testid="data-dialog"]');
    await g.page.locator('[data-testid="data-button"]').click();
    // The user is told which part failed; nothing else changed.
    const notice = g.page.locator('[data-testid="load-notice"]');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('“Import / export” could not be loaded');
    expect(g.errors.some((e) => e.includes('dataDialog failed to load'))).toBe(true);
    expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    await g.page.locator('[data-testid="data-button"]').click();
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await notice.isVisible()).toBe(false);
    expect(aborted).toBe(2);
    await g.context.close();
  });

  it('a failed fetch of the source panel is tried again when the user clicks the event again, or picks the next', async () => {
    const g = await guardedPage(app.browser, origin);
    let aborted = 0;
    await g.page.route(/\/assets\/sourcePanel-[\w-]+\.js$/, (route) =>
      aborted++ === 0 ? route.abort('connectionreset') : route.continue(),
    );
    await openApp(g, origin);
    const rows = g.page.locator('[data-testid="event-list"] .event-row');
    const [first, second] = await rows.evaluateAll((els) => els.slice(0, 2).map((r) => (r as HTMLElement).dataset['eventId'] ?? ''));
    await rows.nth(0).click();
    const notice = g.page.locator('[data-testid="load-notice"]');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('“Source panel” could not be loaded');
    expect(g.errors.some((e) => e.includes('sourcePanel failed to load'))).toBe(true);
    expect(await g.page.locator('[data-testid="source-panel"]').isVisible()).toBe(false);
    // The same event clicked again retries.
    await rows.nth(0).click();
    await sourcePanelShows(g.page, first!);
    expect(await notice.isVisible()).toBe(false);
    await rows.nth(1).click();
    await sourcePanelShows(g.page, second!);
    expect(first).not.toBe(second);
    expect(aborted).toBe(2);
    await g.context.close();
  });

  it('a first selection loads them with the panel', async () => {
    const g = await guardedPage(app.browser, origin);
    await openApp(g, origin);
    await g.page.evaluate((id) => window.__frontier!.store.getState().select(id), ID);
    await sourcePanelShows(g.page, ID);
    const p = g.page.locator('[data-testid="source-panel"]');
    await expect(p.locator('.summary').textContent()).resolves.toContain('with their livestock');
    await expect(p.locator('.notes li').count()).resolves.toBe(2);
    expect(cleanLog(g)).toEqual({ errors: [], failed: [], offOrigin: [] });
    await g.context.close();
  });
});
