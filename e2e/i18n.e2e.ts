/** Language: the UI switches fully between English, Russian and Tajik (lang=ru / lang=tg in the URL). */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cleanLog, guardedPage, isoDay, openApp, setWindow, useAppSession, sourcePanelShows } from './browser';

const origin = inject('origin');

/** English words from the UI that must not show in the Russian UI. */
const ENGLISH =
  /\b(Legend|Layers|Events|Rivers|Settlements|Crossings|Play|Speed|Mode|Moving window|Show context|Import|Stage|CSTO programme|Village-level|Incidents|Meetings|in window)\b/;

describe('English / Russian', () => {
  const app = useAppSession(origin, '/?lang=ru');

  it('lang=ru: page language, title, top bar, legend, list, controls and timeline are Russian', async () => {
    expect(await app.g.page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(await app.g.page.title()).toBe('Карта границы · Таджикистан–Афганистан');
    expect(await app.g.page.locator('#map').getAttribute('aria-label')).toBe('Карта таджикско-афганской границы');
    const ui = await app.g.page.evaluate(() =>
      ['#topbar', '#side', '.tl-controls', '.tl-svg .tl-rows', '.tl-svg .tl-bands', '[data-testid="coverage-note"]']
        .map((s) => (document.querySelector(s) as HTMLElement | null)?.innerText ?? document.querySelector(s)?.textContent ?? '')
        .join('\n'),
    );
    expect(ui).toContain('Легенда');
    expect(ui).toContain('Инциденты');
    expect(ui).toContain('Импорт / экспорт');
    expect(ui).not.toMatch(ENGLISH);
    expect(await app.g.page.locator('[data-testid="timeline-svg"]').getAttribute('aria-label')).toMatch(/^Шкала времени/);
  });

  it('the data dialog and the source panel are Russian', async () => {
    await app.g.page.click('[data-testid="data-button"]');
    // The dialog's module loads on the first click; it opens once it is there.
    await app.g.page.locator('[data-testid="data-dialog"][open]').waitFor();
    const dialog = await app.g.page.locator('[data-testid="data-dialog"]').innerText();
    expect(dialog).toContain('Импорт и экспорт данных');
    expect(dialog).toContain('Скачать GeoJSON');
    expect(dialog).not.toMatch(ENGLISH);
    await app.g.page.keyboard.press('Escape');
    await app.g.page.evaluate(() => window.__frontier!.store.getState().select('shadak-attack'));
    await sourcePanelShows(app.g.page, 'shadak-attack');
    const panel = await app.g.page.locator('[data-testid="source-panel"]').innerText();
    expect(panel).toContain('Дата');
    expect(panel).toContain('(день)');
    expect(panel).toContain('населённый пункт');
    await app.g.page.keyboard.press('Escape');
  });

  it('the top-bar tools, Share / Embed and Export image dialogs and the briefing presenter are Russian', async () => {
    await expect(app.g.page.locator('[data-testid="briefing-button"]').innerText()).resolves.toBe('Брифинг');
    await expect(app.g.page.locator('[data-testid="share-button"]').innerText()).resolves.toBe('Поделиться / встроить');
    await expect(app.g.page.locator('[data-testid="png-export-button"]').innerText()).resolves.toBe('Экспорт изображения');
    const TOOLS_EN =
      /\b(Share|Embed|Copy link|Copy code|Autoplay|Live preview|Size|Show|Timeline|Event list|Zoom buttons|View full map|Export image|Title|Screen size|Slide|landscape|Download PNG|Previous|Next|Briefing)\b/;

    await app.g.page.click('[data-testid="share-button"]');
    await app.g.page.locator('[data-testid="share-dialog"][open]').waitFor();
    const share = await app.g.page.locator('[data-testid="share-dialog"]').innerText();
    expect(share).toContain('Поделиться / встроить');
    expect(share).toContain('Ссылка на этот вид');
    expect(share).toContain('Копировать код');
    expect(share).toContain('Код для встраивания');
    expect(share).toContain('Автовоспроизведение');
    expect(share).toContain('Ссылка «Открыть полную карту»');
    expect(share).not.toMatch(ENGLISH);
    expect(share).not.toMatch(TOOLS_EN);
    expect(await app.g.page.locator('[data-testid="share-permalink"]').getAttribute('aria-label')).toBe('Постоянная ссылка');
    expect(await app.g.page.locator('[data-testid="share-preview"]').getAttribute('title')).toBe('Предпросмотр встроенной карты');
    expect(await app.g.page.locator('[data-testid="share-snippet"]').inputValue()).toContain('title="Карта таджикско-афганской границы"');
    await app.g.page.keyboard.press('Escape');

    await app.g.page.click('[data-testid="png-export-button"]');
    const exp = await app.g.page.locator('[data-testid="png-export-dialog"]').innerText();
    expect(exp).toContain('Экспорт изображения');
    expect(exp).toContain('Заголовок');
    expect(exp).toContain('Слайд 1920 × 1080');
    expect(exp).toContain('Скачать PNG');
    expect(exp).not.toMatch(ENGLISH);
    expect(exp).not.toMatch(TOOLS_EN);
    expect(await app.g.page.locator('[data-testid="png-export-dialog"] .panel-close').getAttribute('aria-label')).toBe('Закрыть');
    await app.g.page.keyboard.press('Escape');

    await app.g.page.click('[data-testid="briefing-button"]');
    await expect(app.g.page.locator('[data-testid="presenter-next"]').innerText()).resolves.toBe('Далее →');
    await expect(app.g.page.locator('[data-testid="presenter-prev"]').innerText()).resolves.toBe('← Назад');
    expect(await app.g.page.locator('[data-testid="presenter-next"]').getAttribute('aria-label')).toBe('Следующий шаг (→)');
    expect(await app.g.page.locator('[data-testid="presenter-exit"]').getAttribute('aria-label')).toBe('Выйти из режима презентации');
    expect(await app.g.page.locator('[data-testid="presenter"]').getAttribute('aria-label')).toBe('Брифинг');
    expect(await app.g.page.locator('.presenter progress').getAttribute('aria-label')).toBe('Ход брифинга');
    expect(await app.g.page.locator('[data-testid="presenter-count"]').getAttribute('title')).toMatch(/^Шаг 1 из \d+$/);
    // The open card follows a language switch at once.
    await app.g.page.evaluate(() => window.__frontier!.store.getState().setLang('en'));
    await expect(app.g.page.locator('[data-testid="presenter-next"]').innerText()).resolves.toBe('Next →');
    await app.g.page.evaluate(() => window.__frontier!.chooseLang('ru'));
    await expect(app.g.page.locator('[data-testid="presenter-next"]').innerText()).resolves.toBe('Далее →');
    await app.g.page.click('[data-testid="presenter-exit"]');
    await expect(app.g.page.locator('[data-testid="presenter"]').count()).resolves.toBe(0);
  });

  it('Russian counts take their plural form and days are written in full, in the list and in the readout', async () => {
    const readout = app.g.page.locator('[data-testid="window-readout"]');
    await setWindow(app.g.page, '2026-01-29', '2026-01-30');
    await expect.poll(() => readout.textContent()).toBe('29 января 2026 · 2 события');
    await setWindow(app.g.page, '2025-11-26', '2025-12-02');
    await expect.poll(() => readout.textContent()).toBe('26 ноября 2025 – 1 декабря 2025 · 7 событий');
    await setWindow(app.g.page, '2025-11-30', '2025-12-01');
    await expect.poll(() => readout.textContent()).toBe('30 ноября 2025 · 4 события');
    const row = app.g.page.locator('[data-testid="event-list"] [data-event-id="shadak-attack"]');
    await expect(row.locator('.ev-date').textContent()).resolves.toBe('30 ноября 2025');
    // Titles are in Russian: no fallback marker; the English-only summary is marked.
    await expect(row.locator('[data-testid="fallback-mark"]').count()).resolves.toBe(0);
    await app.g.page.evaluate(() => window.__frontier!.store.getState().select('shadak-attack'));
    await expect(app.g.page.locator('[data-testid="source-panel"] .summary').innerText()).resolves.toMatch(/ \(на английском\)$/);
    await app.g.page.keyboard.press('Escape');
  });

  it('map labels use name_ru; switching the select to English switches everything back', async () => {
    const field = await app.g.page.evaluate(() => JSON.stringify(window.__frontier!.map.getLayoutProperty('regions-label', 'text-field')));
    expect(field).toContain('name_ru');
    await app.g.page.selectOption('[data-testid="lang"]', 'en');
    expect(await app.g.page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await app.g.page.locator('#side').innerText()).toContain('Legend');
    expect(await app.g.page.locator('[data-testid="data-button"]').innerText()).toBe('Import / export');
    expect(await app.g.page.locator('[data-testid="briefing-button"]').innerText()).toBe('Briefing');
    expect(await app.g.page.locator('[data-testid="share-button"]').innerText()).toBe('Share / Embed');
    expect(await app.g.page.locator('[data-testid="png-export-button"]').innerText()).toBe('Export image');
    expect(
      JSON.stringify(await app.g.page.evaluate(() => window.__frontier!.map.getLayoutProperty('regions-label', 'text-field'))),
    ).not.toContain('name_ru');
    await expect.poll(() => app.g.page.evaluate(() => location.search)).not.toContain('lang=ru');
    expect(cleanLog(app.g)).toEqual({ errors: [], failed: [], offOrigin: [] });
  });
});

/** English words of the UI chrome, and Russian ones, that must not show in the Tajik UI. */
const RUSSIAN = /(Легенда|Слои|Инциденты|Встречи|Импорт|экспорт|Скорость|Режим|Пуск|Реки|Населённые|Показывать|Шкала времени|Брифинг)/;
const TAJIK_MONTH = '(январ|феврал|март|апрел|май|июн|июл|август|сентябр|октябр|ноябр|декабр)';

describe('Tajik', () => {
  const tj = useAppSession(origin, '/?lang=tg');
  const page = (): Page => tj.g.page;

  it('lang=tg: page language, title, menu, top bar, legend, controls and timeline rows are Tajik', async () => {
    expect(await page().evaluate(() => document.documentElement.lang)).toBe('tg');
    expect(await page().title()).toBe('Харитаи сарҳад · Тоҷикистон–Афғонистон');
    expect(await page().locator('#map').getAttribute('aria-label')).toBe('Харитаи сарҳади Тоҷикистону Афғонистон');
    await expect(page().locator('[data-testid="lang"]').inputValue()).resolves.toBe('tg');
    await expect(page().locator('[data-testid="lang"] option').allInnerTexts()).resolves.toEqual(['English', 'Русский', 'Тоҷикӣ']);
    const chrome = await page().evaluate(() =>
      ['#topbar', '[data-testid="legend"]', '.tl-controls', '.tl-svg .tl-rows']
        .map((s) => (document.querySelector(s) as HTMLElement | null)?.innerText ?? document.querySelector(s)?.textContent ?? '')
        .join('\n'),
    );
    expect(chrome).toContain('Аломатҳои шартӣ');
    expect(chrome).toContain('Ҳодисаҳо');
    expect(chrome).toContain('Мулоқотҳо');
    expect(chrome).toContain('Воридот / содирот');
    expect(chrome).toContain('Қабатҳо');
    expect(chrome).toContain('Суръат');
    expect(chrome).not.toMatch(ENGLISH);
    expect(chrome).not.toMatch(RUSSIAN);
    expect(await page().locator('[data-testid="timeline-svg"]').getAttribute('aria-label')).toMatch(/^Хати замон/);
    await expect(page().locator('[data-testid="briefing-button"]').innerText()).resolves.toBe('Маълумотдиҳӣ');
  });

  it('the list, readout, source panel and coverage note show Tajik dates and mark text shown in Russian or English', async () => {
    await setWindow(page(), '2025-11-30', '2025-12-01');
    await expect.poll(() => page().locator('[data-testid="window-readout"]').textContent()).toBe('30 ноябр 2025 · 4 рӯйдод');
    const row = page().locator('[data-testid="event-list"] [data-event-id="shadak-attack"]');
    await expect(row.locator('.ev-date').textContent()).resolves.toBe('30 ноябр 2025');
    // The incident has a Tajik title: shown unmarked.
    await expect(row.locator('.ev-title [data-testid="fallback-mark"]').count()).resolves.toBe(0);
    // The announcement has none: the Russian one is shown, marked, and tagged as Russian for screen readers.
    const ruRow = page().locator('[data-testid="event-list"] [data-event-id="semrikov-equipment"]');
    await expect(ruRow.locator('.ev-title [data-testid="fallback-mark"]').textContent()).resolves.toBe('(бо забони русӣ)');
    await expect(ruRow.locator('.ev-title').getAttribute('lang')).resolves.toBe('ru');
    await page().evaluate(() => window.__frontier!.store.getState().select('shadak-attack'));
    await sourcePanelShows(page(), 'shadak-attack');
    const panel = page().locator('[data-testid="source-panel"]');
    const text = await panel.innerText();
    expect(text).toContain('Сана');
    expect(text).toContain('30 ноябр 2025 (рӯз)');
    expect(text).toContain('деҳа / маҳалли аҳолинишин');
    expect(text).toContain('Сарчашмаҳо');
    await expect(panel.locator('#source-panel-title [data-testid="fallback-mark"]').count()).resolves.toBe(0);
    // The summary exists only in English.
    await expect(panel.locator('.summary').getAttribute('lang')).resolves.toBe('en');
    await expect(panel.locator('.summary [data-testid="fallback-mark"]').textContent()).resolves.toBe('(бо забони англисӣ)');
    await page().screenshot({ path: 'test-results/i18n-tajik.png' });
    await page().evaluate(() => window.__frontier!.store.getState().select('semrikov-equipment'));
    await expect(panel.locator('#source-panel-title [data-testid="fallback-mark"]').textContent()).resolves.toBe('(бо забони русӣ)');
    await page().keyboard.press('Escape');
    const note = await page().locator('[data-testid="coverage-note"]').innerText();
    expect(note).toMatch(/^Барномаи СПАД · .+ \(бо забони русӣ\)/);
  });

  it('the timeline axis is labelled with Tajik month names', async () => {
    const svg = page().locator('[data-testid="timeline-svg"]');
    const box = (await svg.boundingBox())!;
    const x = (iso: string): Promise<number> => page().evaluate((d) => window.__frontier!.timeline.dayToClientX(d), isoDay(iso));
    const ticks = (): Promise<string[]> => page().locator('.tl-axis .tick text').allTextContents();
    // Zoom in around late November 2025 until the ticks name days.
    for (let i = 0; i < 40 && !(await ticks()).some((s) => /^\d{1,2} /.test(s)); i++) {
      await page().mouse.move(await x('2025-11-30'), box.y + 60);
      await page().mouse.wheel(0, -300);
    }
    const labels = await ticks();
    expect(
      labels.some((s) => new RegExp(`^\\d{1,2} ${TAJIK_MONTH}$`).test(s)),
      labels.join(' | '),
    ).toBe(true);
    for (const l of labels) expect(l).toMatch(new RegExp(`^(\\d{4}|(\\d{1,2} )?${TAJIK_MONTH}( \\d{4})?)$`));
  });

  it('map labels coalesce name_tg, then name_ru, then name', async () => {
    const field = JSON.stringify(await page().evaluate(() => window.__frontier!.map.getLayoutProperty('regions-label', 'text-field')));
    expect(field).toContain(JSON.stringify(['coalesce', ['get', 'name_tg'], ['get', 'name_ru'], ['get', 'name']]));
  });

  it('the export dialog is Tajik and the exported image is saved with a Tajik status', async () => {
    await page().click('[data-testid="png-export-button"]');
    const dialog = page().locator('[data-testid="png-export-dialog"]');
    const text = await dialog.innerText();
    expect(text).toContain('Содироти тасвир');
    expect(text).toContain('Боргирии PNG');
    expect(text).not.toMatch(ENGLISH);
    await page().locator('[data-testid="png-export-size-screen"]').check();
    await Promise.all([page().waitForEvent('download', { timeout: 90_000 }), page().locator('[data-testid="png-export-go"]').click()]);
    await expect.poll(() => page().locator('[data-testid="png-export-status"]').innerText()).toMatch(/^PNG \d+ × \d+ нигоҳ дошта шуд$/);
    await dialog.locator('.panel-close').click();
  });

  it('the embed view takes lang=tg from its URL', async () => {
    const g = await guardedPage(tj.browser, origin);
    await openApp(g, origin, '/?embed=1&controls=timeline,legend&lang=tg&from=2025-11-01&to=2025-11-30');
    expect(await g.page.evaluate(() => window.__frontier!.store.getState().view.lang)).toBe('tg');
    expect(await g.page.evaluate(() => document.documentElement.lang)).toBe('tg');
    await expect(g.page.locator('[data-testid="legend"]').innerText()).resolves.toContain('Аломатҳои шартӣ');
    expect(await g.page.locator('[data-testid="timeline-svg"]').getAttribute('aria-label')).toMatch(/^Хати замон/);
    expect(cleanLog(g)).toEqual({ errors: [], failed: [], offOrigin: [] });
    await g.context.close();
  });

  it('stayed clean: no console errors, no failed or off-origin requests', () => {
    expect(cleanLog(tj.g)).toEqual({ errors: [], failed: [], offOrigin: [] });
  });
});
