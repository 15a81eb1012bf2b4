/**
 * Deliverables: the shipped briefing exported from the presenter as PPTX (opened here as the zip
 * it is: one slide per step with its title, one map image and speaker notes) and as PDF (one page
 * per step, its text layer read back), a PNG still whose metadata holds its permalink and the data
 * hash, and a short WebM recording that plays (positive duration). Files are kept in test-results/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cleanLog, useAppSession, waitForIdle } from './browser';
import { readTextChunks } from '../src/slide/pngText';
import { dataHash } from '../scripts/dataHashPlugin';

const origin = inject('origin');
const briefing = JSON.parse(readFileSync('data/briefings/csto-2025-26.json', 'utf8')) as {
  id: string;
  title: string;
  steps: Array<{ title: string }>;
};
const n = briefing.steps.length;
const hash = dataHash();
const app = useAppSession(origin, '/?from=2025-11-01&to=2025-12-31&sel=shadak-attack&cam=70.6,38.0,7.2');

const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
/** The text runs of an OOXML part, joined. */
const xmlText = (xml: string): string => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1] ?? '')).join('');

/** Starts recording main-thread long tasks; `longest()` reads the longest since, `top()` the five longest (ms). */
async function watchLongTasks(page: Page): Promise<{ longest(): Promise<number>; top(): Promise<number[]> }> {
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number; __tasks: number[] };
    w.__longest = 0;
    w.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        w.__longest = Math.max(w.__longest, e.duration);
        w.__tasks.push(Math.round(e.duration));
      }
    }).observe({ type: 'longtask' });
  });
  return {
    longest: () => page.evaluate(() => (window as unknown as { __longest: number }).__longest),
    top: () => page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks.sort((a, b) => b - a).slice(0, 5)),
  };
}

/** Clicks `selector` and saves the download it starts to test-results/`name`. */
async function download(page: Page, selector: string, name: string, timeout = 400_000): Promise<Buffer> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout }), page.locator(selector).click()]);
  const path = `test-results/${name}`;
  await dl.saveAs(path);
  return readFileSync(path);
}

/** PDF text: every content stream inflated, the strings of its text operators unescaped. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = raw.indexOf('endstream', start);
    const bytes = pdf.subarray(start, end);
    let text: string;
    try {
      text = inflateSync(bytes).toString('latin1');
    } catch {
      continue; // an image (DCT) stream
    }
    for (const s of text.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)) out.push((s[1] ?? '').replace(/\\([()\\])/g, '$1'));
  }
  return out.join(' ');
}

/**
 * PDF text written in an embedded font: the hex glyph strings of its text operators, mapped back
 * to Unicode through the font's ToUnicode CMap (the `bfchar` pairs jsPDF writes).
 */
function pdfUnicodeText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    try {
      streams.push(inflateSync(pdf.subarray(start, raw.indexOf('endstream', start))).toString('latin1'));
    } catch {
      // an image stream
    }
  }
  const glyphs = new Map<string, string>();
  for (const s of streams)
    for (const block of s.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
      for (const [, g, u] of (block[1] ?? '').matchAll(/<([0-9a-fA-F]{4})>\s*<([0-9a-fA-F]{4})>/g))
        glyphs.set(g!.toLowerCase(), String.fromCharCode(parseInt(u!, 16)));
  const out: string[] = [];
  for (const s of streams)
    for (const [, hex] of s.matchAll(/<([0-9a-fA-F]+)>\s*Tj/g))
      out.push((hex!.toLowerCase().match(/.{4}/g) ?? []).map((g) => glyphs.get(g) ?? '?').join(''));
  return out.join(' ');
}

/**
 * The video frames of a WebM file: its SimpleBlocks and Blocks, found by walking the EBML elements
 * (into Segment, Cluster and BlockGroup, over everything else by its size; sizes MediaRecorder leaves unknown do not matter).
 */
function webmBlocks(b: Buffer): number {
  const vint = (i: number, marker: boolean): { v: number; len: number } => {
    const first = b[i]!;
    let len = 1;
    while (len <= 8 && !(first & (0x100 >> len))) len++;
    let v = marker ? first : first & (0xff >> len);
    for (let k = 1; k < len; k++) v = v * 256 + b[i + k]!;
    return { v, len };
  };
  const DESCEND = new Set([0x18538067, 0x1f43b675, 0xa0]);
  let blocks = 0;
  for (let i = 0; i < b.length;) {
    const id = vint(i, true);
    const size = vint(i + id.len, false);
    const data = i + id.len + size.len;
    if (DESCEND.has(id.v)) i = data;
    else {
      if (id.v === 0xa3 || id.v === 0xa1) blocks++;
      i = data + size.v;
    }
  }
  return blocks;
}

