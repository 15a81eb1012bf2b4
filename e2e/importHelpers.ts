/** Browser helpers for the import/export tests: open the data dialog, pick a file, read a download. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Opens the data dialog (if closed) with its button, like a user. */
export async function openDataDialog(page: Page): Promise<void> {
  const open = await page.locator('[data-testid="data-dialog"]').evaluate((d) => (d as HTMLDialogElement).open);
  if (!open) await page.click('[data-testid="data-button"]');
}

/** Picks `content` as file `name` in the dialog's file input, in the given mode. */
export async function pickFile(page: Page, name: string, content: string | Buffer, mode: 'join' | 'replace' = 'join'): Promise<void> {
  await openDataDialog(page);
  await page.check(`[data-testid="import-mode-${mode}"]`);
  await page.setInputFiles('[data-testid="import-file"]', {
    name,
    mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/json',
    buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
  });
}

/** Clicks an export button and returns the downloaded file's name and text. */
export async function download(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testId}"]`)]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Ids of the events in the store, sorted. */
export function eventIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (window.__frontier?.store.getState().data.dataset?.events ?? []).map((e) => e.id).sort());
}
