/** The along-the-border chart and the two-period comparison, as a user drives them: open, brush, click, compare, reload. */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cleanLog, isoDay, openApp, useAppSession, waitForIdle } from './browser';

const origin = inject('origin');
const app = useAppSession(origin);

const state = (page: Page) =>
  page.evaluate(() => {
    const s = window.__frontier!.store.getState();
    // The border stretch is a filter of the registry (`stretch` in the URL).
    const stretch = (s.filters['stretch'] ?? null) as { fromKm: number; toKm: number } | null;
    return { window: s.time.window, stretch, selected: s.selection.selectedId, compare: s.analysis.compare };
  });

describe('the along-the-border chart', () => {
  it('opens from the top bar, with marks, province and district labels, posts and the stretch table', async () => {
    const page = app.g.page;
    await page.locator('[data-testid="border-chart-toggle"]').click();
    await page.locator('[data-testid="border-chart-svg"] g.bc-mark').first().waitFor();
    expect(await page.locator('[data-testid="border-chart-toggle"]').getAttribute('aria-pressed')).toBe('true');
    const marks = await page.locator('g.bc-mark').count();
    expect(marks).toBeGreaterThan(5);
    // District-seat events are hollow; the note counts what cannot be plotted.
    expect(await page.locator('g.bc-mark.hollow').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="border-chart-unplotted"]').textContent()).toMatch(/located only to a province/);
    const labels = await page.locator('.bc-prov').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['Khatlon', 'Kunduz', 'Badakhshan']));
    expect(await page.locator('.bc-district').count()).toBeGreaterThan(5);
    expect(await page.locator('[data-testid="border-chart-names-note"]').count()).toBe(0);
    expect(await page.locator('.bc-post-name').allTextContents()).toEqual(expect.arrayContaining(['Panji Poyon']));
    const rows = page.locator('[data-testid="border-chart-table"] tbody tr');
    expect(await rows.count()).toBe(5);
    expect(await rows.first().locator('th').textContent()).toBe('Khatlon – Balkh');
    // Every "Only this stretch" link is whole inside the table's column, not cut at its edge.
    const fit = await page.locator('.bc-table').evaluate((box) => {
      const right = box.getBoundingClientRect().right;
      const links = [...box.querySelectorAll('.link-button')].map((b) => b.getBoundingClientRect().right);
      return { overflow: box.scrollWidth - box.clientWidth, links: links.length, worst: Math.max(...links) - right };
    });
    expect(fit.links).toBe(5);
    expect(fit.overflow).toBeLessThanOrEqual(0);
    expect(fit.worst).toBeLessThanOrEqual(0);
    await waitForIdle(page);
    await page.screenshot({ path: 'test-results/border-chart.png' });
  });

  it('brushing a box sets the time window and the border stretch (URL and readout follow)', async () => {
    const page = app.g.page;
    const box = (await page.locator('[data-testid="border-chart-svg"]').boundingBox())!;
    // From 20% to 45% of the plot's width, over most of its height (the plot starts 64 px in and 40 px down).
    const left = box.x + 64;
    const plotW = box.width - 64 - 18;
    await page.mouse.move(left + plotW * 0.2, box.y + 60);
    await page.mouse.down();
    await page.mouse.move(left + plotW * 0.3, box.y + 120, { steps: 4 });
    await page.mouse.move(left + plotW * 0.45, box.y + 200, { steps: 4 });
    await page.mouse.up();
    const s = await state(page);
    expect(s.stretch).not.toBeNull();
    expect(s.stretch!.fromKm).toBeGreaterThan(200);
    expect(s.stretch!.toKm).toBeLessThan(700);
    expect(s.window.end - s.window.start).toBeGreaterThan(30);
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('stretch'))).toMatch(/^\d+(\.\d)?\.\.\d+(\.\d)?$/);
    expect(await page.evaluate(() => new URLSearchParams(location.search).get('from'))).not.toBeNull();
    expect(await page.locator('[data-testid="border-chart-filter"]').textContent()).toMatch(/Border stretch: .+ km/);
    expect(await page.locator('.bc-stretch').getAttribute('display')).toBeNull();
    // A filter like the others: "X of Y" in the readout, named in the filter panel and the export caption.
    expect(await page.locator('[data-testid="window-readout"]').textContent()).toMatch(/\d+ of \d+ event/);
    expect(await page.locator('[data-testid="filter-toggle"]').textContent()).toMatch(/Filters \(1\)/);
    expect(Number(await page.locator('[data-testid="filter-stretch-from"]').inputValue())).toBe(s.stretch!.fromKm);
    expect(Number(await page.locator('[data-testid="filter-stretch-to"]').inputValue())).toBe(s.stretch!.toKm);
    // The list (and the map) keep only the window's events placed along the stretch.
    const listed = await page.locator('.event-row').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['eventId']!));
    const along = await page.evaluate((ids) => {
      const evs = window.__frontier!.store.getState().data.dataset!.events;
      return ids.map((id) => evs.find((e) => e.id === id)!.border.alongKm);
    }, listed);
    expect(listed.length).toBeGreaterThan(0);
    for (const km of along) {
      expect(km).not.toBeNull();
      expect(km!).toBeGreaterThanOrEqual(s.stretch!.fromKm);
      expect(km!).toBeLessThanOrEqual(s.stretch!.toKm);
    }
    await page.screenshot({ path: 'test-results/border-chart-brushed.png' });
    await page.locator('[data-testid="border-chart-whole"]').click();
    expect((await state(page)).stretch).toBeNull();
  });

  it('clicking a mark selects its event and opens the source panel; Enter on a focused mark does too', async () => {
    const page = app.g.page;
    await page.evaluate((w) => window.__frontier!.store.getState().setWindow(w), {
      start: isoDay('2025-11-01'),
      end: isoDay('2026-02-15'),
    });
    const mark = page.locator('g.bc-mark[data-event-id="khatlon-clash"] circle');
    await mark.click();
    expect((await state(page)).selected).toBe('khatlon-clash');
    await page.locator('[data-testid="source-panel"]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-testid="border-measure"]').textContent()).toMatch(
      /Tajik bank · no distance: located only to a district/,
    );
    await page.keyboard.press('Escape');
    await page.locator('g.bc-mark[data-event-id="istiqlol-camp-drone-attack-2025-11-26"]').focus();
    expect(await page.evaluate(() => window.__frontier!.store.getState().analysis.hoveredId)).toBe('istiqlol-camp-drone-attack-2025-11-26');
    await page.keyboard.press('Enter');
    expect((await state(page)).selected).toBe('istiqlol-camp-drone-attack-2025-11-26');
    await page.keyboard.press('Escape');
  });

  it('a village event shows its distance and bank in the panel and the list', async () => {
    const page = app.g.page;
    await page.evaluate(() => window.__frontier!.store.getState().select('shadak-attack'));
    const text = await page.locator('[data-testid="border-measure"]').textContent();
    expect(text).toMatch(/^\d+(\.\d)? km from the border, Tajik bank/);
    expect(text).toMatch(/km along the border from the Uzbek tripoint/);
    await page.keyboard.press('Escape');
    const row = page.locator('.event-row[data-event-id="shadak-attack"] .ev-border');
    expect(await row.textContent()).toMatch(/km from the border, Tajik bank/);
  });
});

