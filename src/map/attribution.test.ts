import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventCredits } from './attribution';
import { LANGS } from '../i18n/langs';

const reports = (JSON.parse(readFileSync('data/reports.json', 'utf8')) as unknown[]).length;
const articleCount = (JSON.parse(readFileSync('data/sources/index.json', 'utf8')) as unknown[]).length;
const data = (a: number, r: number) => ({
  sources: Array.from({ length: a }) as never[],
  reportIndex: Array.from({ length: r }) as never[],
});

describe('eventCredits', () => {
  it('counts the articles and the cited reports, in every language', () => {
    for (const lang of LANGS) {
      const line = eventCredits(data(articleCount, reports), lang)!;
      expect(line).toContain(String(articleCount));
      expect(line).toContain(String(reports));
      expect(line).not.toMatch(/\{\w+\}/);
    }
    expect(eventCredits(data(3, 60), 'en')).toBe('Events: 3 news articles (quoted in the source panel) and 60 cited reports');
  });

  it('names only what there is', () => {
    expect(eventCredits(data(3, 0), 'en')).toBe('Events: 3 news articles, quoted in the source panel');
    expect(eventCredits(data(0, 5), 'ru')).toBe('События: цитируемые отчёты — 5');
    expect(eventCredits(data(0, 0), 'tg')).toBeNull();
  });
});
