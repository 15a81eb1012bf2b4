import { describe, expect, it } from 'vitest';
import { isoDayToDayNumber as d } from '../../calendar/dates';
import { addMonths, thumbKeyValue, thumbRange, windowWithThumb } from './sliderKeys';

const bounds = { start: d('2020-01-01'), end: d('2027-01-01') };
const w = { start: d('2025-11-01'), end: d('2025-12-01') };

describe('thumbRange', () => {
  it('the start thumb runs from the first bound to the last day; the end thumb from the first day to the last bound', () => {
    expect(thumbRange('start', w, bounds)).toEqual({ min: bounds.start, max: d('2025-11-30'), now: d('2025-11-01') });
    expect(thumbRange('end', w, bounds)).toEqual({ min: d('2025-11-01'), max: d('2026-12-31'), now: d('2025-11-30') });
  });
  it('a one-day window gives both thumbs the same value', () => {
    const one = { start: d('2025-11-30'), end: d('2025-12-01') };
    expect(thumbRange('start', one, bounds).now).toBe(thumbRange('end', one, bounds).now);
  });
});

describe('addMonths', () => {
  it.each([
    ['2025-11-30', 1, '2025-12-30'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-01-15', -1, '2024-12-15'],
    ['2025-12-15', 1, '2026-01-15'],
  ])('addMonths(%s, %i) is %s', (from, n, to) => {
    expect(addMonths(d(from), n)).toBe(d(to));
  });
});

describe('thumbKeyValue', () => {
  const r = thumbRange('start', w, bounds);
  it.each([
    ['ArrowRight', d('2025-11-02')],
    ['ArrowUp', d('2025-11-02')],
    ['ArrowLeft', d('2025-10-31')],
    ['ArrowDown', d('2025-10-31')],
    ['PageUp', d('2025-11-30')],
    ['PageDown', d('2025-10-01')],
    ['Home', bounds.start],
    ['End', d('2025-11-30')],
  ])('%s → the new value', (key, value) => {
    expect(thumbKeyValue(key, r)).toBe(value);
  });
  it('stops at the other thumb and at the bounds', () => {
    const end = thumbRange('end', w, bounds);
    expect(thumbKeyValue('PageDown', end)).toBe(d('2025-11-01'));
    expect(thumbKeyValue('ArrowLeft', { min: 5, max: 9, now: 5 })).toBe(5);
    expect(thumbKeyValue('ArrowRight', { min: 5, max: 9, now: 9 })).toBe(9);
  });
  it('other keys are not slider keys', () => {
    expect(thumbKeyValue(' ', r)).toBeNull();
    expect(thumbKeyValue('a', r)).toBeNull();
  });
});

describe('windowWithThumb', () => {
  it('moves one edge and keeps at least one day', () => {
    expect(windowWithThumb('start', d('2025-11-10'), w)).toEqual({ start: d('2025-11-10'), end: w.end });
    expect(windowWithThumb('end', d('2025-11-10'), w)).toEqual({ start: w.start, end: d('2025-11-11') });
    expect(windowWithThumb('start', d('2025-12-05'), w)).toEqual({ start: d('2025-12-05'), end: d('2025-12-06') });
  });
});
