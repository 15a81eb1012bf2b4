/** Language: the UI switches fully between English and Russian (lang=ru in the URL). */
import { describe, expect, inject, it } from 'vitest';
import { cleanLog, useAppSession } from './browser';

const origin = inject('origin');
const app = useAppSession(origin, '/?lang=ru');

/** English words from the UI that must not show in the Russian UI. */
const ENGLISH =
  /\b(Legend|Layers|Events|Rivers|Settlements|Crossings|Play|Speed|Mode|Moving window|Show context|Import|Stage|CSTO programme|Village-level|Incidents|Meetings|in window)\b/;

describe('English / Russian', () => {
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
    const dialog = await app.g.page.locator('[data-testid="data-dialog"]').innerText();
    expect(dialog).toContain('Импорт и экспорт данных');
    expect(dialog).toContain('Скачать GeoJSON');
    expect(dialog).not.toMatch(ENGLISH);
    await app.g.page.keyboard.press('Escape');
    await app.g.page.evaluate(() => window.__frontier!.store.getState().select('shadak-attack'));
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
    await app.g.page.evaluate(() => window.__frontier!.store.getState().setLang('ru'));
    await expect(app.g.page.locator('[data-testid="presenter-next"]').innerText()).resolves.toBe('Далее →');
    await app.g.page.click('[data-testid="presenter-exit"]');
    await expect(app.g.page.locator('[data-testid="presenter"]').count()).resolves.toBe(0);
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
