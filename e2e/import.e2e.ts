/** Import (picker, drop, ?data=), the report and partial consent, remove, export round trip. */
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { cleanLog, guardedPage, launchBrowser, openApp, waitForIdle, type GuardedPage } from './browser';
import { download, eventIds, openDataDialog, pickFile } from './importHelpers';

const origin = inject('origin');
const ACLED = readFileSync(new URL('./fixtures/acled-frontier.csv', import.meta.url), 'utf8');
let browser: Browser;
let g: GuardedPage;
let defaultIds: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  g = await guardedPage(browser, origin);
  await openApp(g, origin);
  defaultIds = await eventIds(g.page);
});
afterAll(async () => {
  await browser?.close();
});

const status = (): Promise<string> => g.page.locator('[data-testid="import-status"]').innerText();

describe('import: ACLED CSV, report, consent', () => {
  it('an invalid file leaves the map as it was and says why', async () => {
    await pickFile(g.page, 'broken.json', '{"type": "FeatureCollection", "features": [');
    await expect.poll(status).toMatch(/broken\.json: The file could not be imported — Nothing was imported/);
    expect(await g.page.locator('[data-testid="import-report"]').innerText()).toMatch(/broken\.json\s+—\s+—\s+expected valid JSON/);
    expect(await g.page.locator('[data-testid="import-consent"]').count()).toBe(0);
    expect(await eventIds(g.page)).toEqual(defaultIds);
    await g.page.click('[data-testid="import-discard"]');
  });

  it('an ACLED-layout CSV with two bad rows: the report names row, field and problem, and nothing changes before consent', async () => {
    await pickFile(g.page, 'acled-frontier.csv', ACLED);
    await expect.poll(status).toBe('acled-frontier.csv: 4 accepted, 2 rejected');
    const report = await g.page.locator('[data-testid="import-report"] tbody tr').allInnerTexts();
    expect(report).toHaveLength(2);
    expect(report[0]).toMatch(/acled-frontier\.csv\s+row 5\s+event_date\s+expected a real calendar date.*"2025-02-30"/);
    expect(report[1]).toMatch(/row 6\s+fatalities\s+expected a non-negative whole number, got "-2"/);
    expect(await eventIds(g.page)).toEqual(defaultIds);
    // Focus moved to the consent button, so Enter consents.
    expect(await g.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['testid'])).toBe('import-consent');
    await g.page.keyboard.press('Enter');
    await expect.poll(status).toMatch(/^Imported: 4 — acled-frontier\.csv$/);
    expect(await eventIds(g.page)).toEqual([...defaultIds, 'TJK9001', 'TJK9002', 'TJK9003', 'TJK9006'].sort());
  });

  it('the imported events are on the map and the timeline (window fitted to them)', async () => {
    await g.page.keyboard.press('Escape');
    await waitForIdle(g.page);
    const drawn = await g.page.evaluate(() => {
      const map = window.__frontier!.map;
      return {
        pins: map.queryRenderedFeatures({ layers: ['event-points'] }).map((f) => String(f.properties['id'])),
        areas: map.queryRenderedFeatures({ layers: ['event-areas'] }).map((f) => String(f.properties['id'])),
      };
    });
    expect(drawn.pins).toEqual(expect.arrayContaining(['TJK9001', 'TJK9002', 'TJK9006']));
    expect(drawn.areas).toContain('TJ-KL'); // TJK9003 is province-level inside Khatlon: hatched, not a pin
    for (const id of ['TJK9001', 'TJK9002', 'TJK9003', 'TJK9006']) {
      const mark = g.page.locator(`.tl-mark[data-event-id="${id}"]`);
      expect(await mark.count()).toBe(1);
      expect(await mark.evaluate((m) => m.getAttribute('display') !== 'none' && !m.classList.contains('outside'))).toBe(true);
    }
    await g.page.screenshot({ path: 'test-results/import-acled.png' });
  });

  it('the source panel shows the ACLED notes as the source text, and the source name', async () => {
    await g.page.locator('.event-row[data-event-id="TJK9003"]').click();
    const panel = g.page.locator('[data-testid="source-panel"]');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator('.article-text').innerText()).toBe(
      'In December 2025, several arrests of\nsuspected traffickers were reported in Khatlon province.',
    );
    expect(await panel.locator('article.source h4').innerText()).toBe('Sputnik Tajikistan');
    expect(await panel.innerText()).toMatch(/province/);
    await g.page.keyboard.press('Escape');
  });

  it('remove restores the default set', async () => {
    await openDataDialog(g.page);
    await g.page.click('[data-testid="import-remove"]');
    expect(await eventIds(g.page)).toEqual(defaultIds);
    expect(await g.page.locator('[data-testid="import-active"]').count()).toBe(0);
  });

  it('drag-and-drop onto the page imports a file (replace mode)', async () => {
    await g.page.check('[data-testid="import-mode-replace"]');
    await g.page.keyboard.press('Escape');
    const clean = ACLED.split('\r\n')
      .filter((l) => !/TJK9004|TJK9005/.test(l))
      .join('\r\n');
    await g.page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
      document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, clean);
    await expect.poll(status).toMatch(/^Imported: 4 — dropped\.csv$/);
    expect(await eventIds(g.page)).toEqual(['TJK9001', 'TJK9002', 'TJK9003', 'TJK9006']);
    await g.page.click('[data-testid="import-remove"]');
    expect(await eventIds(g.page)).toEqual(defaultIds);
  });
});

