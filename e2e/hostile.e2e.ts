/**
 * A sample of the hostile corpus (test/hostile/, the manifest's `browser` entries) imported
 * through the import dialog like a user would: each report says what the manifest expects, no
 * payload runs (no dialog, no console error, no request off the origin), and a refused or partly
 * rejected file leaves the data on screen (the default set or an earlier import) exactly as it was.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { cleanLog, guardedPage, launchBrowser, openApp, type GuardedPage } from './browser';
import { eventIds, openDataDialog, pickFile } from './importHelpers';

interface CorpusCase {
  file: string;
  accepted: number;
  rejected: number;
  fatal: boolean;
  message: string;
  browser?: true;
}

const DIR = new URL('../test/hostile/', import.meta.url);
const sample = (JSON.parse(readFileSync(new URL('manifest.json', DIR), 'utf8')) as CorpusCase[]).filter((c) => c.browser);
const origin = inject('origin');
let browser: Browser;
let g: GuardedPage;
const dialogs: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  g = await guardedPage(browser, origin);
  g.page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openApp(g, origin);
});
afterAll(async () => {
  await browser?.close();
});

const status = (): Promise<string> => g.page.locator('[data-testid="import-status"]').innerText();
const report = (): Promise<string> => g.page.locator('[data-testid="import-report"]').innerText();

describe('hostile corpus in the browser', () => {
  it('the sample covers refused, partly rejected and accepted files', () => {
    expect(sample.length).toBeGreaterThanOrEqual(8);
    expect(sample.some((c) => c.fatal)).toBe(true);
    expect(sample.some((c) => !c.fatal && c.rejected > 0)).toBe(true);
    expect(sample.some((c) => c.rejected === 0 && c.accepted > 0)).toBe(true);
  });

  it.each(sample)('$file', async (c) => {
    const before = await eventIds(g.page);
    // Replace mode: an accepted file becomes the data on screen, which the next refused file must leave alone.
    await pickFile(g.page, c.file, readFileSync(new URL(encodeURIComponent(c.file), DIR)), 'replace');
    const applied = !c.fatal && c.rejected === 0 && c.accepted > 0;
    if (applied) {
      await expect.poll(status, { timeout: 20_000 }).toContain(`: ${c.accepted} — ${c.file}`);
      expect((await eventIds(g.page)).length).toBe(c.accepted);
      return;
    }
    await expect.poll(status, { timeout: 20_000 }).toContain(c.file);
    if (c.fatal || c.accepted === 0) expect(await status()).toMatch(/Nothing was imported/);
    else expect(await status()).toContain(`${c.accepted} accepted, ${c.rejected} rejected`);
    if (c.message !== '') expect(await report()).toContain(c.message.replace(/ › /g, '\t').split('\t').at(-1));
    // Nothing on screen changes before consent, and discarding keeps it so.
    expect(await eventIds(g.page)).toEqual(before);
    if (c.fatal && c.file.includes('latin1')) await g.page.screenshot({ path: 'test-results/hostile-refused.png' });
    await g.page.click('[data-testid="import-discard"]');
    expect(await eventIds(g.page)).toEqual(before);
  });

  it('data text in the report is bidi-isolated: the file name, the column and the value quoted in the problem', async () => {
    const before = await eventIds(g.page);
    const name = 'evil\u202Ereport.csv';
    const value = '\u202E-3';
    const text = readFileSync(new URL('acled-fatalities-negative.csv', DIR), 'utf8').replace(/,-3,/, `,${value},`);
    await pickFile(g.page, name, text, 'replace');
    await expect.poll(status, { timeout: 20_000 }).toContain('Nothing was imported');
    // The status line: the file name in its own <bdi>, the app's words outside it.
    expect(await g.page.locator('[data-testid="import-status"] bdi').allInnerTexts()).toEqual([name]);
    const cells = await g.page
      .locator('[data-testid="import-report"] tbody tr')
      .first()
      .evaluate((tr) =>
        [...tr.querySelectorAll('td')].map((td) => ({
          isolated: [...td.querySelectorAll('bdi')].map((b) => b.textContent),
          text: td.textContent,
        })),
      );
    expect(cells).toEqual([
      { isolated: [name], text: name },
      { isolated: [], text: 'row 2' },
      { isolated: ['fatalities'], text: 'fatalities' },
      {
        isolated: [`"${value}"`],
        text: `expected a non-negative whole number, got "${value}" (written in plain decimal digits: hexadecimal, binary, exponents and signs are not read)`,
      },
    ]);
    // An override inside a <bdi> cannot reach the text after it: the element isolates its direction.
    expect(
      await g.page
        .locator('[data-testid="import-report"] bdi')
        .first()
        .evaluate((b) => getComputedStyle(b).unicodeBidi),
    ).toBe('isolate');
    await g.page.click('[data-testid="import-discard"]');
    expect(await eventIds(g.page)).toEqual(before);
  });

  it('markup arrived as text: the imported titles read as written, and no payload ran', async () => {
    await g.page.keyboard.press('Escape');
    const row = g.page.locator('.event-row[data-event-id="app-x0"]');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain('<img src=x onerror=alert(1)>');
    expect(await g.page.locator('img[src="x"], svg[onload], iframe[src^="javascript"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(cleanLog(g)).toEqual({ errors: [], failed: [], offOrigin: [] });
    await openDataDialog(g.page);
    await g.page.click('[data-testid="import-remove"]');
  });
});
