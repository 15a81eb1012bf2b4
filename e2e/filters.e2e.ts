/** Filters and search, as a user drives them: the search box, the filter panel, the URL and an exported image. */
import { describe, expect, inject, it } from 'vitest';
import { cleanLog, openApp, setWindow, useAppSession, waitForIdle } from './browser';

const origin = inject('origin');
const app = useAppSession(origin);
const page = () => app.g.page;

/** Ids of the rows in the event list. */
const listIds = (): Promise<string[]> =>
  page().$$eval('[data-testid="event-list"] .event-row', (rows) => rows.map((r) => (r as HTMLElement).dataset['eventId'] ?? ''));

/** Ids of the curated events the map renders (pins, district pins, hatched areas by their events). */
const mapIds = (): Promise<string[]> =>
  page().evaluate(() => {
    const map = window.__frontier!.map;
    const layers = ['event-points', 'event-districts'].filter((l) => map.getLayer(l));
    return [...new Set(map.queryRenderedFeatures({ layers }).map((f) => String(f.properties['id'])))].sort();
  });

const readout = (): Promise<string | null> => page().locator('[data-testid="window-readout"]').textContent();

describe('filters and search', () => {
  let before: { list: string[]; map: string[] } = { list: [], map: [] };

  it('typing a place in the search box narrows the list and the map, and the readout says "X of Y events"', async () => {
    await setWindow(page(), '2025-06-01', '2026-03-01');
    before = { list: await listIds(), map: await mapIds() };
    expect(before.list.length).toBeGreaterThan(3);
    expect(before.map.length).toBeGreaterThan(3);
    await page().locator('[data-testid="search"]').fill('Shadak');
    await expect.poll(async () => (await listIds()).length).toBeLessThan(before.list.length);
    await waitForIdle(page());
    const list = await listIds();
    const map = await mapIds();
    expect(list).toContain('shadak-attack');
    expect(map).toContain('shadak-attack');
    expect(map.length).toBeLessThan(before.map.length);
    for (const id of map) expect(list).toContain(id);
    await expect(readout()).resolves.toMatch(new RegExp(`· ${list.length} of ${before.list.length} events$`));
    await expect(page().locator('[data-testid="event-count"]').textContent()).resolves.toContain(`${list.length} of ${before.list.length}`);
    await page().screenshot({ path: 'test-results/filters-search.png' });
  });

  it('the search survives a reload from the URL', async () => {
    await expect.poll(() => page().evaluate(() => new URLSearchParams(location.search).get('q'))).toBe('Shadak');
    const list = await listIds();
    await openApp(app.g, origin, await page().evaluate(() => location.pathname + location.search));
    await expect(page().locator('[data-testid="search"]').inputValue()).resolves.toBe('Shadak');
    await expect.poll(listIds).toEqual(list);
    expect(await mapIds()).toContain('shadak-attack');
  });

  it('an exported image says which filters were on and counts "X of Y events"', async () => {
    await page().locator('[data-testid="png-export-button"]').click();
    await page().locator('[data-testid="png-export-size-screen"]').check();
    const [dl] = await Promise.all([
      page().waitForEvent('download', { timeout: 90_000 }),
      page().locator('[data-testid="png-export-go"]').click(),
    ]);
    await dl.saveAs('test-results/filters-export.png');
    const status = page().locator('[data-testid="png-export-status"]');
    await expect(status.getAttribute('data-filters')).resolves.toBe('Filters on: Search: “Shadak”');
    await expect(status.getAttribute('data-subtitle')).resolves.toMatch(/ of \d+ events/);
    await page().locator('[data-testid="png-export-dialog"] .panel-close').click();
  });

  it('the kind filter in the panel hides incidents from the list and the map', async () => {
    await page().locator('[data-testid="search"]').fill('');
    await page().locator('[data-testid="search"]').press('Enter');
    await expect.poll(listIds).toEqual(before.list);
    await page().locator('[data-testid="filter-toggle"]').click();
    await page().locator('[data-testid="filter-kind-incident"]').uncheck();
    await waitForIdle(page());
    const kinds = await page().evaluate(() => {
      const s = window.__frontier!.store.getState();
      const kindOf = new Map(s.data.dataset!.events.map((e) => [e.id, e.kind]));
      const ids = [...document.querySelectorAll<HTMLElement>('[data-testid="event-list"] .event-row')].map((r) => r.dataset['eventId']!);
      const map = window.__frontier!.map;
      const drawn = map.queryRenderedFeatures({ layers: ['event-points', 'event-districts'] }).map((f) => String(f.properties['id']));
      return { list: ids.map((id) => kindOf.get(id)), map: drawn.map((id) => kindOf.get(id)) };
    });
    expect(kinds.list.length).toBeGreaterThan(0);
    expect(kinds.list).not.toContain('incident');
    expect(kinds.map).not.toContain('incident');
    await expect
      .poll(() => page().evaluate(() => new URLSearchParams(location.search).get('kind')))
      .toBe('meeting,programme-milestone,announcement');
    await page().screenshot({ path: 'test-results/filters-kind.png' });
  });

  it('unticking every kind matches nothing, and the list and panel say why', async () => {
    for (const k of ['meeting', 'programme-milestone', 'announcement']) await page().locator(`[data-testid="filter-kind-${k}"]`).uncheck();
    await expect.poll(listIds).toEqual([]);
    await expect(page().locator('[data-testid="no-events"]').textContent()).resolves.toBe('No event matches the filters.');
    await expect(page().locator('[data-testid="filter-problems"]').textContent()).resolves.toContain('Kind: nothing is ticked');
    await page().locator('[data-testid="filter-reset"]').click();
    await expect.poll(listIds).toEqual(before.list);
  });

  it('the location precision filter hides an event located only to a province (its hatched area goes)', async () => {
    await setWindow(page(), '2026-02-05', '2026-02-15');
    const areas = (): Promise<string[]> =>
      page().evaluate(() =>
        window.__frontier!.map.queryRenderedFeatures({ layers: ['event-areas'] }).map((f) => String(f.properties['id'])),
      );
    expect(await areas()).toContain('TJ-KL');
    expect(await listIds()).toContain('darkad-post-detention-2026-02-10');
    await page().locator('[data-testid="filter-locationPrecision-province"]').uncheck();
    await waitForIdle(page());
    expect(await listIds()).not.toContain('darkad-post-detention-2026-02-10');
    expect(await areas()).not.toContain('TJ-KL');
    await expect
      .poll(() => page().evaluate(() => new URLSearchParams(location.search).get('lprec')))
      .toBe('point,village,district,border,none');
    await page().screenshot({ path: 'test-results/filters-precision.png' });
    await page().locator('[data-testid="filter-reset"]').click();
  });

  it('a bad filter value in the URL is ignored with a warning and the rest of the link still applies', async () => {
    const warnings: string[] = [];
    page().on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await openApp(app.g, origin, '/?from=2025-06-01&to=2026-02-28&kind=riot&q=Shadak');
    expect(warnings.some((w) => w.includes('invalid kind: "riot"'))).toBe(true);
    await expect(page().locator('[data-testid="search"]').inputValue()).resolves.toBe('Shadak');
    expect(await listIds()).toContain('shadak-attack');
  });

  it('on a large (GPU) import a kind filter is a uniform change and a search uploads one mask; the counts match the columns', async () => {
    const N = 20_000;
    await page().evaluate(async (n) => {
      const f = window.__frontier!;
      const api = await f.bulk!();
      f.store.getState().setFilters({});
      await api.loadBulk(f.store, api.syntheticRecords(n, 7), 'synthetic');
      f.store.getState().setWindow(f.store.getState().time.bounds);
    }, N);
    await waitForIdle(page());
    /** The layer's view and a brute-force count over the sorted columns (kind codes: 0 incident, 1 meeting). */
    const state = (): Promise<{
      shown: number;
      inWindow: number;
      uploads: number;
      drawnWith: boolean;
      notIncident: number;
      meetings: number;
    }> =>
      page().evaluate(async () => {
        const f = window.__frontier!;
        const layer = (await f.bulk!()).bulkLayerOf(f.store)!;
        const c = f.store.getState().data.bulk!.columns;
        let notIncident = 0;
        let meetings = 0;
        for (let i = 0; i < c.count; i++) {
          if (c.kind[i] !== 0) notIncident++;
          if (c.kind[i] === 1) meetings++;
        }
        return {
          shown: layer.shownCount(),
          inWindow: layer.inWindowCount(),
          uploads: layer.stats().maskUploads,
          drawnWith: layer.stats().filters === f.store.getState().filters,
          notIncident,
          meetings,
        };
      });
    /**
     * The view once the layer has drawn a frame with the store's current filters: under load the
     * frame after a change can land after the map's idle event, so wait for the frame itself.
     */
    const drawn = async (): ReturnType<typeof state> => {
      await waitForIdle(page());
      await expect.poll(async () => (await state()).drawnWith, { timeout: 15_000 }).toBe(true);
      return state();
    };
    const all = await state();
    expect(all.shown).toBe(N);
    await page().locator('[data-testid="filter-toggle"]').click();
    await page().locator('[data-testid="filter-kind-incident"]').uncheck();
    const kind = await drawn();
    expect(kind).toMatchObject({ shown: all.notIncident, inWindow: N, uploads: 0, drawnWith: true });
    expect(kind.shown).toBeLessThan(N);
    await expect(readout()).resolves.toMatch(/ of /);
    await expect(page().locator('[data-testid="filter-bulk-note"]').textContent()).resolves.toContain('On the large import, search');
    await page().locator('[data-testid="search"]').fill('meeting');
    await page().locator('[data-testid="search"]').press('Enter');
    const searched = await drawn();
    expect(searched).toMatchObject({ shown: all.meetings, uploads: 1, drawnWith: true });
    await page().screenshot({ path: 'test-results/filters-bulk.png' });
    await page().locator('[data-testid="filter-reset"]').click();
    expect(await drawn()).toMatchObject({ shown: N, uploads: 2, drawnWith: true });
  });

  it('stayed clean: no console errors, no failed or off-origin requests', () => {
    expect(cleanLog(app.g)).toEqual({ errors: [], failed: [], offOrigin: [] });
  });
});
