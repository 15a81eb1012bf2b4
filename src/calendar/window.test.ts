import { describe, expect, it } from 'vitest';
import { isoDayToDayNumber } from './dates.ts';
import {
  MIN_WINDOW_DAYS,
  advancePlayback,
  clampWindow,
  contains,
  eventsInWindow,
  nextEventIndex,
  normaliseWindow,
  overlaps,
  prevEventIndex,
  shiftWindow,
  stepDays,
  windowAround,
  type DaySpan,
  type PlayMode,
  type TimeWindow,
} from './window.ts';

/** Day number of an ISO date, so fixtures read as calendar dates. */
const d = (iso: string): number => isoDayToDayNumber(iso);
/** Half-open window from the first day to the day after the last day (both ISO, inclusive). */
const win = (first: string, last: string): TimeWindow => ({ start: d(first), end: d(last) + 1 });
/** Uncertainty span of an event (inclusive first and last day). */
const span = (first: string, last: string = first): DaySpan => ({ startDay: d(first), endDay: d(last) });
/** A fresh copy of the timeline bounds for each test. */
const bounds = (): TimeWindow => ({ start: d('2013-01-01'), end: d('2030-01-01') });

describe('normaliseWindow', () => {
  it.each<[string, TimeWindow, TimeWindow]>([
    ['an ordered window', { start: 10, end: 20 }, { start: 10, end: 20 }],
    ['a reversed window', { start: 20, end: 10 }, { start: 10, end: 20 }],
    ['a zero-width window', { start: 10, end: 10 }, { start: 10, end: 10 + MIN_WINDOW_DAYS }],
    ['a narrower-than-a-day window', { start: 10, end: 10.5 }, { start: 10, end: 11 }],
    ['a reversed narrow window', { start: 10.5, end: 10 }, { start: 10, end: 11 }],
    ['a window of exactly one day', { start: -3, end: -2 }, { start: -3, end: -2 }],
    ['a fractional window', { start: 1.25, end: 7.75 }, { start: 1.25, end: 7.75 }],
  ])('normaliseWindow() repairs %s', (_name, input, expected) => {
    expect(normaliseWindow(input)).toEqual(expected);
  });

  it('normaliseWindow() does not mutate its input', () => {
    const input = { start: 20, end: 10 };
    normaliseWindow(input);
    expect(input).toEqual({ start: 20, end: 10 });
  });
});

describe('clampWindow', () => {
  const b: TimeWindow = { start: 0, end: 100 };
  it.each<[string, TimeWindow, TimeWindow]>([
    ['a window inside the bounds', { start: 10, end: 20 }, { start: 10, end: 20 }],
    ['a window past the start', { start: -5, end: 5 }, { start: 0, end: 10 }],
    ['a window past the end', { start: 95, end: 105 }, { start: 90, end: 100 }],
    ['a window wholly before the bounds', { start: -50, end: -40 }, { start: 0, end: 10 }],
    ['a window wholly after the bounds', { start: 150, end: 160 }, { start: 90, end: 100 }],
    ['a window wider than the bounds', { start: -10, end: 200 }, { start: 0, end: 100 }],
    ['a window equal to the bounds', { start: 0, end: 100 }, { start: 0, end: 100 }],
    ['a window touching the start', { start: 0, end: 1 }, { start: 0, end: 1 }],
    ['a window touching the end', { start: 99, end: 100 }, { start: 99, end: 100 }],
    ['a reversed window', { start: 20, end: 10 }, { start: 10, end: 20 }],
    ['a reversed window past the end', { start: 110, end: 95 }, { start: 85, end: 100 }],
    ['a zero-width window', { start: 50, end: 50 }, { start: 50, end: 51 }],
    ['a zero-width window at the end', { start: 100, end: 100 }, { start: 99, end: 100 }],
  ])('clampWindow() keeps the width for %s', (_name, input, expected) => {
    expect(clampWindow(input, b)).toEqual(expected);
  });

  it('clampWindow() works with the real timeline bounds', () => {
    const w = clampWindow(win('2029-12-01', '2030-01-30'), bounds());
    expect(w.end).toBe(d('2030-01-01'));
    expect(w.end - w.start).toBe(61);
  });
});

