import { describe, expect, it } from 'vitest';
import { fieldIn, isLang, localized } from './langs';

describe('localized(record, field, lang)', () => {
  const rec = { title: 'Clash', title_ru: 'Столкновение', name: 'Farkhor', name_tg: '' };
  it.each([
    ['en', 'title', { text: 'Clash', lang: 'en', fallback: false }],
    ['ru', 'title', { text: 'Столкновение', lang: 'ru', fallback: false }],
    ['tg', 'title', { text: 'Столкновение', lang: 'ru', fallback: true }],
    ['tg', 'name', { text: 'Farkhor', lang: 'en', fallback: true }],
    ['ru', 'name', { text: 'Farkhor', lang: 'en', fallback: true }],
  ] as const)('%s %s follows the chain', (lang, field, want) => {
    expect(localized(rec, field, lang)).toEqual(want);
  });
  it('is null when the record has no such text', () => expect(localized(rec, 'summary', 'tg')).toBeNull());
});

describe('fieldIn and isLang', () => {
  it.each([
    ['title', 'en', 'title'],
    ['title', 'tg', 'title_tg'],
  ] as const)('%s in %s → %s', (f, l, want) => expect(fieldIn(f, l)).toBe(want));
  it.each([
    ['en', true],
    ['tg', true],
    ['de', false],
    [null, false],
  ] as const)('isLang(%s) = %s', (v, want) => expect(isLang(v)).toBe(want));
});
