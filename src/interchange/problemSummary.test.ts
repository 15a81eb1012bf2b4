/** The bounded import report: counts per field and reason, the first examples, and nothing more. */
import { describe, expect, it } from 'vitest';
import { validationError } from '../schema/messages';
import { fatalReport, MAX_EXAMPLES, reasonOf, summariseProblems, toReport } from './problemSummary';
import { fatalResult, type ImportResult, type ValidationError } from './importTypes';

const err = (row: number, field: string, detail: string): ValidationError => validationError('f.csv', `row ${row}`, field, detail);
const many = (n: number, field: string, detail: (i: number) => string): ValidationError[] =>
  Array.from({ length: n }, (_, i) => err(i + 2, field, detail(i)));

describe('reasonOf', () => {
  it.each([
    ['expected a non-negative whole number, got "-2"', 'expected a non-negative whole number'],
    ['expected a real calendar date (YYYY-MM-DD), got "2025-02-30"', 'expected a real calendar date'],
    ['expected a unique id, got "X" (already used in row 3)', 'expected a unique id'],
    ['expected 31 fields (one per column), got 29', 'expected 31 fields'],
    ['the file has no header row', 'the file has no header row'],
    ['', ''],
    ['x'.repeat(500), `${'x'.repeat(159)}…`],
  ])('%s → %s', (detail, reason) => expect(reasonOf(detail)).toBe(reason));
});

describe('summariseProblems', () => {
  it.each([
    { name: 'no problems', errors: [] as ValidationError[], count: 0, groups: [] as Array<[string, string, number]>, examples: 0 },
    {
      name: 'one problem',
      errors: [err(5, 'fatalities', 'expected a non-negative whole number, got "-2"')],
      count: 1,
      groups: [['fatalities', 'expected a non-negative whole number', 1]],
      examples: 1,
    },
    {
      name: 'one bad column in many rows, every value different: one group',
      errors: many(1_000, 'fatalities', (i) => `expected a non-negative whole number, got "-${i}"`),
      count: 1_000,
      groups: [['fatalities', 'expected a non-negative whole number', 1_000]],
      examples: 5,
    },
    {
      name: 'two fields, largest group first',
      errors: [...many(3, 'event_date', () => 'expected a date, got "x"'), ...many(7, 'latitude', () => 'expected a number, got "y"')],
      count: 10,
      groups: [
        ['latitude', 'expected a number', 7],
        ['event_date', 'expected a date', 3],
      ],
      examples: 5,
    },
    {
      name: 'more distinct reasons than groups: the rest counted together',
      errors: many(6, 'notes', (i) => `reason number ${i}`),
      count: 6,
      groups: [
        ['notes', 'reason number 0', 1],
        ['notes', 'reason number 1', 1],
        ['notes', 'reason number 2', 1],
        ['*', 'other reasons', 3],
      ],
      examples: 5,
    },
  ])('$name', ({ errors, count, groups, examples }) => {
    const s = summariseProblems(errors, { examples: 5, groups: 3 });
    expect(s.count).toBe(count);
    expect(s.groups.map((g) => [g.field, g.reason, g.count])).toEqual(groups);
    expect(s.groups.reduce((n, g) => n + g.count, 0)).toBe(count);
    expect(s.examples).toEqual(errors.slice(0, examples));
  });

  it('keeps the first examples in file order and no more, however many problems there are', () => {
    const errors = many(200_000, 'fatalities', (i) => `expected a non-negative whole number, got "${-i}"`);
    const s = summariseProblems(errors);
    expect(s.count).toBe(200_000);
    expect(s.examples).toHaveLength(MAX_EXAMPLES);
    expect(s.examples[0]!.record).toBe('row 2');
    expect(s.examples[MAX_EXAMPLES - 1]!.record).toBe(`row ${MAX_EXAMPLES + 1}`);
    // What crosses to the main thread stays small: a few tens of kilobytes, not hundreds of megabytes.
    expect(JSON.stringify(s).length).toBeLessThan(50_000);
  });
});

describe('toReport and fatalReport', () => {
  it('keeps records, counts and the fatal reason; replaces the errors by their summary', () => {
    const result: ImportResult = {
      file: 'f.csv',
      format: 'acled-csv',
      records: [],
      errors: many(3, 'latitude', () => 'expected a number, got "y"'),
      total: 3,
      rejected: 3,
      fatal: null,
    };
    const r = toReport(result);
    expect(r).not.toHaveProperty('errors');
    expect(r).toMatchObject({ file: 'f.csv', format: 'acled-csv', total: 3, rejected: 3, fatal: null });
    expect(r.problems.count).toBe(3);
  });
  it('a fatal report has its reason as the one problem', () => {
    const r = fatalReport('x.csv', 'the import stopped');
    expect(r.fatal).toBe('the import stopped');
    expect(r.records).toEqual([]);
    expect(r.problems.examples).toEqual(fatalResult('x.csv', 'unknown', 'the import stopped').errors);
  });
});