describe('overlaps / contains', () => {
  // 28 Nov – 5 Dec 2025, i.e. [2025-11-28, 2025-12-06).
  const w = win('2025-11-28', '2025-12-05');
  it.each<[string, DaySpan, boolean, boolean]>([
    ['a day event on the first day', span('2025-11-28'), true, true],
    ['a day event on the last day', span('2025-12-05'), true, true],
    ['a day event the day before the window', span('2025-11-27'), false, false],
    ['a day event on the window end (exclusive)', span('2025-12-06'), false, false],
    ['a day event in the middle', span('2025-12-01'), true, true],
    ['a "Nov 2025" event (month precision)', span('2025-11-01', '2025-11-30'), true, false],
    ['a "Dec 2025" event (month precision)', span('2025-12-01', '2025-12-31'), true, false],
    ['an "Oct 2025" event', span('2025-10-01', '2025-10-31'), false, false],
    ['a "2025" event (year precision)', span('2025-01-01', '2025-12-31'), true, false],
    ['a range ending on the first day', span('2025-11-20', '2025-11-28'), true, false],
    ['a range ending the day before', span('2025-11-20', '2025-11-27'), false, false],
    ['a range starting on the last day', span('2025-12-05', '2025-12-10'), true, false],
    ['a range equal to the window', span('2025-11-28', '2025-12-05'), true, true],
    ['a range wider than the window', span('2025-11-27', '2025-12-06'), true, false],
  ])('overlaps()/contains() for %s', (_name, e, inWindow, inside) => {
    expect(overlaps(e, w)).toBe(inWindow);
    expect(contains(e, w)).toBe(inside);
  });

  it.each<[string, TimeWindow, boolean]>([
    ['a fractional window covering part of the day', { start: 10.5, end: 10.75 }, true],
    ['a fractional window ending at the day start', { start: 9.5, end: 10 }, false],
    ['a fractional window starting at the next day', { start: 11, end: 11.5 }, false],
    ['a fractional window starting just before the next day', { start: 10.999, end: 11.5 }, true],
  ])('overlaps() a day event with %s', (_name, window, expected) => {
    expect(overlaps({ startDay: 10, endDay: 10 }, window)).toBe(expected);
  });
});

describe('eventsInWindow', () => {
  it.each<[string, DaySpan[], TimeWindow, number[]]>([
    ['empty data', [], win('2025-01-01', '2025-12-31'), []],
    ['a single event inside', [span('2025-06-01')], win('2025-01-01', '2025-12-31'), [0]],
    ['a single event outside', [span('2024-06-01')], win('2025-01-01', '2025-12-31'), []],
    [
      'mixed events, keeping input order',
      [span('2025-12-01'), span('2024-01-01'), span('2025-11-01', '2025-11-30'), span('2025-11-28')],
      win('2025-11-28', '2025-12-05'),
      [0, 2, 3],
    ],
  ])('eventsInWindow() returns the overlapping events for %s', (_name, events, w, expectedIdx) => {
    expect(eventsInWindow(events, w)).toEqual(expectedIdx.map((i) => events[i]));
  });

  it('eventsInWindow() keeps extra fields of the event type', () => {
    const events = [{ id: 'a', ...span('2025-06-01') }];
    const out = eventsInWindow(events, win('2025-06-01', '2025-06-01'));
    expect(out[0]?.id).toBe('a');
  });
});

describe('shiftWindow', () => {
  const b: TimeWindow = { start: 0, end: 100 };
  it.each<[string, TimeWindow, number, TimeWindow]>([
    ['forward inside the bounds', { start: 10, end: 20 }, 5, { start: 15, end: 25 }],
    ['backward inside the bounds', { start: 10, end: 20 }, -5, { start: 5, end: 15 }],
    ['by zero', { start: 10, end: 20 }, 0, { start: 10, end: 20 }],
    ['forward past the end', { start: 80, end: 90 }, 50, { start: 90, end: 100 }],
    ['backward past the start', { start: 5, end: 15 }, -50, { start: 0, end: 10 }],
    ['a fractional step', { start: 10, end: 20 }, 0.5, { start: 10.5, end: 20.5 }],
    ['a window already at the end, forward', { start: 90, end: 100 }, 1, { start: 90, end: 100 }],
  ])('shiftWindow() moves %s and keeps the width', (_name, w, days, expected) => {
    expect(shiftWindow(w, days, b)).toEqual(expected);
  });
});

describe('stepDays', () => {
  it.each<[string, TimeWindow, boolean, number]>([
    ['a 100-day window, small step', { start: 0, end: 100 }, false, 10],
    ['a 100-day window, Shift step', { start: 0, end: 100 }, true, 100],
    ['a one-day window, small step (at least a day)', { start: 0, end: 1 }, false, 1],
    ['a one-day window, Shift step', { start: 0, end: 1 }, true, 1],
    ['a 14-day window, small step rounds to 1', { start: 0, end: 14 }, false, 1],
    ['a 15-day window, small step rounds to 2', { start: 0, end: 15 }, false, 2],
    ['a 365-day window, small step', { start: 0, end: 365 }, false, 37],
    ['a fractional window, Shift step', { start: 0.5, end: 8 }, true, 7.5],
  ])('stepDays() for %s', (_name, w, large, expected) => {
    expect(stepDays(w, large)).toBe(expected);
  });
});

