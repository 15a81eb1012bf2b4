import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../load/loadDataset';
import { readDatasetFiles, readGeoLookup } from '../load/readDatasetFiles';
import { timelineBounds } from '../state/bounds';
import { parseBriefing, parseStepParams, withStepParams } from './briefing';

const dataDir = new URL('../../data/', import.meta.url);
const parsed = parseDataset(readDatasetFiles(dataDir), readGeoLookup(dataDir)!);
if (!parsed.ok) throw new Error('dataset invalid');
const dataset = parsed.dataset;
const articles = dataset.sources.flatMap((s) => (s.text === undefined ? [] : [s.text]));
const facts = { ...dataset, articles };
const bounds = timelineBounds(dataset);
const shipped = JSON.parse(readFileSync(new URL('briefings/csto-2025-26.json', dataDir), 'utf8')) as {
  steps: Array<Record<string, unknown>>;
};

describe('parseBriefing', () => {
  it('the shipped briefing is valid and takes every title and text from the data', () => {
    const r = parseBriefing(shipped, facts, bounds, 'csto-2025-26.json');
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.briefing.title).toBe('CSTO programme and the 2025–26 incidents');
    expect(r.briefing.steps.length).toBeGreaterThanOrEqual(8);
    const shadak = r.briefing.steps.find((s) => s.selectedId === 'shadak-attack');
    expect(shadak?.title).toBe(dataset.events.find((e) => e.id === 'shadak-attack')?.title);
    expect(shadak?.window.end).toBe(shadak!.window.start + 1);
  });
  it.each([
    ['an invented title', { title: 'Border falls' }, /title: must be an event title/],
    ['invented text', { text: 'Thousands of troops deployed.' }, /text: must be a passage/],
    ['an unknown event', { select: 'no-such-event' }, /select: no event/],
    ['a reversed window', { from: '2026-01-01', to: '2025-01-01' }, /to: before from/],
    ['a bad camera', { camera: '500,1,2' }, /camera: invalid cam/],
    ['an unknown layer', { layers: ['satellite'] }, /layers: invalid layers/],
    ['an unknown filter', { filters: { colour: 'red' } }, /filters: unknown filter "colour"/],
    ['a bad filter value', { filters: { kind: 'riot' } }, /filters: invalid kind: "riot"/],
    ['a filter value that is not a string', { filters: { km: 5 } }, /filters.*expected filter values as strings/],
  ])('rejects a step with %s, naming file, step and field', (_n, patch, re) => {
    const bad = { ...shipped, steps: [{ ...shipped.steps[0], ...patch }] };
    const r = parseBriefing(bad, facts, bounds, 'x.json');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.join('\n')).toMatch(re);
      expect(r.errors[0]).toMatch(/^x\.json: steps\[0\]\./);
    }
  });
  it('a step may set filters (by URL parameter); a step without them shows none', () => {
    const withFilters = {
      ...shipped,
      steps: [{ ...shipped.steps[0], filters: { kind: 'incident', q: 'Shadak', km: '5' } }, shipped.steps[1]],
    };
    const r = parseBriefing(withFilters, facts, bounds, 'x.json');
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.briefing.steps[0]!.filters).toEqual({ kind: ['incident'], search: 'Shadak', maxDistanceKm: 5 });
    expect(r.briefing.steps[1]!.filters).toEqual({});
  });
  it('a step may quote an article, checked against the texts it is given (none: rejected)', () => {
    const passage = 'finalising the necessary financial arrangements';
    expect(articles.some((a) => a.includes(passage))).toBe(true);
    expect(dataset.events.some((e) => e.summary?.includes(passage))).toBe(false);
    const quoting = { ...shipped, steps: [{ ...shipped.steps[0], text: passage }] };
    expect(parseBriefing(quoting, facts, bounds, 'x.json').ok).toBe(true);
    expect(parseBriefing(quoting, { ...facts, articles: [] }, bounds, 'x.json').ok).toBe(false);
  });
  it('rejects empty and non-object input', () => {
    expect(parseBriefing(null, facts, bounds, 'x').ok).toBe(false);
    expect(parseBriefing({ id: 'a', title: 't', steps: [] }, facts, bounds, 'x').ok).toBe(false);
  });
});

describe('step parameters', () => {
  const count = (id: string): number | null => (id === 'b' ? 5 : null);
  it.each([
    ['?briefing=b&step=3', { id: 'b', index: 2 }],
    ['?briefing=b', { id: 'b', index: 0 }],
    ['?briefing=b&step=0', { id: 'b', index: 0 }],
    ['?briefing=b&step=99', { id: 'b', index: 0 }],
    ['?briefing=b&step=x', { id: 'b', index: 0 }],
    ['?briefing=nope&step=2', null],
    ['?step=2', null],
  ])('%s', (q, expected) => expect(parseStepParams(q, count)).toEqual(expected));
  it('withStepParams keeps other parameters and removes its own on exit', () => {
    expect(withStepParams('?cam=1&step=9', 'b', 1)).toBe('?cam=1&step=2&briefing=b');
    expect(withStepParams('?cam=1&briefing=b&step=2', null, 0)).toBe('?cam=1');
    expect(withStepParams('?briefing=b&step=2', null, 0)).toBe('');
  });
});