describe('deliverables', () => {
  it('a PNG still carries its permalink, the data hash, the time and the credits in tEXt/iTXt', async () => {
    const page = app.g.page;
    await page.locator('[data-testid="png-export-button"]').click();
    await page.locator('[data-testid="png-export-size-slide"]').check();
    const png = await download(page, '[data-testid="png-export-go"]', 'deliverables-still.png', 90_000);
    const meta = Object.fromEntries(readTextChunks(new Uint8Array(png)).map((c) => [c.keyword, c]));
    const source = new URL(meta['Source']!.text);
    expect(source.origin).toBe(origin);
    expect(Object.fromEntries(['from', 'to', 'sel'].map((k) => [k, source.searchParams.get(k)]))).toEqual({
      from: '2025-11-01',
      to: '2025-12-31',
      sel: 'shadak-attack',
    });
    expect(meta['Source']!.type).toBe('tEXt');
    expect(meta['Data version']!.text).toBe(`sha256:${hash}`);
    expect(meta['Comment']!.text).toContain(`data-sha256=${hash}`);
    expect(Date.now() - Date.parse(meta['Creation Time']!.text)).toBeLessThan(10 * 60_000);
    expect(meta['Copyright']).toMatchObject({ type: 'iTXt' });
    expect(meta['Copyright']!.text).toContain('OpenStreetMap');
    expect(meta['Title']!.text).toContain('Shodak');
    await expect(page.locator('[data-testid="data-version"]').textContent()).resolves.toContain(hash);
  }, 120_000);

  it('the current view exports as a one-slide PPTX from the export dialog', async () => {
    const page = app.g.page;
    const pptx = await download(page, '[data-testid="deck-view-pptx"]', 'view.pptx', 120_000);
    const zip = await JSZip.loadAsync(pptx);
    expect(Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(1);
    expect(xmlText(await zip.file('ppt/slides/slide1.xml')!.async('string'))).toContain('Shodak');
  }, 150_000);

  it('a 2-second WebM recording of playback is a WebM file with frames, and the window is put back', async () => {
    const page = app.g.page;
    await page.locator('[data-testid="video-seconds"]').fill('2');
    await page.locator('[data-testid="video-size"]').selectOption('0');
    const before = await page.evaluate(() => window.__frontier!.store.getState().time.window);
    const webm = await download(page, '[data-testid="video-go"]', 'playback.webm', 60_000);
    expect(webm.length).toBeGreaterThan(1000);
    expect([...webm.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]); // EBML (Matroska/WebM)
    // The time window is put back after recording.
    expect(await page.evaluate(() => window.__frontier!.store.getState().time.window)).toEqual(before);
    await page.locator('[data-testid="png-export-dialog"] .panel-close').click();
  }, 120_000);

  it('a 2-second WebM recording plays for its length: a duration in its header, a frame per animation frame, a picture', async () => {
    const page = app.g.page;
    await page.locator('[data-testid="png-export-button"]').click();
    await page.locator('[data-testid="video-seconds"]').fill('2');
    await page.locator('[data-testid="video-size"]').selectOption('0');
    const webm = await download(page, '[data-testid="video-go"]', 'playback.webm', 60_000);
    const frames = webmBlocks(webm);
    console.log(`WebM: ${webm.length} bytes, ${frames} frames`);
    // One frame per page animation frame (at most 30 a second): with software WebGL on a loaded machine a few a second.
    expect(frames).toBeGreaterThanOrEqual(3);
    // Played in a blank page of its own: the app's Content-Security-Policy allows no media.
    const player = await app.g.context.newPage();
    const seen = await player.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const video = document.createElement('video');
      video.muted = true;
      video.src = URL.createObjectURL(new Blob([bytes], { type: 'video/webm' }));
      document.body.append(video);
      await new Promise((resolve, reject) => {
        video.onloadeddata = resolve;
        video.onerror = () => reject(new Error('the video did not load'));
      });
      // The duration is in the header (written after recording), so it is known before playing.
      const duration = video.duration;
      await new Promise((resolve) => {
        video.onseeked = resolve;
        video.currentTime = Math.min(1, duration / 2);
      });
      const c = document.createElement('canvas');
      c.width = video.videoWidth;
      c.height = video.videoHeight;
      const ctx = c.getContext('2d', { willReadFrequently: true })!;
      const band = (): Uint8ClampedArray => ctx.getImageData(0, Math.round(c.height * 0.2), c.width, Math.round(c.height * 0.5)).data;
      // On a loaded machine the decoder can hand over the seeked frame after 'seeked': until then
      // drawImage paints nothing (every pixel transparent), so draw again until a frame arrives.
      const decoded = (px: Uint8ClampedArray): boolean => px.some((v, i) => i % 4 === 3 && v > 0);
      for (let tries = 0; tries < 50; tries++) {
        ctx.clearRect(0, 0, c.width, c.height);
        ctx.drawImage(video, 0, 0);
        if (decoded(band())) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      // Distinct colours in the map band: a picture, not a blank frame.
      const px = band();
      const colours = new Set<number>();
      for (let i = 0; i < px.length; i += 4 * 97) colours.add((px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!);
      return { duration, width: c.width, height: c.height, colours: colours.size, png: c.toDataURL('image/png') };
    }, webm.toString('base64'));
    await player.close();
    writeFileSync('test-results/playback-frame.png', Buffer.from(seen.png.split(',')[1]!, 'base64'));
    console.log(`WebM duration ${seen.duration} s, frame ${seen.width}×${seen.height}, ${seen.colours} colours`);
    expect(seen.duration).toBeGreaterThan(1.5);
    expect(seen.duration).toBeLessThan(10);
    expect({ width: seen.width, height: seen.height }).toEqual({ width: 854, height: 480 });
    expect(seen.colours).toBeGreaterThan(20);
    await page.locator('[data-testid="png-export-dialog"] .panel-close').click();
  }, 120_000);

  it(`the presenter exports "${briefing.title}" as a PPTX: ${n} slides, each with its title, one map image and notes`, async () => {
    const page = app.g.page;
    await page.evaluate(() => document.querySelectorAll('dialog').forEach((d) => d.close()));
    await page.locator('[data-testid="briefing-button"]').click();
    await page.locator('[data-testid="presenter"]').waitFor(); // the presenter loads on first use
    await page.waitForFunction(() => !window.__frontier!.map.isMoving(), null, { timeout: 15_000 });
    await waitForIdle(page);
    const tasks = await watchLongTasks(page);
    const t0 = Date.now();
    const progress = page.locator('[data-testid="deck-status"]');
    const [dl] = await Promise.all([
      page.waitForEvent('download', { timeout: 400_000 }),
      (async () => {
        await page.locator('[data-testid="presenter-export-pptx"]').click();
        // The progress reads "Slide k of 13" while slides render.
        await expect
          .poll(async () => (await progress.textContent()) ?? '', { timeout: 60_000 })
          .toMatch(new RegExp(`^Slide \\d+ of ${n}$`));
        await page.screenshot({ path: 'test-results/deck-progress.png' });
      })(),
    ]);
    await dl.saveAs('test-results/briefing.pptx');
    console.log(
      `PPTX of ${n} slides in ${Math.round((Date.now() - t0) / 1000)} s; longest main-thread task ${Math.round(await tasks.longest())} ms (longest five: ${(await tasks.top()).join(', ')})`,
    );
    await expect.poll(() => progress.getAttribute('data-slides')).toBe(String(n));

    const zip = await JSZip.loadAsync(readFileSync('test-results/briefing.pptx'));
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(n);
    const notes = Object.keys(zip.files).filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f));
    expect(notes).toHaveLength(n);
    for (let k = 1; k <= n; k++) {
      const xml = await zip.file(`ppt/slides/slide${k}.xml`)!.async('string');
      // Real text boxes: the step's title is text, not only pixels.
      expect(xmlText(xml)).toContain(briefing.steps[k - 1]!.title);
      expect(xmlText(xml)).toContain(`briefing=${briefing.id}&step=${k}`);
      expect(xml.match(/<p:pic>/g)).toHaveLength(1);
      const rels = await zip.file(`ppt/slides/_rels/slide${k}.xml.rels`)!.async('string');
      expect(rels.match(/relationships\/image"/g)).toHaveLength(1);
      const note = xmlText(await zip.file(`ppt/notesSlides/notesSlide${k}.xml`)!.async('string'));
      expect(note).toContain('Sources of the events shown:');
      expect(note).toContain(`Permalink: `);
      expect(note).toContain(hash);
    }
    // The first slide's map image is a stamped PNG: its permalink names the step, its data version the build's data.
    const media = Object.keys(zip.files).filter((f) => f.startsWith('ppt/media/') && f.endsWith('.png'));
    expect(media).toHaveLength(n);
    const img = await zip.file(media.sort()[0]!)!.async('uint8array');
    writeFileSync('test-results/deck-slide-map.png', img);
    const meta = Object.fromEntries(readTextChunks(img).map((c) => [c.keyword, c.text]));
    expect(meta['Source']).toMatch(new RegExp(`briefing=${briefing.id}&step=\\d+`));
    expect(meta['Data version']).toBe(`sha256:${hash}`);
    // The view on screen is the presenter's step again.
    await expect(page.locator('[data-testid="presenter-count"]').textContent()).resolves.toBe(`1 / ${n}`);
    await page.locator('[data-testid="png-export-dialog"] .panel-close').click();
  }, 420_000);

  it(`and as a PDF: ${n} pages whose text layer carries every title and permalink`, async () => {
    const page = app.g.page;
    const tasks = await watchLongTasks(page);
    const t0 = Date.now();
    const pdf = await download(page, '[data-testid="presenter-export-pdf"]', 'briefing.pdf');
    console.log(
      `PDF of ${n} pages in ${Math.round((Date.now() - t0) / 1000)} s; longest main-thread task ${Math.round(await tasks.longest())} ms (longest five: ${(await tasks.top()).join(', ')})`,
    );
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)).toHaveLength(n);
    const text = pdfText(pdf);
    const plain = (s: string): string => s.replace(/[–—]/g, '-').replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
    for (const st of briefing.steps) expect(text).toContain(plain(st.title).slice(0, 30));
    for (let k = 1; k <= n; k++) expect(pdf.toString('latin1')).toContain(`briefing=${briefing.id}&step=${k})`);
    expect(text).toContain(hash);
    await page.locator('[data-testid="png-export-dialog"] .panel-close').click();
    await page.locator('[data-testid="presenter-exit"]').click();
  }, 420_000);

  it('a deck can be cancelled while its slides render: the page takes the click, nothing downloads, the view is put back', async () => {
    const page = app.g.page;
    await page.locator('[data-testid="briefing-button"]').click();
    await page.locator('[data-testid="presenter"]').waitFor(); // the presenter loads on first use
    await page.waitForFunction(() => !window.__frontier!.map.isMoving(), null, { timeout: 15_000 });
    await waitForIdle(page);
    const before = await page.evaluate(() => window.__frontier!.store.getState().time.window);
    let downloads = 0;
    const onDownload = (): void => void downloads++;
    page.on('download', onDownload);
    const status = page.locator('[data-testid="deck-status"]');
    await page.locator('[data-testid="presenter-export-pptx"]').click();
    // Cancel once the second slide is under way: the click is handled while the deck is rendering.
    await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 120_000 }).toMatch(/^Slide ([2-9]|1[01]) of \d+$/);
    await page.locator('[data-testid="deck-cancel"]').click();
    await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 120_000 }).toBe('Export cancelled');
    expect(await page.locator('[data-testid="deck-cancel"]').isVisible()).toBe(false);
    // It stopped where it was: the progress never reached the last slide.
    const reached = await page
      .locator('[data-testid="deck-progress"]')
      .evaluate((p) => ({ value: (p as HTMLProgressElement).value, max: (p as HTMLProgressElement).max }));
    expect(reached.max).toBe(n);
    expect(reached.value).toBeLessThan(reached.max);
    expect(await page.evaluate(() => window.__frontier!.store.getState().time.window)).toEqual(before);
    await waitForIdle(page);
    page.off('download', onDownload);
    expect(downloads).toBe(0);
    await page.locator('[data-testid="png-export-dialog"] .panel-close').click();
    await page.locator('[data-testid="presenter-exit"]').click();
  }, 300_000);

  it('in the Russian UI, a PDF of the view carries its Russian title and caption as text (an embedded Cyrillic font)', async () => {
    const page = app.g.page;
    await page.evaluate(() => window.__frontier!.chooseLang('ru'));
    await page.locator('[data-testid="png-export-button"]').click();
    const title = await page.locator('[data-testid="png-export-title"]').inputValue();
    expect(title).toMatch(/[А-Яа-яЁё]{4}/);
    const pdf = await download(page, '[data-testid="deck-view-pdf"]', 'view-ru.pdf', 120_000);
    const text = pdfUnicodeText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain(title.replace(/\s+/g, ' ').slice(0, 40));
    expect(text).toContain('Слои:');
    await page.locator('[data-testid="png-export-dialog"] .panel-close').click();
    await page.evaluate(() => window.__frontier!.store.getState().setLang('en'));
  }, 150_000);

  it('stayed clean: no console errors, no failed or off-origin requests', () => {
    expect(cleanLog(app.g)).toEqual({ errors: [], failed: [], offOrigin: [] });
  });
});