describe('advancePlayback', () => {
  const b: TimeWindow = { start: 0, end: 100 };
  it.each<[string, PlayMode, TimeWindow, number, number, TimeWindow, boolean]>([
    ['window mode, one step', 'window', { start: 0, end: 10 }, 30, 0.1, { start: 3, end: 13 }, false],
    ['window mode, zero elapsed', 'window', { start: 0, end: 10 }, 30, 0, { start: 0, end: 10 }, false],
    ['window mode, negative elapsed', 'window', { start: 20, end: 30 }, 30, -1, { start: 20, end: 30 }, false],
    ['window mode, landing exactly on the end', 'window', { start: 80, end: 90 }, 10, 1, { start: 90, end: 100 }, true],
    ['window mode, overshooting the end', 'window', { start: 80, end: 90 }, 30, 1, { start: 90, end: 100 }, true],
    ['window mode, already at the end', 'window', { start: 90, end: 100 }, 30, 0, { start: 90, end: 100 }, true],
    ['window mode, just short of the end', 'window', { start: 80, end: 90 }, 9, 1, { start: 89, end: 99 }, false],
    ['cumulative mode, one step', 'cumulative', { start: 0, end: 10 }, 30, 0.1, { start: 0, end: 13 }, false],
    ['cumulative mode, zero elapsed', 'cumulative', { start: 5, end: 10 }, 30, 0, { start: 5, end: 10 }, false],
    ['cumulative mode, negative elapsed', 'cumulative', { start: 5, end: 10 }, 30, -2, { start: 5, end: 10 }, false],
    ['cumulative mode, landing exactly on the end', 'cumulative', { start: 0, end: 90 }, 10, 1, { start: 0, end: 100 }, true],
    ['cumulative mode, overshooting the end', 'cumulative', { start: 0, end: 90 }, 365, 1, { start: 0, end: 100 }, true],
    ['cumulative mode, already at the end', 'cumulative', { start: 0, end: 100 }, 30, 0, { start: 0, end: 100 }, true],
  ])('advancePlayback() for %s', (_name, mode, w, speed, elapsed, expected, ended) => {
    const step = advancePlayback(w, mode, speed, elapsed, b);
    expect(step.window).toEqual(expected);
    expect(step.ended).toBe(ended);
  });

  it('advancePlayback() reaches bounds.end exactly over many small frames', () => {
    const b2 = bounds();
    let w: TimeWindow = { start: b2.end - 400, end: b2.end - 370 };
    let step = advancePlayback(w, 'window', 30, 0, b2);
    let frames = 0;
    while (!step.ended && frames < 10_000) {
      step = advancePlayback(w, 'window', 30, 1 / 60, b2);
      w = step.window;
      frames++;
    }
    expect(step.ended).toBe(true);
    expect(step.window.end).toBe(b2.end);
    expect(step.window.end - step.window.start).toBeCloseTo(30, 9);
  });
});

describe('nextEventIndex / prevEventIndex', () => {
  const sorted = [span('2025-01-01'), span('2025-02-01'), span('2025-02-01'), span('2025-03-01')];
  it.each<[string, readonly DaySpan[], number, number, number]>([
    ['an empty array', [], d('2025-01-01'), -1, -1],
    ['a day before the first event', sorted, d('2024-12-31'), 0, -1],
    ['the first event day', sorted, d('2025-01-01'), 1, -1],
    ['a day between events', sorted, d('2025-01-15'), 1, 0],
    ['a day on tied events', sorted, d('2025-02-01'), 3, 0],
    ['a day after the ties', sorted, d('2025-02-02'), 3, 2],
    ['the last event day', sorted, d('2025-03-01'), -1, 2],
    ['a day after the last event', sorted, d('2025-03-02'), -1, 3],
    ['a single event, before it', [span('2025-01-01')], d('2024-01-01'), 0, -1],
    ['a single event, after it', [span('2025-01-01')], d('2026-01-01'), -1, 0],
  ])('nextEventIndex()/prevEventIndex() for %s', (_name, events, day, next, prev) => {
    expect(nextEventIndex(events, day)).toBe(next);
    expect(prevEventIndex(events, day)).toBe(prev);
  });
});

describe('windowAround', () => {
  it.each<[string, DaySpan, TimeWindow, TimeWindow]>([
    [
      'a day event in the middle',
      span('2025-06-15'),
      { start: 0, end: 10 },
      { start: d('2025-06-15') + 0.5 - 5, end: d('2025-06-15') + 0.5 + 5 },
    ],
    ['a day event near the start', span('2013-01-02'), { start: 0, end: 30 }, { start: d('2013-01-01'), end: d('2013-01-31') }],
    ['a day event on the first day', span('2013-01-01'), { start: 0, end: 30 }, { start: d('2013-01-01'), end: d('2013-01-31') }],
    ['a day event near the end', span('2029-12-30'), { start: 0, end: 30 }, { start: d('2029-12-02'), end: d('2030-01-01') }],
    ['a day event on the last day', span('2029-12-31'), { start: 0, end: 30 }, { start: d('2029-12-02'), end: d('2030-01-01') }],
    ['a month event wider than the window', span('2025-11-01', '2025-11-30'), { start: 0, end: 7 }, win('2025-11-01', '2025-11-30')],
  ])('windowAround() centres %s and stays in bounds', (_name, e, w, expected) => {
    const out = windowAround(e, w, bounds());
    expect(out.start).toBeCloseTo(expected.start, 9);
    expect(out.end).toBeCloseTo(expected.end, 9);
    expect(overlaps(e, out)).toBe(true);
  });

  it('windowAround() returns the whole bounds for an event wider than the bounds', () => {
    expect(windowAround(span('2010-01-01', '2035-01-01'), { start: 0, end: 10 }, bounds())).toEqual(bounds());
  });
});
