/**
 * Embedding: the embed view, the Share / Embed dialog, and the host-page API driven from
 * the example host page — every command, every event, the origin allow-list, and a fuzz of the API.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { cleanLog, guardedPage, isoDay, launchBrowser, openApp, waitForIdle, type GuardedPage } from './browser';

const origin = inject('origin');
const port = new URL(origin).port;
// A second origin on the same server: "localhost" is a different origin from "127.0.0.1".
const otherOrigin = `http://localhost:${port}`;
let browser: Browser;
let g: GuardedPage;

beforeAll(async () => {
  browser = await launchBrowser();
  g = await guardedPage(browser, origin);
});
afterAll(async () => {
  await browser?.close();
});

type MapState = {
  window: { start: number; end: number };
  bounds: { start: number; end: number };
  selected: string | null;
  panelOpen: boolean;
  playing: boolean;
  speed: number;
  mode: string;
  camera: { center: [number, number]; zoom: number; bearing: number; pitch: number };
  layers: Record<string, boolean>;
  lang: string;
};
const mapState = (f: Page | Frame): Promise<MapState> =>
  f.evaluate(() => {
    const s = window.__frontier!.store.getState();
    return {
      window: s.time.window,
      bounds: s.time.bounds,
      selected: s.selection.selectedId,
      panelOpen: s.selection.panelOpen,
      playing: s.time.playing,
      speed: s.time.speed,
      mode: s.time.mode,
      camera: s.view.camera,
      layers: s.view.layers,
      lang: s.view.lang,
    };
  });
const embedFrame = async (page: Page): Promise<Frame> => {
  await expect.poll(() => page.frames().length, { timeout: 10_000 }).toBeGreaterThan(1);
  const f = page.frames().find((fr) => fr !== page.mainFrame())!;
  await f.waitForFunction(() => window.__frontier?.ready === true, null, { timeout: 30_000 });
  return f;
};
const hostEvents = (page: Page): Promise<Array<Record<string, unknown>>> =>
  page.evaluate(() => (window as unknown as { frontierHost: { events: Array<Record<string, unknown>> } }).frontierHost.events.slice());

describe('embed', () => {
  it('the embed view shows only the chosen chrome and takes every view option from the URL', async () => {
    const q =
      'embed=1&controls=timeline,legend&autoplay=1&from=2025-11-01&to=2025-11-30&sel=shadak-attack&cam=71.03,38.46,8.5&layers=events,rivers&lang=ru&mode=cumulative&speed=7';
    await openApp(g, origin, `/?${q}`);
    const s = await mapState(g.page);
    expect(s.window.start).toBe(isoDay('2025-11-01'));
    expect(s.selected).toBe('shadak-attack');
    expect(s.camera.zoom).toBeCloseTo(8.5, 2);
    expect(
      Object.entries(s.layers)
        .filter(([, v]) => v)
        .map(([k]) => k),
    ).toEqual(['events', 'rivers']);
    expect(s.lang).toBe('ru');
    expect(s.mode).toBe('cumulative');
    expect(s.speed).toBe(7);
    expect(s.playing).toBe(true); // autoplay
    await g.page.evaluate(() => window.__frontier!.store.getState().setPlaying(false));
    await expect(g.page.locator('#topbar').isVisible()).resolves.toBe(false);
    await expect(g.page.locator('[data-testid="legend"]').isVisible()).resolves.toBe(true);
    await expect(g.page.locator('[data-testid="event-list"]').isVisible()).resolves.toBe(false);
    await expect(g.page.locator('[data-testid="timeline-svg"]').isVisible()).resolves.toBe(true);
    await expect(g.page.locator('.maplibregl-ctrl-top-right').isVisible()).resolves.toBe(false);
    await expect(g.page.locator('[data-testid="full-map-link"]').count()).resolves.toBe(0);
    await g.page.screenshot({ path: 'test-results/embed-view.png' });
  });

  it('the Share / Embed dialog gives the permalink and an iframe snippet with a live preview of the same view', async () => {
    await openApp(g, origin, '/?from=2025-11-30&to=2025-11-30&sel=shadak-attack&cam=71.03,38.46,8');
    await g.page.waitForTimeout(300);
    await g.page.locator('[data-testid="share-button"]').click();
    const permalink = await g.page.locator('[data-testid="share-permalink"]').inputValue();
    expect(new URL(permalink).searchParams.get('sel')).toBe('shadak-attack');
    await g.page.locator('[data-testid="share-size"]').fill('4:3');
    await g.page.locator('[data-control="list"]').check();
    const snippet = await g.page.locator('[data-testid="share-snippet"]').inputValue();
    expect(snippet).toMatch(
      /^<iframe src="[^"]+" title="[^"]+" loading="lazy" referrerpolicy="no-referrer" style="width:100%;aspect-ratio:4\/3;border:0"><\/iframe>$/,
    );
    const src = new URL(snippet.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&'));
    expect(src.searchParams.get('embed')).toBe('1');
    expect(src.searchParams.get('controls')).toBe('timeline,legend,list,play,nav,link');
    expect(src.searchParams.get('sel')).toBe('shadak-attack');
    // The preview is that very URL, running: same window and selection as the page.
    const preview = g.page.frameLocator('[data-testid="share-preview"]');
    await expect.poll(() => g.page.locator('[data-testid="share-preview"]').getAttribute('src'), { timeout: 5_000 }).toBe(src.toString());
    await expect.poll(() => g.page.frames().some((f) => f.url() === src.toString()), { timeout: 10_000 }).toBe(true);
    const pf = g.page.frames().find((f) => f.url() === src.toString())!;
    await pf.waitForFunction(() => window.__frontier?.ready === true, null, { timeout: 30_000 });
    const [a, b] = [await mapState(g.page), await mapState(pf)];
    expect(b.window).toEqual(a.window);
    expect(b.selected).toBe('shadak-attack');
    await expect(preview.locator('[data-testid="event-list"]').isVisible()).resolves.toBe(true);
    await g.page.screenshot({ path: 'test-results/embed-share-dialog.png' });
    await g.page.keyboard.press('Escape');
  });

  it('the example host page drives the embedded map through every command and receives every event', async () => {
    // The whole range, as before a first visit opened on the latest months with incidents.
    await g.page.goto(`${origin}/host-example.html?src=${encodeURIComponent('./?embed=1&from=2013-01-01&to=2029-12-31')}`);
    const f = await embedFrame(g.page);
    await expect.poll(async () => (await hostEvents(g.page)).map((e) => e['event']), { timeout: 10_000 }).toContain('ready');
    const ready = (await hostEvents(g.page)).find((e) => e['event'] === 'ready')!;
    expect(ready).toMatchObject({ type: 'frontier-map:event', version: 1, from: '2013-01-01', to: '2029-12-31', selected: null });
    expect((await hostEvents(g.page)).some((e) => e['event'] === 'resize' && (e['height'] as number) > 100)).toBe(true);

    // setWindow → windowchange
    await g.page.locator('#from').fill('2025-11-01');
    await g.page.locator('#to').fill('2025-11-30');
    await g.page.locator('#setWindow').click();
    await expect.poll(async () => (await mapState(f)).window).toEqual({ start: isoDay('2025-11-01'), end: isoDay('2025-12-01') });
    await expect
      .poll(async () => (await hostEvents(g.page)).find((e) => e['event'] === 'windowchange'))
      .toMatchObject({ from: '2025-11-01', to: '2025-11-30' });
    // select → selected (the host's own selection is not echoed back; see the test below)
    await g.page.locator('#select').click();
    await expect.poll(async () => (await mapState(f)).selected).toBe('shadak-attack');
    // A selection made in the map → select event
    await f.evaluate(() => window.__frontier!.store.getState().select(null));
    await expect.poll(async () => (await hostEvents(g.page)).find((e) => e['event'] === 'select')).toMatchObject({ id: null });
    await f.evaluate(() => window.__frontier!.store.getState().select('shadak-attack'));
    await expect
      .poll(async () => (await hostEvents(g.page)).filter((e) => e['event'] === 'select').at(-1))
      .toMatchObject({ id: 'shadak-attack' });
    // flyTo
    await g.page.locator('#flyShadak').click();
    await expect.poll(async () => (await mapState(f)).camera.zoom, { timeout: 10_000 }).toBeCloseTo(9, 2);
    expect((await mapState(f)).camera.center[0]).toBeCloseTo(71.0312, 3);
    // play / pause
    await g.page.locator('#play').click();
    await expect.poll(async () => (await mapState(f)).playing).toBe(true);
    expect((await mapState(f)).speed).toBe(7);
    await g.page.locator('#pause').click();
    await expect.poll(async () => (await mapState(f)).playing).toBe(false);
    // setLayers
    await g.page.locator('[data-layer="rivers"]').uncheck();
    await expect.poll(async () => (await mapState(f)).layers['rivers']).toBe(false);
    expect((await mapState(f)).layers['events']).toBe(true);
    // resize → a new content height
    const before = (await hostEvents(g.page)).filter((e) => e['event'] === 'resize').length;
    await g.page.evaluate(() => ((document.getElementById('map') as HTMLIFrameElement).style.aspectRatio = '4 / 3'));
    await expect.poll(async () => (await hostEvents(g.page)).filter((e) => e['event'] === 'resize').length).toBeGreaterThan(before);
    const names = new Set((await hostEvents(g.page)).map((e) => e['event']));
    expect([...names].sort()).toEqual(['ready', 'resize', 'select', 'windowchange']);
    // The default embed carries a "view full map" link to the same view without embed chrome.
    const href = new URL((await f.locator('[data-testid="full-map-link"]').getAttribute('href', { timeout: 5_000 }))!);
    expect(href.searchParams.has('embed')).toBe(false);
    await expect
      .poll(async () => new URL((await f.locator('[data-testid="full-map-link"]').getAttribute('href'))!).searchParams.get('sel'), {
        timeout: 5_000,
      })
      .toBe('shadak-attack');
    expect(await f.locator('[data-testid="full-map-link"]').getAttribute('target')).toBe('_blank');
    await g.page.screenshot({ path: 'test-results/embed-host-example.png' });
  });

  it('fuzz: thousands of random messages never throw and never leave the state invalid', async () => {
    const f = await embedFrame(g.page);
    const ids = await f.evaluate(() => window.__frontier!.store.getState().data.dataset!.events.map((e) => e.id));
    const started = Date.now();
    const total = 3000;
    for (let batch = 0; batch < total / 300 && Date.now() - started < 30_000; batch++) {
      await g.page.evaluate((seed) => {
        let x = seed;
        const rnd = (): number => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
        const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)] as T;
        const junk = [
          null,
          undefined,
          0,
          -1,
          1e308,
          Number.NaN,
          Infinity,
          '',
          'x'.repeat(300),
          true,
          [],
          {},
          [71, 38],
          [1e9, -1e9],
          '2025-11-30',
          '2025-02-30',
          '9999-12-31',
          'shadak-attack',
          '<img src=x onerror=alert(1)>',
          { events: 'no' },
          { events: false },
          { rivers: true, tiles: true },
        ];
        const cmds = ['setWindow', 'select', 'flyTo', 'play', 'pause', 'setLayers', 'destroy', '', 'constructor'];
        const keys = [
          'from',
          'to',
          'id',
          'center',
          'zoom',
          'bearing',
          'pitch',
          'duration',
          'speed',
          'mode',
          'layers',
          '__proto__',
          'extra',
        ];
        const w = (document.getElementById('map') as HTMLIFrameElement).contentWindow!;
        for (let i = 0; i < 300; i++) {
          const r = rnd();
          let m: unknown;
          if (r < 0.1) m = pick(junk);
          else {
            const o: Record<string, unknown> = {
              type: rnd() < 0.85 ? 'frontier-map:command' : pick(['frontier-map:event', 'x', 7]),
              command: pick(cmds),
            };
            const n = Math.floor(rnd() * 4);
            for (let k = 0; k < n; k++) o[pick(keys)] = pick(junk);
            // Some well-formed commands with random values, so valid paths are exercised too.
            if (rnd() < 0.3)
              Object.assign(o, {
                command: 'setWindow',
                from: `20${10 + Math.floor(rnd() * 25)}-${String(1 + Math.floor(rnd() * 13)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 31)).padStart(2, '0')}`,
                to: '2026-01-29',
              });
            if (rnd() < 0.1)
              m = {
                type: 'frontier-map:command',
                command: 'flyTo',
                center: [60 + rnd() * 20, 30 + rnd() * 15],
                zoom: rnd() * 14,
                duration: Math.floor(rnd() * 50),
              };
            else m = o;
          }
          try {
            w.postMessage(m, '*');
          } catch {
            /* not cloneable: the browser refuses it before the map sees it */
          }
        }
      }, 1000 + batch);
      await g.page.waitForTimeout(150);
      const s = await mapState(f);
      expect(Number.isFinite(s.window.start) && Number.isFinite(s.window.end)).toBe(true);
      expect(s.window.start).toBeLessThan(s.window.end);
      expect(s.window.start).toBeGreaterThanOrEqual(s.bounds.start);
      expect(s.window.end).toBeLessThanOrEqual(s.bounds.end);
      expect(s.selected === null || ids.includes(s.selected)).toBe(true);
      expect(Object.keys(s.layers).sort()).toEqual(['coverage', 'density', 'events', 'outposts', 'places', 'regions', 'rivers']);
      expect(Object.values(s.layers).every((v) => typeof v === 'boolean')).toBe(true);
      expect([...s.camera.center, s.camera.zoom, s.camera.bearing, s.camera.pitch].every(Number.isFinite)).toBe(true);
      expect(['window', 'cumulative']).toContain(s.mode);
      expect(s.speed > 0 && s.speed <= 3650).toBe(true);
    }
    expect(Date.now() - started).toBeLessThan(45_000);
    await f.evaluate(() => window.__frontier!.store.getState().setPlaying(false));
    expect(g.errors).toEqual([]);
  });

  it('a message from a non-allowed origin is ignored with a warning, and events are not sent there', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const offOrigin: string[] = [];
    await ctx.route('**/*', (route) => {
      const u = route.request().url();
      if (u.startsWith(origin) || u.startsWith(otherOrigin) || /^(data|blob|about):/.test(u)) return route.continue();
      offOrigin.push(u);
      return route.abort();
    });
    const page = await ctx.newPage();
    const warnings: string[] = [];
    const errors: string[] = [];
    page.on('console', (m) => (m.type() === 'warning' ? warnings : m.type() === 'error' ? errors : []).push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    // Host on localhost, map on 127.0.0.1 whose allow-list is its own origin (the default).
    await page.goto(`${otherOrigin}/host-example.html?src=${encodeURIComponent(`${origin}/?embed=1`)}`);
    const f = await embedFrame(page);
    await page.locator('#select').click();
    await page.locator('#pause').click();
    await expect
      .poll(() => warnings.filter((w) => w.includes(`origin "${otherOrigin}" is not allowed`)).length, { timeout: 5_000 })
      .toBeGreaterThanOrEqual(2);
    expect((await mapState(f)).selected).toBeNull();
    expect(await hostEvents(page)).toEqual([]);
    // The same host, once allowed by the embedder's URL, is obeyed and hears events.
    await page.goto(`${otherOrigin}/host-example.html?src=${encodeURIComponent(`${origin}/?embed=1&origins=${otherOrigin}`)}`);
    const f2 = await embedFrame(page);
    await page.locator('#select').click();
    await expect.poll(async () => (await mapState(f2)).selected).toBe('shadak-attack');
    await expect.poll(async () => (await hostEvents(page)).map((e) => e['event'])).toContain('ready');
    expect({ errors, offOrigin }).toEqual({ errors: [], offOrigin: [] });
    await ctx.close();
  });

  it('a host learns nothing from its own select: a known and an unknown id both get no reply', async () => {
    await g.page.goto(`${origin}/host-example.html`);
    const f = await embedFrame(g.page);
    await expect.poll(async () => (await hostEvents(g.page)).map((e) => e['event']), { timeout: 10_000 }).toContain('ready');
    await waitForIdle(g.page).catch(() => undefined);
    const send = (id: string | null): Promise<void> =>
      g.page.evaluate((x) => (window as unknown as { send(c: string, f: object): void }).send('select', { id: x }), id);
    /** Events the host hears in the 800 ms after sending a select for `id` (windowchange is throttled to 100 ms). */
    const replyTo = async (id: string | null): Promise<Array<Record<string, unknown>>> => {
      const before = (await hostEvents(g.page)).length;
      await send(id);
      await g.page.waitForTimeout(800);
      return (await hostEvents(g.page)).slice(before).filter((e) => e['event'] !== 'resize');
    };
    expect(await replyTo('shadak-attack')).toEqual([]);
    expect((await mapState(f)).selected).toBe('shadak-attack');
    expect(await replyTo('no-such-event')).toEqual([]);
    expect((await mapState(f)).selected).toBe('shadak-attack');
    expect(await replyTo(null)).toEqual([]);
    expect((await mapState(f)).selected).toBeNull();
    // A selection made in the map itself is still reported.
    await f.evaluate(() => window.__frontier!.store.getState().select('shadak-attack'));
    await expect
      .poll(async () => (await hostEvents(g.page)).filter((e) => e['event'] === 'select').at(-1))
      .toMatchObject({ id: 'shadak-attack' });
  });

  it('a host API that fails to load in the frame is loaded again by the host’s next command, which it then carries out', async () => {
    const h = await guardedPage(browser, origin);
    const page = h.page;
    let seen = 0;
    await page.route(/\/assets\/hostApi-[\w-]+\.js$/, (route) => (seen++ === 0 ? route.abort('connectionreset') : route.continue()));
    await page.goto(`${origin}/host-example.html`);
    const f = await embedFrame(page);
    await expect.poll(() => seen).toBe(1);
    await page.waitForTimeout(500);
    expect((await hostEvents(page)).map((e) => e['event'])).not.toContain('ready');
    await page.evaluate(() => (window as unknown as { send(c: string, f: object): void }).send('select', { id: 'shadak-attack' }));
    await expect.poll(async () => (await hostEvents(page)).map((e) => e['event']), { timeout: 10_000 }).toContain('ready');
    await expect.poll(async () => (await mapState(f)).selected).toBe('shadak-attack');
    expect(seen).toBe(2);
    // The dropped request and its report are the only errors; nothing left the origin.
    expect(h.errors.filter((e) => !/ERR_CONNECTION_RESET|host API failed to load/.test(e))).toEqual([]);
    expect(h.offOrigin).toEqual([]);
    await h.context.close();
  });

  it('an embed imports nothing (no drop, no picker, no ?data= fetch) unless its URL says import=1', async () => {
    const asset = readdirSync(new URL('../dist/assets/', import.meta.url)).find((f) => /^events-.*\.json$/.test(f))!;
    const page = g.page;
    const fetched: string[] = [];
    const onRequest = (r: { url(): string }): void => {
      if (r.url().includes(`data-probe=`)) fetched.push(r.url());
    };
    page.on('request', onRequest);
    const ids = (): Promise<string[]> =>
      page.evaluate(() => (window.__frontier!.store.getState().data.dataset?.events ?? []).map((e) => e.id).sort());
    const drop = (): Promise<boolean> =>
      page.evaluate(() => {
        const dt = new DataTransfer();
        const row = 'event_id_cnty,event_date\nDROP1,2025-11-30';
        dt.items.add(new File([row], 'dropped.csv', { type: 'text/csv' }));
        const over = new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true });
        document.body.dispatchEvent(over);
        const dropped = new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true });
        document.body.dispatchEvent(dropped);
        // Both cancelled, so the browser does not open the file in the frame either.
        return over.defaultPrevented && dropped.defaultPrevented;
      });
    const data = `data=${encodeURIComponent(`assets/${asset}?data-probe=1`)}&datamode=replace`;
    await openApp(g, origin, `/?embed=1&${data}`);
    const defaults = await ids();
    expect(await drop()).toBe(true);
    await page.waitForTimeout(1_000);
    expect(await ids()).toEqual(defaults);
    expect(fetched).toEqual([]);
    expect(await page.locator('[data-testid="import-file"]').count()).toBe(0);
    expect(await page.evaluate(() => (document.querySelector('[data-testid="data-dialog"]') as HTMLDialogElement).open)).toBe(false);
    // The embedder may switch importing on.
    await openApp(g, origin, `/?embed=1&import=1&${data}`);
    await expect
      .poll(() => page.locator('[data-testid="import-status"]').innerText(), { timeout: 30_000 })
      .toMatch(/^Imported: \d+ — events-/);
    expect(fetched).toHaveLength(1);
    expect(await page.locator('[data-testid="import-file"]').count()).toBe(1);
    page.off('request', onRequest);
  });

  it('stayed clean: no console errors, no failed or off-origin requests', async () => {
    await waitForIdle(g.page).catch(() => undefined);
    expect(cleanLog(g)).toEqual({ errors: [], failed: [], offOrigin: [] });
  });
});
