/**
 * Browser-test fixture: a Chromium driven by playwright-core (never one downloaded at test time),
 * software WebGL, and a network guard that records every request leaving 127.0.0.1 and every
 * console error, so each test can assert there were none.
 *
 * Which Chromium: the system's — $CHROME_PATH, else `chromium` on PATH (Debian's, which `.ci/run`
 * installs). None is fetched by npm or at test time.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Finds the system Chromium: $CHROME_PATH, then `chromium` on PATH; null when there is none. */
export function systemChromiumPath(): string | null {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const p = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (p) return p;
    } catch {
      /* try the next name */
    }
  }
  return null;
}

/** The system Chromium's path; throws with install advice when there is none. */
export function chromiumPath(): string {
  const p = systemChromiumPath();
  if (p) return p;
  throw new Error("No system Chromium found. Install Debian's browser with `apt-get install -y chromium` or set CHROME_PATH.");
}

export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launches Debian's headless Chromium with the project's flags. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS] });
}

export interface GuardedPage {
  page: Page;
  context: BrowserContext;
  /** URLs requested outside the app's origin (must stay empty). */
  offOrigin: string[];
  /** Console errors and uncaught page errors (must stay empty). */
  errors: string[];
  /** Responses with status ≥ 400. */
  failed: string[];
}

const isOwnOrigin = (url: string, origin: string): boolean =>
  url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:');

/** A fresh context and page that records off-origin requests, console errors and failed responses. */
export async function guardedPage(browser: Browser, origin: string, viewport = { width: 1280, height: 800 }): Promise<GuardedPage> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const g: GuardedPage = { page, context, offOrigin: [], errors: [], failed: [] };
  // Block and record anything not from our own origin: the app must work without it.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isOwnOrigin(url, origin)) return route.continue();
    g.offOrigin.push(url);
    return route.abort();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') g.errors.push(m.text());
  });
  page.on('pageerror', (e) => g.errors.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) g.failed.push(`${r.status()} ${r.url()}`);
  });
  return g;
}

/** Opens the app at `path` and waits until data is loaded and the map is idle. */
export async function openApp(g: GuardedPage, origin: string, path = '/'): Promise<void> {
  await g.page.goto(origin + path);
  await g.page.waitForFunction(() => window.__frontier?.ready === true, null, { timeout: 30_000 });
  await waitForIdle(g.page);
}

/** Resolves at the map's next `idle` (or at once if it already is). */
export async function waitForIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__frontier?.map;
        if (!map) return resolve();
        if (map.loaded() && !map.isMoving() && map.areTilesLoaded()) {
          // One more frame lets a pending filter change render before we call it idle.
          map.once('idle', () => resolve());
          map.triggerRepaint();
          return;
        }
        map.once('idle', () => resolve());
      }),
  );
}

/** Day number of an ISO date, computed in the page with the app's own date code path semantics. */
export function isoDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(2000, 0, 1)) / 86_400_000);
}

/** Client coordinates of a lng/lat on the map canvas. */
export async function mapPointToClient(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const map = window.__frontier!.map;
    const p = map.project(ll);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, lngLat);
}

/** Sets the time window through the store (used to set up a scene, not to test scrubbing). */
export async function setWindow(page: Page, fromIso: string, toIsoExclusive: string): Promise<void> {
  await page.evaluate(([a, b]) => window.__frontier!.store.getState().setWindow({ start: a, end: b }), [
    isoDay(fromIso),
    isoDay(toIsoExclusive),
  ] as const);
  await waitForIdle(page);
}

/**
 * Waits until the source panel shows the event or post `id`: the panel's code loads on the first
 * selection, so the panel opens a moment after the click that selects.
 */
export async function sourcePanelShows(page: Page, id: string): Promise<void> {
  await page.locator('[data-testid="source-panel"]:not([hidden]) #source-panel-title').waitFor();
  await page.waitForFunction((want) => window.__frontier!.store.getState().selection.selectedId === want, id);
}

/** Asserts the page stayed clean: no console errors, no failed responses, nothing off-origin. */
export function cleanLog(g: GuardedPage): { errors: string[]; failed: string[]; offOrigin: string[] } {
  return { errors: g.errors, failed: g.failed, offOrigin: g.offOrigin };
}

export interface AppSession {
  readonly browser: Browser;
  readonly g: GuardedPage;
}

/**
 * Registers beforeAll/afterAll that launch Chromium and open the app at `path` once for the
 * file's tests; read `browser` and `g` inside tests (they are set once beforeAll has run).
 */
export function useAppSession(origin: string, path = '/'): AppSession {
  let browser: Browser | undefined;
  let g: GuardedPage | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    g = await guardedPage(browser, origin);
    await openApp(g, origin, path);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser(): Browser {
      if (!browser) throw new Error('browser not launched yet');
      return browser;
    },
    get g(): GuardedPage {
      if (!g) throw new Error('page not opened yet');
      return g;
    },
  };
}
