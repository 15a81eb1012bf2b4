import { describe, expect, it } from 'vitest';
import { isoDayToDayNumber } from './dates.ts';
import type { Lang } from '../state/appStore.ts';
import type { TimeWindow } from './window.ts';
import { readoutText } from './windowText.ts';

const d = (iso: string): number => isoDayToDayNumber(iso);
const nov30: TimeWindow = { start: d('2025-11-30'), end: d('2025-12-01') };

describe('readoutText', () => {
  it.each<[TimeWindow, number, Lang, string]>([
    [nov30, 1, 'en', '30 Nov 2025 · 1 event'],
    [nov30, 2, 'en', '30 Nov 2025 · 2 events'],
    [nov30, 0, 'en', '30 Nov 2025 · 0 events'],
    [nov30, 2, 'ru', '30 ноября 2025 · 2 события'],
    [nov30, 5, 'ru', '30 ноября 2025 · 5 событий'],
    [nov30, 21, 'ru', '30 ноября 2025 · 21 событие'],
    [{ start: d('2025-11-28'), end: d('2025-12-06') }, 2, 'tg', '28 ноябр 2025 – 5 декабр 2025 · 2 рӯйдод'],
  ])('readoutText(%j, %d, %s) is %s', (w, n, lang, want) => {
    expect(readoutText(w, n, lang)).toBe(want);
  });
});