describe('border measures of a large import', () => {
  it('arrive as columns after the points; the bulk panel names them and the stretch filter narrows the readout', async () => {
    const page = app.g.page;
    await page.evaluate(async () => {
      const f = window.__frontier!;
      const api = await f.bulk!();
      await api.loadBulk(f.store, api.syntheticRecords(20_000, 3), 'synthetic-20k.csv');
    });
    // The second pass fills the along-border column (NaN until then).
    await expect
      .poll(
        () => page.evaluate(() => [...window.__frontier!.store.getState().data.bulk!.columns.borderAlong].filter(Number.isFinite).length),
        {
          timeout: 60_000,
        },
      )
      .toBeGreaterThan(10_000);
    const counts = await page.evaluate(() => {
      const st = window.__frontier!.store.getState();
      const c = st.data.bulk!.columns;
      const detail = st.data.bulk!.detail(0);
      return { banks: new Set([...c.borderBank]).size, detail: detail.border };
    });
    expect(counts.banks).toBeGreaterThan(1);
    expect(counts.detail.basis).not.toBeUndefined();
    const readout = (): Promise<string> =>
      page
        .locator('[data-testid="window-readout"]')
        .textContent()
        .then((t) => t ?? '');
    const before = await page.evaluate(() => window.__frontier!.store.getState().time.window);
    await page.evaluate(() => window.__frontier!.store.getState().select('bulk:0'));
    await page.locator('[data-testid="bulk-panel"]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-testid="bulk-panel"]').textContent()).toMatch(/Border/);
    await page.keyboard.press('Escape');
    const whole = await readout();
    await page.evaluate(() => {
      const st = window.__frontier!.store.getState();
      st.setFilters({ ...st.filters, stretch: { fromKm: 300, toKm: 500 } });
    });
    await expect.poll(readout).not.toBe(whole);
    await waitForIdle(page);
    await page.screenshot({ path: 'test-results/border-bulk-stretch.png' });
    // Within N km and the bank test the border columns too (GPU uniforms; the layer's CPU twin counts them).
    const near = await page.evaluate(async () => {
      const f = window.__frontier!;
      const st = f.store.getState();
      st.setFilters({ maxDistanceKm: 5, bank: ['af'] });
      const layer = (await f.bulk!()).bulkLayerOf(f.store)!;
      const c = f.store.getState().data.bulk!.columns;
      const w = f.store.getState().time.window;
      let want = 0;
      for (let i = 0; i < c.count; i++)
        if (c.start[i]! < w.end && c.endx[i]! > w.start && c.borderDistance[i]! <= 5 && c.borderBank[i] === 1) want++;
      return { shown: layer.shownCount(), want, measured: c.borderMeasured };
    });
    expect(near.measured).toBe(true);
    expect(near.want).toBeGreaterThan(0);
    expect(near.shown).toBe(near.want);
    const note = await page.locator('[data-testid="filter-bulk-note"]').textContent();
    expect(note).not.toMatch(/not ready|Not applied/);
    await page.evaluate(async (w) => {
      const f = window.__frontier!;
      f.store.getState().setFilters({});
      f.store.getState().setWindow(w);
      (await f.bulk!()).clearBulk(f.store);
    }, before);
  });
});

