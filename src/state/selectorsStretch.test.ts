/** The border-stretch filter in the selectors the map, the list and the readout share. */
import { describe, expect, it } from 'vitest';
import type { FrontierEvent } from '../model/types';
import type { BorderMeasure } from '../geo/borderMeasure';
import { NO_MEASURE } from '../geo/borderMeasure';
import { eventCountInWindow, visibleEventIds } from './selectors';
import { initialState } from './appStore';
import { allocRaw } from '../overlays/bulk/raw';
import { buildColumns } from '../overlays/bulk/pack';

const at = (alongKm: number): BorderMeasure => ({ distanceKm: 1, bank: 'tj', alongKm, basis: 'point' });
const event = (id: string, day: number, border: BorderMeasure): FrontierEvent => ({
  id,
  kind: 'incident',
  title: id,
  summary: '',
  date: { start: '2025-01-01', precision: 'day' },
  location: { precision: 'village', asReported: '' },
  sources: [],
  startDay: day,
  endDay: day,
  geometry: [70, 37],
  areaRef: null,
  border,
});

const events = [event('west', 10, at(50)), event('east', 10, at(900)), event('province', 10, NO_MEASURE), event('late-west', 99, at(60))];
const w = { start: 0, end: 50 };

describe('the border-stretch filter', () => {
  it.each([
    ['no stretch: the window alone', null, false, ['west', 'east', 'province'], ['west', 'east', 'province']],
    ['a western stretch keeps what lies along it', { fromKm: 0, toKm: 100 }, false, ['west'], ['west']],
    ['with context, the stretch still hides the rest', { fromKm: 0, toKm: 100 }, true, ['west'], ['west', 'late-west']],
    ['a stretch with nothing on it', { fromKm: 300, toKm: 400 }, false, [], []],
  ] as const)('%s', (_name, stretch, context, inWindow, all) => {
    expect(visibleEventIds(events, w, context, stretch)).toEqual({ inWindow, all });
  });

  it('the readout counts curated and bulk events in the window and the stretch', () => {
    const raw = allocRaw(2);
    raw.startDay.set([10, 10]);
    raw.endDay.set([10, 10]);
    const columns = buildColumns(raw);
    columns.borderAlong.set([40, 500]);
    const base = initialState({ start: 0, end: 1000 });
    const s = {
      time: { ...base.time, window: w },
      data: {
        ...base.data,
        dataset: { sources: [], reports: [], events, phases: [], outposts: [] },
        bulk: {
          name: 'b',
          columns,
          detail: () => {
            throw new Error('unused');
          },
        },
      },
      analysis: { ...base.analysis, stretch: { fromKm: 0, toKm: 100 } },
    };
    expect(eventCountInWindow(s)).toBe(2);
    expect(eventCountInWindow({ ...s, analysis: { ...s.analysis, stretch: null } })).toBe(5);
  });
});
