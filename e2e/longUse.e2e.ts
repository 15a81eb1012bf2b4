/**
 * Long use: play and scrub, zoom, step through events, switch languages, open and close the
 * panels and dialogs, over and over; the DOM node count and the JS heap must stay flat.
 * CI runs a compressed session (about 75 s of use); `LONG_USE_MINUTES=10 npm run test:long`
 * runs ten minutes. Memory is read through CDP after a forced garbage collection.
 */
import { describe, expect, inject, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { cleanLog, isoDay, useAppSession, waitForIdle } from './browser';

const origin = inject('origin');
const app = useAppSession(origin);

const minutes = Number(process.env['LONG_USE_MINUTES'] ?? '') || 1.25;
const durationMs = minutes * 60_000;

/** Attached elements in the document and in the timeline's SVG. */
const domCounts = (page: Page) =>
  page.evaluate(() => ({
    document: document.getElementsByTagName('*').length,
    timeline: document.querySelector('[data-testid="timeline-svg"]')!.getElementsByTagName('*').length,
  }));

/** Heap in use and every live DOM node (attached or not) after two forced collections. */
async function memory(cdp: CDPSession): Promise<{ heap: number; nodes: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string): number => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { heap: get('JSHeapUsedSize'), nodes: get('Nodes') };
}

const focusTimeline = (page: Page) => page.focus('[data-testid="timeline-svg"]');

/** One round of everything a user does; leaves the app as it found it (English, window, panels closed). */
async function useRound(page: Page, round: number): Promise<void> {
  const svg = page.locator('[data-testid="timeline-svg"]');
  const box = (await svg.boundingBox())!;
  const y = box.y + 60;
  // Play for a moment, then pause.
  await focusTimeline(page);
  await page.keyboard.press('Space');
  await page.waitForTimeout(700);
  await page.keyboard.press('Space');
  // Scrub: draw a window with the mouse, then move it with the keyboard.
  const x0 = box.x + box.width * (0.3 + 0.05 * (round % 5));
  await page.mouse.move(x0, y);
  await page.mouse.down();
  await page.mouse.move(x0 + 40, y, { steps: 6 });
  await page.mouse.move(x0 + 90, y, { steps: 6 });
  await page.mouse.up();
  for (let i = 0; i < 10; i++) await page.keyboard.press(i % 3 === 2 ? 'Shift+ArrowRight' : 'ArrowLeft');
  // Zoom the axis in and back out.
  await page.mouse.move(box.x + box.width / 2, y);
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -200);
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, 200);
  // Languages, through the menu.
  for (const lang of ['ru', 'tg', 'en']) await page.selectOption('[data-testid="lang"]', lang);
  // The source panel: open from the list and the event stepper, close with Esc.
  await page.evaluate(([a, b]) => window.__frontier!.store.getState().setWindow({ start: a, end: b }), [
    isoDay('2025-11-01'),
    isoDay('2026-02-01'),
  ] as const);
  await page.locator('[data-testid="event-list"] button.event-row').first().click();
  await page.locator('[data-testid="source-panel"]:not([hidden])').waitFor();
  await focusTimeline(page);
  await page.keyboard.press(']');
  await page.keyboard.press('Escape');
  await page.evaluate(() => window.__frontier!.store.getState().select(null));
  // Dialogs: data, share (with its live preview), image export.
  for (const [button, dialog] of [
    ['data-button', 'data-dialog'],
    ['share-button', 'share-dialog'],
    ['png-export-button', 'png-export-dialog'],
  ] as const) {
    await page.click(`[data-testid="${button}"]`);
    await page.locator(`[data-testid="${dialog}"][open]`).waitFor();
    await page.keyboard.press('Escape');
    await page.locator(`[data-testid="${dialog}"]:not([open])`).waitFor({ state: 'attached' });
  }
}

/** Puts the app back where a round starts, so counts can be compared exactly. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    ([a, b]) => {
      const s = window.__frontier!.store.getState();
      s.setPlaying(false);
      s.select(null);
      s.setWindow({ start: a, end: b });
    },
    [isoDay('2025-11-01'), isoDay('2025-12-01')] as const,
  );
  await waitForIdle(page);
}

describe('long use', () => {
  it('150 keyboard moves of the window keep the timeline node count exactly the same', async () => {
    const page = app.g.page;
    await settle(page);
    await focusTimeline(page);
    const before = await domCounts(page);
    for (let i = 0; i < 150; i++) await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    await waitForIdle(page);
    expect((await domCounts(page)).timeline).toBe(before.timeline);
  });

  it(
    `${minutes} min of play, scrub, zoom, languages, panels and dialogs keep the DOM and the JS heap flat`,
    { timeout: durationMs + 240_000 },
    async () => {
      const page = app.g.page;
      const cdp = await app.g.context.newCDPSession(page);
      await cdp.send('Performance.enable');
      // A first round loads the on-demand chunks, fonts and glyphs; it is not counted.
      await useRound(page, 0);
      await settle(page);
      const dom0 = await domCounts(page);
      const mem0 = await memory(cdp);
      const samples: Array<{ heap: number; nodes: number; document: number }> = [];
      const until = Date.now() + durationMs;
      let rounds = 0;
      while (Date.now() < until) {
        await useRound(page, ++rounds);
        if (rounds % 2 === 0) {
          await settle(page);
          samples.push({ ...(await memory(cdp)), document: (await domCounts(page)).document });
        }
      }
      await settle(page);
      const dom1 = await domCounts(page);
      const mem1 = await memory(cdp);
      console.info(
        `long use: ${rounds} rounds in ${minutes} min; document ${dom0.document} → ${dom1.document} elements, ` +
          `live nodes ${mem0.nodes} → ${mem1.nodes}, heap ${(mem0.heap / 2 ** 20).toFixed(1)} → ${(mem1.heap / 2 ** 20).toFixed(1)} MB`,
        samples.map((s) => `${(s.heap / 2 ** 20).toFixed(1)} MB / ${s.nodes} nodes`).join(', '),
      );
      expect(rounds).toBeGreaterThanOrEqual(2);
      // Same state as at the start: the same elements on the page, the timeline's exactly.
      expect(dom1.timeline).toBe(dom0.timeline);
      expect(Math.abs(dom1.document - dom0.document)).toBeLessThanOrEqual(20);
      // Live nodes include detached ones a leak would keep; the heap may wobble by a few MB.
      expect(mem1.nodes - mem0.nodes).toBeLessThanOrEqual(300);
      expect(mem1.heap - mem0.heap).toBeLessThanOrEqual(Math.max(6 * 2 ** 20, mem0.heap * 0.1));
      await cdp.detach();
    },
  );

  it('stayed clean: no console errors, no failed or off-origin requests', () => {
    expect(cleanLog(app.g)).toEqual({ errors: [], failed: [], offOrigin: [] });
  });
});
