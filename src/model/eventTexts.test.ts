/** splitEventTexts / splitPostTexts / withShippedTexts: the events and posts files in two halves, and the texts put back on the records that lack them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DATE_INFERRED_KEY,
  EVENT_TEXT_KEYS,
  splitEventTexts,
  splitPostTexts,
  withShippedTexts,
  type EventTexts,
  type EventTextsById,
} from './eventTexts';
import type { Dataset, FrontierEvent, Outpost } from './types';
import { TRANSLATED_LANGS, fieldIn } from '../i18n/langs';

const SHIPPED = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')) as Array<Record<string, unknown>>;

describe('splitEventTexts', () => {
  it.each([
    [
      'summary and notes go apart',
      [{ id: 'a', title: 'T', summary: 'S', notes: ['n'] }],
      [{ id: 'a', title: 'T' }],
      { a: { summary: 'S', notes: ['n'] } },
    ],
    [
      'every language of the summary goes apart',
      [{ id: 'a', summary_ru: 'С', summary_tg: 'Х' }],
      [{ id: 'a' }],
      { a: { summary_ru: 'С', summary_tg: 'Х' } },
    ],
    ['an event without texts has no entry', [{ id: 'a', title: 'T' }], [{ id: 'a', title: 'T' }], {}],
    [
      'the English title stays; the translations go apart',
      [{ id: 'a', title: 'T', title_ru: 'Т', title_tg: 'Т', summary: '' }],
      [{ id: 'a', title: 'T' }],
      { a: { title_ru: 'Т', title_tg: 'Т', summary: '' } },
    ],
    [
      'how the date was inferred goes apart; the rest of the date stays',
      [{ id: 'a', date: { start: '2021-07-05', precision: 'day', inferred: 'I' } }],
      [{ id: 'a', date: { start: '2021-07-05', precision: 'day' } }],
      { a: { date_inferred: 'I' } },
    ],
    [
      'a date without an inference stays whole',
      [{ id: 'a', date: { start: '2021-07', precision: 'month' }, summary: 'S' }],
      [{ id: 'a', date: { start: '2021-07', precision: 'month' } }],
      { a: { summary: 'S' } },
    ],
    ['a record without a string id passes whole, for validation to name', [{ summary: 'S' }, 3, null], [{ summary: 'S' }, 3, null], {}],
  ])('%s', (_name, records, core, texts) => {
    expect(splitEventTexts(records)).toEqual({ core, texts });
  });

  it("every translated language's title and summary go apart (a new language cannot stay behind in the first half)", () => {
    for (const l of TRANSLATED_LANGS)
      for (const field of ['title', 'summary']) expect(EVENT_TEXT_KEYS as readonly string[]).toContain(fieldIn(field, l));
    expect(EVENT_TEXT_KEYS as readonly string[]).not.toContain('title');
  });

  it('the shipped file: the halves hold every field once, and put together give the file back', () => {
    const { core, texts } = splitEventTexts(SHIPPED);
    expect(core).toHaveLength(SHIPPED.length);
    for (const [i, e] of SHIPPED.entries()) {
      const half = core[i] as Record<string, unknown> & { date: Record<string, unknown> };
      expect(EVENT_TEXT_KEYS.filter((k) => k in half)).toEqual([]);
      expect('inferred' in half.date).toBe(false);
      const { [DATE_INFERRED_KEY]: inferred, ...fields } = (texts[e['id'] as string] ?? {}) as EventTexts;
      expect({ ...half, ...fields, ...(inferred === undefined ? {} : { date: { ...half.date, inferred } }) }).toEqual(e);
    }
    expect(Object.keys(texts).length).toBeGreaterThan(0);
    expect(Object.values(texts).filter((t) => DATE_INFERRED_KEY in t).length).toBeGreaterThan(0);
  });
});

const DAY = { start: '2021-07-05', precision: 'day' } as FrontierEvent['date'];
const ev = (id: string, more: Partial<FrontierEvent> = {}): FrontierEvent => ({ id, title: id, date: DAY, ...more }) as FrontierEvent;
const data = (events: FrontierEvent[], outposts: Outpost[] = []): Dataset => ({
  sources: [],
  reportIndex: [],
  events,
  phases: [],
  outposts,
});
/** The events' texts, and no post notes. */
const only = (events: EventTextsById) => ({ events, posts: {} });

