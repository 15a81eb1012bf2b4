/** Security: CSP with zero violations, XSS payloads in every text field and URL parameter, URL fuzz. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import Papa from 'papaparse';
import { ACLED_COLUMNS } from '../src/interchange/formats/acledCsv';
import { acledRow } from '../src/interchange/testFixtures';
import { guardedPage, launchBrowser, openApp, waitForIdle, type GuardedPage, sourcePanelShows } from './browser';
import { openDataDialog, pickFile } from './importHelpers';

const origin = inject('origin');
let browser: Browser;
let g: GuardedPage;
const dialogs: string[] = [];

/** Payloads that run `window.__xss = 1` (or alert) if any text were ever parsed as HTML or script. */
const XSS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload="window.__xss=1">',
  "'><details open ontoggle=alert(1)>",
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<a href="javascript:alert(1)">click</a>',
  'javascript:window.__xss=1',
  '{{constructor.constructor("window.__xss=1")()}}',
  '<style>@import "http://evil.example/x.css";</style>',
];

async function watchPage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
}

const injected = (page: Page): Promise<{ xss: unknown; csp: string[]; live: number }> =>
  page.evaluate(() => ({
    xss: (window as unknown as { __xss?: unknown }).__xss,
    csp: (window as unknown as { __csp: string[] }).__csp,
    live: document.querySelectorAll(
      'img[onerror], svg[onload], details[ontoggle], iframe[srcdoc], body script:not([src]), a[href^="javascript:"], body style',
    ).length,
  }));

beforeAll(async () => {
  browser = await launchBrowser();
  g = await guardedPage(browser, origin);
  await watchPage(g.page);
  await openApp(g, origin);
});
afterAll(async () => {
  await browser?.close();
});

describe('Content-Security-Policy', () => {
  it('the built page carries a same-origin-only policy and loads with zero violations and zero console errors', async () => {
    const csp = await g.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect((await injected(g.page)).csp).toEqual([]);
    expect(g.errors).toEqual([]);
  });
});

describe('XSS payloads are shown as text, never run', () => {
  it('in every text field of an imported CSV (titles, notes, actors, places, source) and the file name', async () => {
    const rows = XSS.map((p, i) =>
      acledRow({ event_id_cnty: `X${i}`, notes: p, source: p, actor1: p, actor2: p, location: p, admin1: p, sub_event_type: p }),
    );
    const titled = [...rows, acledRow({ event_id_cnty: 'XT', title: XSS[0] ?? '', notes: XSS[1] ?? '' })];
    const csv = Papa.unparse({
      fields: [...ACLED_COLUMNS, 'title'],
      data: titled.map((r) => [...ACLED_COLUMNS, 'title'].map((c) => r[c] ?? '')),
    });
    await pickFile(g.page, `${XSS[0]}.csv`, csv);
    await expect.poll(() => g.page.locator('[data-testid="import-status"]').innerText()).toContain(`Imported: ${titled.length}`);
    await g.page.keyboard.press('Escape');
    for (const id of ['X0', 'X1', 'X2', 'XT']) {
      await g.page.locator(`.event-row[data-event-id="${id}"]`).click();
      await sourcePanelShows(g.page, id);
      const text = await g.page.locator('[data-testid="source-panel"]').innerText();
      expect(text).toContain(id === 'XT' ? XSS[1] : XSS[Number(id.slice(1))]);
    }
    await g.page.keyboard.press('Escape');
    expect(await injected(g.page)).toEqual({ xss: undefined, csp: [], live: 0 });
  });

  it('in a bad row: the import report shows payloads from rejected fields as text', async () => {
    const rows = [acledRow({ event_id_cnty: XSS[0] ?? '', event_date: XSS[2] ?? '', latitude: XSS[1] ?? '' })];
    const csv = Papa.unparse({ fields: [...ACLED_COLUMNS], data: rows.map((r) => ACLED_COLUMNS.map((c) => r[c] ?? '')) });
    await pickFile(g.page, 'bad.csv', csv);
    await expect.poll(() => g.page.locator('[data-testid="import-report"]').innerText()).toContain('<img src=x');
    expect(await injected(g.page)).toEqual({ xss: undefined, csp: [], live: 0 });
    await g.page.click('[data-testid="import-discard"]');
    await g.page.click('[data-testid="import-remove"]');
  });

  it('in URL parameters (sel, lang, from, cam, data, datamode)', async () => {
    // Two boots carry every payload, each in a different parameter (a boot costs seconds here).
    const rot = (k: number): string => XSS[k % XSS.length] ?? '';
    for (const shift of [0, 4]) {
      const q = new URLSearchParams({
        sel: rot(shift),
        lang: rot(shift + 1),
        from: rot(shift + 2),
        cam: rot(shift + 3),
        layers: rot(shift + 4),
        data: rot(shift + 5),
        datamode: rot(shift + 6),
        to: rot(shift + 7),
        mode: rot(shift + 8),
      });
      await g.page.goto(`${origin}/?${q.toString()}`);
      await g.page.waitForFunction(() => window.__frontier?.ready === true, null, { timeout: 60_000 });
      expect(await injected(g.page)).toEqual({ xss: undefined, csp: [], live: 0 });
    }
    expect(dialogs).toEqual([]);
    expect(g.errors).toEqual([]);
    expect(g.offOrigin).toEqual([]);
  });
});

