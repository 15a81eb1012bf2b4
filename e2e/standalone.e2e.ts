/**
 * Single-file offline build: `dist-standalone/frontier-map.html` opened from file:// with
 * no server loads, scrubs, opens the source panel, exports a PNG and the decks and video (their
 * on-demand code inlined too; the files opened here) with zero network requests.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, waitForIdle } from './browser';
import { openDataDialog } from './importHelpers';

const file = resolve('dist-standalone/frontier-map.html');
let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  // The same command as `npm run build:standalone`, minus the type-check the suite already does.
  execFileSync('npx', ['vite', 'build', '-c', 'scripts/build-standalone.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
    timeout: 90_000,
  });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  // Record (and refuse) every request that is not the file itself or inline data.
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (/^(file|data|blob):/.test(u)) return route.continue();
    requests.push(u);
    return route.abort();
  });
  page = await context.newPage();
  page.on('request', (r) => {
    if (!/^(file|data|blob):/.test(r.url())) requests.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
}, 150_000);
afterAll(async () => {
  await browser?.close();
});

describe('standalone single file', () => {
  it('is one self-contained HTML file: no script, stylesheet or data file beside it is referenced', () => {
    const html = readFileSync(file, 'utf8');
    expect(statSync(file).size).toBeGreaterThan(500_000);
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    expect(html).not.toMatch(/\.\/assets\//);
    expect(html).toContain('Shadak'); // the data is inside
    expect(readdirSync('dist-standalone').filter((f) => f.endsWith('.html'))).toEqual(['frontier-map.html']);
  });

  it('opened from file:// it loads, scrubs and opens the source panel', async () => {
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction(() => window.__frontier?.ready === true, null, { timeout: 60_000 });
    await waitForIdle(page);
    // Scrub: drag a new window on the timeline.
    const svg = page.locator('[data-testid="timeline-svg"]');
    const box = (await svg.boundingBox())!;
    const before = await page.evaluate(() => window.__frontier!.store.getState().time.window);
    await page.mouse.move(box.x + box.width * 0.8, box.y + 60);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.85, box.y + 60, { steps: 4 });
    await page.mouse.move(box.x + box.width * 0.9, box.y + 60, { steps: 4 });
    await page.mouse.up();
    const after = await page.evaluate(() => window.__frontier!.store.getState().time.window);
    expect(after).not.toEqual(before);
    expect(after.end - after.start).toBeLessThan(before.end - before.start);
    // Open the source panel from the event list.
    await page.evaluate(() => window.__frontier!.store.getState().setWindow(window.__frontier!.store.getState().time.bounds));
    await page.locator('.event-row[data-event-id="shadak-attack"]').click();
    await expect.poll(() => page.evaluate(() => window.__frontier!.store.getState().selection.panelOpen)).toBe(true);
    await expect(page.locator('#source-panel-title').textContent()).resolves.toBe(
      'Attack from Afghanistan kills two Chinese road workers at Shodak (Shadak), Darvaz district',
    );
    await expect.poll(() => page.locator('#source-panel mark.quote').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/standalone-file.png' });
  });

  it('exports a PNG from file://', async () => {
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="png-export-button"]').click();
    await page.locator('[data-testid="png-export-size-screen"]').check();
    const [dl] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.locator('[data-testid="png-export-go"]').click(),
    ]);
    await dl.saveAs('test-results/standalone-export.png');
    const png = readFileSync('test-results/standalone-export.png');
    const size = await page.evaluate(() => {
      const c = window.__frontier!.map.getContainer();
      return { width: c.clientWidth, height: c.clientHeight };
    });
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual(size);
  });

  it('carries a Content-Security-Policy that fits it (inline hashes, no network) and violates nothing', async () => {
    const html = readFileSync(file, 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    // A fresh load with a listener installed before any script runs.
    const violations: string[] = [];
    await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __cspViolation(v: string): void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction(() => window.__frontier?.ready === true, null, { timeout: 60_000 });
    await waitForIdle(page);
    expect(violations).toEqual([]);
  });

  it('Share shows a live preview from file://: the policy lets the file frame itself, with no violation and no console error', async () => {
    const before = errors.length;
    await page.evaluate(() => {
      const w = window as unknown as { __shareCsp: string[] };
      w.__shareCsp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__shareCsp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.click('[data-testid="share-button"]');
    try {
      await expect.poll(() => page.frames().length, { timeout: 10_000 }).toBeGreaterThan(1);
      const preview = page.frames().find((f) => f !== page.mainFrame())!;
      await preview.waitForFunction(() => window.__frontier?.ready === true, null, { timeout: 45_000 });
      expect(new URL(preview.url()).protocol).toBe('file:');
      expect(new URL(preview.url()).searchParams.get('embed')).toBe('1');
      await preview.waitForFunction(() => window.__frontier!.map.loaded() && window.__frontier!.map.areTilesLoaded(), null, {
        timeout: 30_000,
      });
      await page.locator('[data-testid="share-dialog"]').screenshot({ path: 'test-results/standalone-share-preview.png' });
    } finally {
      await page.keyboard.press('Escape');
    }
    expect(await page.evaluate(() => (window as unknown as { __shareCsp: string[] }).__shareCsp)).toEqual([]);
    expect(errors.slice(before)).toEqual([]);
  });

  it('imports an ACLED CSV from file:// (where no module worker can start, parsing falls back to the page)', async () => {
    await openDataDialog(page);
    await page.check('[data-testid="import-mode-join"]');
    await page.setInputFiles('[data-testid="import-file"]', 'e2e/fixtures/acled-frontier.csv');
    const status = (): Promise<string> => page.locator('[data-testid="import-status"]').innerText();
    await expect.poll(status, { timeout: 30_000 }).toBe('acled-frontier.csv: 4 accepted, 2 rejected');
    await page.click('[data-testid="import-consent"]');
    await expect.poll(status, { timeout: 30_000 }).toMatch(/^Imported: 4 — acled-frontier\.csv$/);
    const ids = await page.evaluate(() => window.__frontier!.store.getState().data.dataset!.events.map((e) => e.id));
    expect(ids).toEqual(expect.arrayContaining(['TJK9001', 'TJK9002', 'TJK9003', 'TJK9006', 'shadak-attack']));
    await page.keyboard.press('Escape');
  });

  /** Clicks `selector` in the export dialog and saves the download to test-results/`name`. */
  async function exportFile(selector: string, name: string): Promise<Buffer> {
    const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 180_000 }), page.locator(selector).click()]);
    await dl.saveAs(`test-results/${name}`);
    return readFileSync(`test-results/${name}`);
  }

  it('exports the view as a PPTX and a PDF from file://, and a WebM recording that plays', async () => {
    await page.evaluate(() => document.querySelectorAll('dialog').forEach((d) => d.close()));
    await page.locator('[data-testid="png-export-button"]').click();
    const zip = await JSZip.loadAsync(await exportFile('[data-testid="deck-view-pptx"]', 'standalone-view.pptx'));
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(1);
    expect(await zip.file('ppt/slides/slide1.xml')!.async('string')).toMatch(/<p:pic>/);
    const pdf = await exportFile('[data-testid="deck-view-pdf"]', 'standalone-view.pdf');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)).toHaveLength(1);
    expect(pdf.toString('latin1')).toContain('/FontFile2'); // the embedded Unicode font came from the file itself
    await page.locator('[data-testid="video-seconds"]').fill('2');
    await page.locator('[data-testid="video-size"]').selectOption('0');
    const webm = await exportFile('[data-testid="video-go"]', 'standalone-playback.webm');
    expect([...webm.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
    // Played in a blank page: the file's policy allows no media.
    const player = await context.newPage();
    const duration = await player.evaluate(async (b64) => {
      const video = document.createElement('video');
      video.muted = true;
      video.src = URL.createObjectURL(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'video/webm' }));
      await new Promise((resolve, reject) => {
        video.onloadedmetadata = resolve;
        video.onerror = () => reject(new Error('the video did not load'));
      });
      return video.duration;
    }, webm.toString('base64'));
    await player.close();
    expect(duration).toBeGreaterThan(1.5);
    expect(duration).toBeLessThan(10);
    await page.locator('[data-testid="png-export-dialog"] .panel-close').click();
  }, 400_000);

  it('made zero network requests and logged no errors', () => {
    expect({ requests, errors }).toEqual({ requests: [], errors: [] });
  });
});