describe('withShippedTexts', () => {
  const texts: EventTextsById = { a: { summary: 'A', notes: ['note'] }, b: { summary: 'B' } };

  it.each<[string, FrontierEvent[], Array<string | undefined>]>([
    ['events without texts get theirs', [ev('a'), ev('b')], ['A', 'B']],
    ['an event with a summary of its own (an import) keeps it', [ev('a', { summary: 'mine' }), ev('b')], ['mine', 'B']],
    ['an event with only notes of its own keeps its own', [ev('a', { notes: ['x'] })], [undefined]],
    ['an event the texts do not name stays as it is', [ev('z')], [undefined]],
  ])('%s', (_name, events, summaries) => {
    expect(withShippedTexts(data(events), only(texts)).events.map((e) => e.summary)).toEqual(summaries);
  });

  it.each<[string, FrontierEvent, string | undefined]>([
    ['an event without texts gets how its date was inferred', ev('c'), 'shipped'],
    ['an event with an inference of its own (an import) keeps it', ev('c', { date: { ...DAY, inferred: 'mine' } }), 'mine'],
    ['an event whose texts hold no inference gets none', ev('b'), undefined],
  ])('%s', (_name, event, inferred) => {
    const withInference: EventTextsById = { ...texts, c: { summary: 'C', date_inferred: 'shipped' } };
    const [out] = withShippedTexts(data([event]), only(withInference)).events;
    expect(out?.date).toEqual({ ...DAY, ...(inferred === undefined ? {} : { inferred }) });
    expect(out).not.toHaveProperty(DATE_INFERRED_KEY);
  });

  it('gives the notes too, and leaves the input alone', () => {
    const d = data([ev('a')]);
    expect(withShippedTexts(d, only(texts)).events[0]).toMatchObject({ id: 'a', summary: 'A', notes: ['note'] });
    expect(d.events[0]?.summary).toBeUndefined();
  });

  it('returns the same dataset when nothing changes, and null for null', () => {
    const once = withShippedTexts(data([ev('a'), ev('z')]), only(texts));
    expect(withShippedTexts(once, only(texts))).toBe(once);
    const none = data([ev('z')]);
    expect(withShippedTexts(none, only(texts))).toBe(none);
    expect(withShippedTexts(null, only(texts))).toBeNull();
  });
});

const POSTS = JSON.parse(readFileSync(new URL('../../data/outposts.json', import.meta.url), 'utf8')) as Array<Record<string, unknown>>;
const post = (id: string, more: Partial<Outpost> = {}): Outpost => ({ id, name: id, ...more }) as Outpost;

describe('splitPostTexts', () => {
  it.each([
    ['the note goes apart', [{ id: 'p', name: 'P', note: 'N' }], [{ id: 'p', name: 'P' }], { p: { note: 'N' } }],
    ['a post without a note has no entry', [{ id: 'p', name: 'P' }], [{ id: 'p', name: 'P' }], {}],
    ['a record without a string id passes whole', [{ note: 'N' }, 7], [{ note: 'N' }, 7], {}],
  ])('%s', (_name, records, core, texts) => {
    expect(splitPostTexts(records)).toEqual({ core, texts });
  });

  it('the shipped file: put together, the halves give the file back', () => {
    const { core, texts } = splitPostTexts(POSTS);
    for (const [i, o] of POSTS.entries()) {
      expect(core[i]).not.toHaveProperty('note');
      expect({ ...(core[i] as object), ...texts[o['id'] as string] }).toEqual(o);
    }
    expect(Object.keys(texts).length).toBeGreaterThan(0);
  });
});

describe('withShippedTexts, posts', () => {
  const texts = { events: {}, posts: { p: { note: 'shipped' } } };

  it.each<[string, Outpost, string | undefined]>([
    ['a post without a note gets its note', post('p'), 'shipped'],
    ['a post with a note of its own keeps it', post('p', { note: 'mine' }), 'mine'],
    ['a post the texts do not name stays as it is', post('q'), undefined],
  ])('%s', (_name, o, note) => {
    expect(withShippedTexts(data([], [o]), texts).outposts[0]?.note).toBe(note);
  });

  it('returns the same dataset when no post changes', () => {
    const d = data([], [post('q')]);
    expect(withShippedTexts(d, texts)).toBe(d);
  });
});