/** A CSV in ACLED's layout plus a `title` column, one row per entry. */
const titledCsv = (rows: Array<Record<string, string>>): string =>
  Papa.unparse({ fields: [...ACLED_COLUMNS, 'title'], data: rows.map((r) => [...ACLED_COLUMNS, 'title'].map((c) => r[c] ?? '')) });

/** Imports `csv` (added to the data on screen), closes the dialog, switches to `lang` and opens the event `id`'s panel. */
async function importAndOpen(name: string, csv: string, id: string, lang: 'en' | 'ru' = 'en'): Promise<void> {
  await pickFile(g.page, name, csv);
  await expect.poll(() => g.page.locator('[data-testid="import-status"]').innerText()).toContain('Imported: 1');
  await g.page.keyboard.press('Escape');
  await g.page.evaluate((l) => window.__frontier!.store.getState().setLang(l), lang);
  await g.page.locator(`.event-row[data-event-id="${id}"]`).click();
  await sourcePanelShows(g.page, id);
}

async function removeImport(): Promise<void> {
  await g.page.keyboard.press('Escape');
  await openDataDialog(g.page);
  await g.page.click('[data-testid="import-remove"]');
  await g.page.keyboard.press('Escape');
}

/** Resolves true at the map's next idle, false if it has not idled within `ms`. */
const idleWithin = (ms: number): Promise<boolean> =>
  Promise.race([waitForIdle(g.page).then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);

describe('hostile text: very long and bidi-overriding fields', () => {
  it('a 20,000-character title: the map still reaches idle, its label is bounded, image export works and the panel shows it all', async () => {
    const title = 'A very long imported title '.repeat(800).slice(0, 20_000);
    await importAndOpen('long.csv', titledCsv([acledRow({ event_id_cnty: 'LONG1', title })]), 'LONG1');
    expect(await idleWithin(20_000)).toBe(true);
    expect(await g.page.locator('#source-panel-title').textContent()).toBe(title);
    const label = await g.page.evaluate(
      () =>
        window
          .__frontier!.map.querySourceFeatures('event-marks')
          .find((f) => (f.properties as { id?: string; mark?: string }).id === 'LONG1' && f.properties['mark'] === 'pin')?.properties[
          'title'
        ] as string | undefined,
    );
    expect(label?.length).toBeLessThanOrEqual(120);
    expect(label?.endsWith('…')).toBe(true);
    // Image export re-renders the map off screen with the same label.
    await g.page.locator('[data-testid="png-export-button"]').click();
    await g.page.locator('[data-testid="png-export-size-screen"]').check();
    const [dl] = await Promise.all([
      g.page.waitForEvent('download', { timeout: 90_000 }),
      g.page.locator('[data-testid="png-export-go"]').click(),
    ]);
    expect(dl.suggestedFilename()).toMatch(/\.png$/);
    await g.page.locator('[data-testid="png-export-dialog"] .panel-close').click();
    expect(await idleWithin(20_000)).toBe(true);
    expect(g.errors).toEqual([]);
    await removeImport();
  });

  it('U+202E in a title and a place reverses only that text: the app’s labels beside it keep their order', async () => {
    const RLO = '\u202E';
    const csv = titledCsv([acledRow({ event_id_cnty: 'BIDI1', title: `${RLO}Hostile title`, location: `${RLO}Khorog` })]);
    await importAndOpen('bidi.csv', csv, 'BIDI1', 'ru');
    const shown = await g.page.evaluate(() => {
      /** Whether a text node's visible characters from `from` on (first line) run left to right on screen. */
      const leftToRight = (node: Text, from = 0): boolean => {
        const range = document.createRange();
        const boxes: DOMRect[] = [];
        for (let i = from; i < node.length; i++) {
          if (/\s/.test(node.data[i] ?? '')) continue;
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          boxes.push(range.getBoundingClientRect());
        }
        const line = boxes.filter((b) => Math.abs(b.top - boxes[0]!.top) < 2);
        return line.length > 1 && line.every((b, i) => i === 0 || b.left > line[i - 1]!.left);
      };
      const textNodes = (el: Element | undefined): Text[] => {
        const out: Text[] = [];
        const walk = document.createTreeWalker(el ?? document.createElement('p'), NodeFilter.SHOW_TEXT);
        for (let n = walk.nextNode(); n; n = walk.nextNode()) out.push(n as Text);
        return out;
      };
      const title = document.querySelector('#source-panel-title');
      const mark = title?.querySelector('[data-testid="fallback-mark"]')?.firstChild;
      const placeDd = [...document.querySelectorAll('.source-panel .facts dd')].find((d) => d.textContent?.includes('Khorog'));
      const placeData = placeDd?.querySelector('bdi');
      // The app's " · Деревня" after the reported place name (wherever the text nodes split).
      const label = textNodes(placeDd).find((n) => n.data.includes(' · '));
      return {
        titleIsolated: title?.firstElementChild?.tagName === 'BDI' && getComputedStyle(title.firstElementChild).unicodeBidi === 'isolate',
        markLtr: mark instanceof Text && leftToRight(mark),
        placeIsolated: placeData?.textContent === '\u202EKhorog' && getComputedStyle(placeData).unicodeBidi === 'isolate',
        placeLabelLtr: label !== undefined && leftToRight(label, label.data.indexOf(' · ') + 3),
      };
    });
    await g.page.locator('[data-testid="source-panel"]').screenshot({ path: 'test-results/bidi-source-panel.png' });
    expect(shown).toEqual({ titleIsolated: true, markLtr: true, placeIsolated: true, placeLabelLtr: true });
    await removeImport();
    await g.page.evaluate(() => window.__frontier!.store.getState().setLang('en'));
    expect(g.errors).toEqual([]);
  });
});

describe('URL fuzz in the browser', () => {
  it('random query strings never throw and always leave a valid state (bounded in count and time)', async () => {
    let seed = 7;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pieces = [
      'from',
      'to',
      'sel',
      'cam',
      'layers',
      'lang',
      'mode',
      'speed',
      'ctx',
      'data',
      'datamode',
      '%',
      '&&',
      '=',
      '2025-02-30',
      '9999-99-99',
      '-1',
      'NaN',
      'Infinity',
      '1e999',
      'ru',
      'en',
      'cumulative',
      '71,37,6',
      '<b>',
      '\u0000',
      '\uFFFF',
      '😀',
      'events,outposts',
      '..',
      '//evil.example/x',
    ];
    const page = g.page;
    const until = Date.now() + 25_000;
    let n = 0;
    for (; n < 300 && Date.now() < until; n += 1) {
      const parts = Array.from(
        { length: 1 + rnd(6) },
        () =>
          `${pieces[rnd(pieces.length)]}=${encodeURIComponent(pieces[rnd(pieces.length)] ?? '')}${rnd(3) ? '' : pieces[rnd(pieces.length)]}`,
      );
      await page.goto(`${origin}/?${parts.join('&')}`, { waitUntil: 'domcontentloaded' });
      // Boot parses the URL before the map starts; the event list is rendered right after.
      await page.waitForSelector('[data-testid="event-list"] h2', { timeout: 30_000 });
      const state = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        readout: document.querySelector('[data-testid="window-readout"]')?.textContent ?? '',
      }));
      expect(['en', 'ru']).toContain(state.lang);
      expect(state.readout).toMatch(/\d{4}/);
    }
    // Each navigation boots the whole app (~1–3 s here); the unit fuzz in urlState.test.ts covers thousands.
    expect(n).toBeGreaterThanOrEqual(5);
    expect(g.errors).toEqual([]);
    expect(dialogs).toEqual([]);
  }, 120_000);
});

describe('production build', () => {
  it('`npm run build` ships no host-example.html (only the dev server and the test build have it)', () => {
    const out = mkdtempSync(join(tmpdir(), 'frontier-prod-'));
    const env = { ...process.env };
    delete env['VITE_TEST_HOOKS'];
    try {
      execFileSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], {
        env,
        stdio: 'inherit',
        timeout: 150_000,
      });
      const files = readdirSync(out, { recursive: true }).map(String);
      expect(files).toContain('index.html');
      expect(files.filter((f) => f.includes('host-example'))).toEqual([]);
      // The suite's own build (`npm run build:test`) keeps it for the embed tests.
      expect(existsSync('dist/host-example.html')).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 200_000);
});