describe('two periods compared', () => {
  it('the compare button starts a comparison; the panel lists events and killed per province, district and stretch with the change', async () => {
    const page = app.g.page;
    await page.locator('[data-testid="border-chart-close"]').click();
    await page.locator('[data-testid="compare-toggle"]').click();
    await page.locator('[data-testid="compare-panel"]').waitFor({ state: 'visible' });
    await page.locator('[data-testid="compare-a-from"]').fill('2021-07-01');
    await page.locator('[data-testid="compare-a-to"]').fill('2021-12-31');
    await page.locator('[data-testid="compare-b-from"]').fill('2025-07-01');
    await page.locator('[data-testid="compare-b-to"]').fill('2026-06-30');
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('cmpB'))).toBe('2025-07-01..2026-06-30');
    expect(await page.evaluate(() => new URLSearchParams(location.search).get('cmpA'))).toBe('2021-07-01..2021-12-31');
    for (const level of ['province', 'district', 'stretch'])
      expect(await page.locator(`[data-testid="compare-table-${level}"]`).count()).toBe(1);
    const khatlon = page.locator('[data-testid="compare-table-province"] tr[data-group="TJ-KL"] td');
    const cells = await khatlon.allTextContents();
    // Events A, B, change, killed A, B, change: more events and killed in Khatlon in the later period.
    expect(cells).toHaveLength(6);
    expect(Number(cells[1])).toBeGreaterThan(Number(cells[0]));
    expect(cells[2]).toMatch(/^\+\d+$/);
    expect(cells[5]).toMatch(/^\+\d+$/);
    // The map draws the comparison's symbols and the legend names them.
    await waitForIdle(page);
    const drawn = await page.evaluate(() => window.__frontier!.map.queryRenderedFeatures({ layers: ['event-compare'] }).length);
    expect(drawn).toBeGreaterThan(0);
    expect(await page.locator('[data-legend="compare-a"]').count()).toBe(1);
    expect(await page.locator('[data-legend="compare-both"]').count()).toBe(1);
    await page.screenshot({ path: 'test-results/compare-periods.png' });
  });

  it('a reload restores the comparison and the open chart from the URL; no errors, nothing off-origin', async () => {
    const page = app.g.page;
    const qs = await page.evaluate(() => location.search);
    await openApp(app.g, origin, `/${qs}&chart=1&lang=ru`);
    await page.locator('[data-testid="compare-panel"]').waitFor({ state: 'visible' });
    await page.locator('[data-testid="border-chart-svg"] g.bc-mark').first().waitFor();
    const s = await state(page);
    expect(s.compare).toEqual({
      a: { start: isoDay('2021-07-01'), end: isoDay('2022-01-01') },
      b: { start: isoDay('2025-07-01'), end: isoDay('2026-07-01') },
    });
    expect(await page.locator('[data-testid="compare-table-province"] caption').textContent()).toBe('Область');
    expect(await page.locator('#border-chart-title').textContent()).toBe('События вдоль границы');
    // The data has no Russian district names: the labels stay English and the note says so, once.
    expect(await page.locator('[data-testid="border-chart-names-note"]').allTextContents()).toEqual([
      'Названия районов даны по-английски: русских названий в данных нет.',
    ]);
    await page.screenshot({ path: 'test-results/compare-chart-ru.png' });
    await page.locator('[data-testid="compare-close"]').click();
    expect((await state(page)).compare).toBeNull();
    expect(cleanLog(app.g)).toEqual({ errors: [], failed: [], offOrigin: [] });
  });
});
