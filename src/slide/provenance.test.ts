import { describe, expect, it } from 'vitest';
import { createAppStore } from '../state/appStore';
import { isoDayToDayNumber as day } from '../calendar/dates';
import { captionLines, isoSecond, pngTextEntries, provenanceLines, provenanceStamp, viewPermalink, type Provenance } from './provenance';
import { defaultLayers } from '../overlays/registry';
import { filtersFromParams } from '../filters/apply';

const bounds = { start: day('2013-01-01'), end: day('2030-01-01') };

describe('captionLines', () => {
  const w = { start: day('2025-11-01'), end: day('2025-12-01') };
  it('gives the window with its count, then the layers shown, in the UI language', () => {
    expect(captionLines({ window: w, eventCount: 3, layers: defaultLayers(), lang: 'en' })).toEqual([
      '1 Nov 2025 – 30 Nov 2025 · 3 events',
      'Layers: Events, Crossings, CSTO coverage, Settlements, Regions, and Rivers',
    ]);
  });
  it('says when no layer is shown, and speaks Russian', () => {
    const none = Object.fromEntries(Object.keys(defaultLayers()).map((k) => [k, false])) as ReturnType<typeof defaultLayers>;
    const lines = captionLines({ window: w, eventCount: 1, layers: none, lang: 'ru' });
    expect(lines[1]).toBe('Слои: нет');
    expect(lines[0]).toMatch(/1 событие/);
  });
  it('lists only the layers shown', () => {
    const layers = { ...defaultLayers(), places: false, regions: false, rivers: false, coverage: false };
    expect(captionLines({ window: w, eventCount: 0, layers, lang: 'en' })[1]).toBe('Layers: Events and Crossings');
  });
  it('with filters on, counts "X of Y events" and names the filters before the layers', () => {
    const lines = captionLines({
      window: w,
      eventCount: 2,
      eventTotal: 5,
      filters: ['Kind: incidents'],
      layers: defaultLayers(),
      lang: 'en',
    });
    expect(lines.slice(0, 2)).toEqual(['1 Nov 2025 – 30 Nov 2025 · 2 of 5 events', 'Filters on: Kind: incidents']);
    expect(lines[2]).toMatch(/^Layers: /);
  });
});

describe('viewPermalink', () => {
  it('holds the view parameters of the store and drops everything else', () => {
    const store = createAppStore(bounds);
    store.getState().setWindow({ start: day('2025-11-01'), end: day('2025-12-01') });
    store.getState().select('shadak-attack', false);
    const url = new URL(viewPermalink('https://map.example/app/?embed=1&data=x.csv#h', store.getState()));
    expect(url.origin + url.pathname).toBe('https://map.example/app/');
    expect(url.hash).toBe('');
    expect(url.searchParams.get('from')).toBe('2025-11-01');
    expect(url.searchParams.get('to')).toBe('2025-11-30');
    expect(url.searchParams.get('sel')).toBe('shadak-attack');
    expect(url.searchParams.has('cam')).toBe(true);
    expect(url.searchParams.has('embed')).toBe(false);
    expect(url.searchParams.has('data')).toBe(false);
  });
  it('holds the active filters by their URL parameters', () => {
    const store = createAppStore(bounds);
    store.getState().setFilters(filtersFromParams({ kind: 'incident', q: 'Shadak' }));
    const url = new URL(viewPermalink('https://map.example/app/', store.getState()));
    expect(url.searchParams.get('kind')).toBe('incident');
    expect(url.searchParams.get('q')).toBe('Shadak');
  });
  it('adds the briefing step (1-based) when given', () => {
    const store = createAppStore(bounds);
    const url = new URL(viewPermalink('file:///tmp/frontier-map.html', store.getState(), { briefing: 'csto-2025-26', index: 2 }));
    expect(url.protocol).toBe('file:');
    expect(url.searchParams.get('briefing')).toBe('csto-2025-26');
    expect(url.searchParams.get('step')).toBe('3');
  });
});

describe('provenance texts', () => {
  const p: Provenance = {
    title: 'Нападение на Шодак',
    permalink: 'https://map.example/?cam=70.6,38,7',
    dataVersion: 'ab'.repeat(32),
    exportedAt: new Date('2026-12-02T00:10:05.123Z'),
    credits: ['© OpenStreetMap contributors (ODbL 1.0)', 'GeoNames (CC BY 4.0)'],
    caption: ['1–30 Nov 2025 · 3 events', 'Layers: Events'],
  };
  it('isoSecond drops the milliseconds', () => expect(isoSecond(p.exportedAt)).toBe('2026-12-02T00:10:05Z'));
  it('footer lines name the permalink, the full data hash and the time', () => {
    expect(provenanceLines(p, 'en')).toEqual([
      'Permalink: https://map.example/?cam=70.6,38,7',
      `Data version (SHA-256): ${'ab'.repeat(32)} · Exported: 2026-12-02T00:10:05Z`,
    ]);
  });
  it('the map stamp is short', () => expect(provenanceStamp(p)).toBe('Frontier Map · data abababababab · 2026-12-02 00:10:05Z'));
  it('PNG entries: permalink as Source, the hash, UTF-8 title and credits', () => {
    const e = Object.fromEntries(pngTextEntries(p).map((x) => [x.keyword, x]));
    expect(e['Source']?.text).toBe(p.permalink);
    expect(e['Data version']?.text).toBe(`sha256:${p.dataVersion}`);
    expect(e['Comment']?.text).toContain(`data-sha256=${p.dataVersion}`);
    expect(e['Title']).toEqual({ keyword: 'Title', text: p.title, utf8: true });
    expect(e['Copyright']?.text).toBe(p.credits.join('\n'));
  });
});