describe('export → import round trip', () => {
  it.each([
    ['export-csv', 'frontier-events-all.csv'],
    ['export-geojson', 'frontier-events-all.geojson'],
  ])('%s of all events imports back (replace) to the same events', async (button, fileName) => {
    await openDataDialog(g.page);
    await g.page.check('[data-testid="export-scope-all"]');
    const before = await g.page.evaluate(() =>
      window
        .__frontier!.store.getState()
        .data.dataset!.events.map((e) => [e.id, e.kind, e.title, e.startDay, e.endDay, e.date.precision, e.location.precision, e.geometry]),
    );
    const file = await download(g.page, button);
    expect(file.name).toBe(fileName);
    await pickFile(g.page, file.name, file.text, 'replace');
    await expect.poll(status).toMatch(new RegExp(`^Imported: ${before.length} — `));
    const after = await g.page.evaluate(() =>
      window
        .__frontier!.store.getState()
        .data.dataset!.events.map((e) => [e.id, e.kind, e.title, e.startDay, e.endDay, e.date.precision, e.location.precision, e.geometry]),
    );
    expect(after).toEqual(before);
    await g.page.click('[data-testid="import-remove"]');
  });

  it('exporting the current window writes only the events in it', async () => {
    await g.page.check('[data-testid="export-scope-window"]');
    await g.page.keyboard.press('Escape');
    await g.page.evaluate(() => window.__frontier!.store.getState().setWindow({ start: 9465, end: 9466 })); // 2025-11-30
    await openDataDialog(g.page);
    const file = await download(g.page, 'export-geojson');
    const ids = (JSON.parse(file.text) as { features: Array<{ id: string }> }).features.map((f) => f.id).sort();
    // The same events as the list (the screen-reader view of the window).
    const listed = await g.page
      .locator('.event-row')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['eventId'] ?? '').sort());
    expect(ids).toEqual(listed);
    expect(ids).toContain('shadak-attack');
    expect(ids).not.toContain('khatlon-clash');
  });

  it('stayed clean', () => {
    expect(cleanLog(g)).toEqual({ errors: [], failed: [], offOrigin: [] });
  });
});

describe('?data= and large files', () => {
  it('a same-origin ?data= file is imported at start; another origin is refused with a message and never fetched', async () => {
    const asset = readdirSync(new URL('../dist/assets/', import.meta.url)).find((f) => /^events-.*\.json$/.test(f));
    const g2 = await guardedPage(browser, origin);
    await openApp(g2, origin, `/?data=assets/${asset}&datamode=replace`);
    await expect.poll(() => g2.page.locator('[data-testid="import-status"]').innerText()).toMatch(/^Imported: 43 — events-/);
    await openApp(g2, origin, '/?data=https://evil.example/x.csv');
    await expect
      .poll(() => g2.page.locator('[data-testid="import-status"]').innerText())
      .toMatch(/only files from this site \(http:\/\/127\.0\.0\.1:\d+\) can be loaded, got one from https:\/\/evil\.example/);
    expect(g2.offOrigin).toEqual([]);
    expect(g2.errors).toEqual([]);
    await g2.context.close();
  });

  it('a large CSV parses in the worker with a progress bar while the page keeps animating, then goes to the bulk layer', async () => {
    const lines = ACLED.split('\r\n');
    const header = lines[0] ?? '';
    const row = lines[1] ?? '';
    const rows = Array.from({ length: 8_000 }, (_, i) =>
      row.replace('TJK9001', `BULK${i}`).replace('37.4897', (37 + (i % 1000) / 1000).toFixed(4)),
    );
    const text = [header, ...rows].join('\r\n');
    await g.page.evaluate(() => {
      const w = window as unknown as { __frames: number; __progress: number[] };
      w.__frames = 0;
      w.__progress = [];
      const tick = (): void => {
        w.__frames += 1;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      // The progress bar's value attribute changes as the worker reports; record every value.
      new MutationObserver((ms) => {
        for (const m of ms) if (m.target instanceof HTMLProgressElement) w.__progress.push(m.target.value);
      }).observe(document.body, { attributes: true, subtree: true, attributeFilter: ['value'] });
    });
    await pickFile(g.page, 'big.csv', text, 'join');
    await expect.poll(status, { timeout: 60_000 }).toMatch(/^Imported: 8000 — big\.csv · drawn by the bulk layer$/);
    const seen = await g.page.evaluate(() => {
      const w = window as unknown as { __frames: number; __progress: number[] };
      return { frames: w.__frames, progress: w.__progress };
    });
    expect(seen.progress.some((p) => p > 0 && p < 1)).toBe(true);
    expect(seen.frames).toBeGreaterThan(10);
    expect(await g.page.evaluate(() => window.__frontier!.store.getState().data.bulk !== null)).toBe(true);
    await g.page.click('[data-testid="import-remove"]');
    expect(await g.page.evaluate(() => window.__frontier!.store.getState().data.bulk)).toBeNull();
    expect(await eventIds(g.page)).toEqual(defaultIds);
  });
});
