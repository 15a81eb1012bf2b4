/** Browser helpers for the import/export tests: open the data dialog, pick a file, read a download. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Opens the data dialog (if closed) with its button, like a user. */
export async function openDataDialog(page: Page): Promise<void> {
  const open = await page.locator('[data-testid="data-dialog"]').evaluate((d) => (d as HTMLDialogElement).open);
  if (!open) await page.click('[data-testid="data-button"]');
  // The dialog's module loads on the first click; it opens once it is there.
  await page.locator('[data-testid="data-dialog"][open]').waitFor();
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

/**
 * In the page: builds an ACLED-layout CSV of `n` rows (fatalities -2 when `bad`) as `window.__file`;
 * returns its size in bytes. Built from 10,000-row parts, so a million rows never become one string.
 */
export async function makeCsv(page: Page, name: string, n: number, bad: boolean): Promise<number> {
  return page.evaluate(
    ({ name, n, bad }) => {
      const header =
        'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp';
      const parts: string[] = [header];
      for (let from = 0; from < n; from += 10_000) {
        const rows: string[] = [];
        for (let i = from; i < Math.min(n, from + 10_000); i++) {
          const y = 2014 + (i % 11);
          const date = `${y}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
          const lat = (37.4 + (i % 100) / 1000).toFixed(4);
          const lon = (71.5 + (i % 97) / 1000).toFixed(4);
          rows.push(
            `GEN${i},${date},${y},1,Political violence,Battles,Armed clash,A,,B,C,,D,E,,762,R,Tajikistan,GBAO,Darvoz,,Khorog,${lat},${lon},1,Src,National,note ${i},${bad ? -2 : 0},,1764500000`,
          );
        }
        parts.push('\n' + rows.join('\n'));
      }
      const file = new File(parts, name, { type: 'text/csv' });
      (window as unknown as { __file: File }).__file = file;
      return file.size;
    },
    { name, n, bad },
  );
}

/** Drops `window.__file` onto the page, as a user drags a file in. */
export async function dropFile(page: Page): Promise<void> {
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add((window as unknown as { __file: File }).__file);
    document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
}
