import { describe, expect, it } from 'vitest';
import { FALLBACK_CHAIN, LANGS, isLang } from './langs.ts';
import { LOCALE_INFO, localeLoaded, localeOf } from './registry.ts';
import { EN_STRINGS } from './locales/en.ts';
import { nameExpr, labelField } from './mapLabels.ts';
import { allTexts, dataText, fallbackMark, markedText } from './dataText.ts';
import { defaultUrlState, parseLangParam, parseUrlState, serialiseUrlState } from '../state/url/urlState.ts';

// Every language's strings are loaded by the unit-test setup (the app loads them on demand).
const LOCALES = Object.fromEntries(LANGS.map((l) => [l, localeOf(l)])) as Record<(typeof LANGS)[number], ReturnType<typeof localeOf>>;

describe('the locale registry', () => {
  it.each(LANGS)('%s: the always-loaded menu entry agrees with the language file', (lang) => {
    expect(localeLoaded(lang)).toBe(true);
    const { name, fallback, intl } = localeOf(lang);
    expect(LOCALE_INFO[lang]).toEqual({ name, fallback, intl });
  });

  it('lists the languages in menu order, base language first', () => expect(LANGS).toEqual(['en', 'ru', 'tg']));

  it.each(LANGS)('%s: every string is filled in, every language has a marker, every plural an "other"', (lang) => {
    const loc = LOCALES[lang];
    for (const key of Object.keys(EN_STRINGS) as Array<keyof typeof EN_STRINGS>) expect(loc.strings[key].trim(), key).not.toBe('');
    for (const other of LANGS) expect(loc.inLanguage[other], other).toMatch(/^\(.+\)$/);
    for (const forms of Object.values(loc.plurals)) expect(forms.other).toContain('{n}');
    expect(loc.fallback.every(isLang)).toBe(true);
    expect(loc.time.months).toHaveLength(12);
  });

  it.each([
    ['en', ['en']],
    ['ru', ['ru', 'en']],
    ['tg', ['tg', 'ru', 'en']],
  ] as const)('the fallback chain of %s is %j', (lang, chain) => expect(FALLBACK_CHAIN[lang]).toEqual(chain));

  // Tajik, not Russian: apart from loanwords and symbols, no Tajik string repeats the Russian one.
  it('Tajik strings are not Russian', () => {
    const shared = new Set(['reportFile', 'unitKm', 'unitM', 'exportSizeSlide']);
    const same = (Object.keys(EN_STRINGS) as Array<keyof typeof EN_STRINGS>).filter(
      (k) => !shared.has(k) && LOCALES.tg.strings[k] === LOCALES.ru.strings[k],
    );
    expect(same).toEqual([]);
    const all = Object.values(LOCALES.tg.strings).join(' ');
    for (const letter of ['ӣ', 'ӯ', 'қ', 'ғ', 'ҳ', 'ҷ']) expect(all, letter).toContain(letter);
    // Letters of Russian that the Tajik alphabet does not have.
    expect(all).not.toMatch(/[щыьц]/i);
  });
});

describe('map labels', () => {
  it.each([
    ['en', ['get', 'name']],
    ['ru', ['coalesce', ['get', 'name_ru'], ['get', 'name']]],
    ['tg', ['coalesce', ['get', 'name_tg'], ['get', 'name_ru'], ['get', 'name']]],
  ] as const)('nameExpr(labelField(%s)) coalesces along the fallback chain', (lang, want) => {
    expect(nameExpr(labelField(lang))).toEqual(want);
  });
});

describe('data text with its fallback marker', () => {
  const phase = { name: 'Stage 3', name_ru: 'Этап 3', summary: 'Adopted', summary_tg: '' };
  it.each([
    ['en', 'name', 'Stage 3', 'Stage 3'],
    ['ru', 'name', 'Этап 3', 'Этап 3'],
    ['tg', 'name', 'Этап 3', 'Этап 3 (бо забони русӣ)'],
    ['tg', 'summary', 'Adopted', 'Adopted (бо забони англисӣ)'],
    ['ru', 'summary', 'Adopted', 'Adopted (на английском)'],
  ] as const)('%s %s → %s, marked %s', (lang, field, text, marked) => {
    expect(dataText(phase, field, lang).text).toBe(text);
    expect(markedText(phase, field, lang)).toBe(marked);
  });
  it('no marker when the text is in the UI language', () => expect(fallbackMark(dataText(phase, 'name', 'ru'), 'ru')).toBe(''));
  it('empty text when the record has none', () => expect(dataText(phase, 'note', 'tg')).toEqual({ text: '', lang: 'tg', fallback: false }));
  it('allTexts lists every language version the record has', () => expect(allTexts(phase, 'name')).toEqual(['Stage 3', 'Этап 3']));
});

describe('the URL takes every registered language', () => {
  const bounds = { start: 4749, end: 10958 };
  it.each(LANGS)('lang=%s round-trips', (lang) => {
    const search = serialiseUrlState({ ...defaultUrlState(bounds), lang }, bounds);
    expect(parseUrlState(search, bounds).state.lang).toBe(lang);
    expect(parseLangParam(lang)).toBe(lang);
  });
  it.each(['de', 'RU', 'tg-TJ', ''])('lang=%j is refused', (v) =>
    expect(() => parseLangParam(v)).toThrow(`invalid lang: ${JSON.stringify(v)}`),
  );
});
