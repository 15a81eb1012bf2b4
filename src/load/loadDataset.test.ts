/** parseDataset: the files together — reports load into the dataset and events may cite them. */
import { describe, expect, it } from 'vitest';
import { parseDataset } from './loadDataset.ts';
import { readDatasetFiles, readGeoLookup } from './readDatasetFiles.ts';
import { REPORT as TEST_REPORT } from '../schema/testFixtures.ts';

const DATA = new URL('../../data/', import.meta.url);
const geo = readGeoLookup(DATA);
/** The test report, undated (then it must say why). */
const REPORT = { ...TEST_REPORT, published: null, publishedNote: 'The page carries no date.' };
/** An event's own citations (the test's comes first, so its index in messages is fixed). */
const citationsOf = (e: Record<string, unknown>): unknown[] => (Array.isArray(e['citations']) ? (e['citations'] as unknown[]) : []);

describe('parseDataset', () => {
  it('loads every record of reports.json into dataset.reports', () => {
    const files = readDatasetFiles(DATA);
    const result = parseDataset(files, geo!);
    const ids = (files.reports as Array<{ id: string }>).map((r) => r.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(result.ok && result.dataset.reports?.map((r) => r.id)).toEqual(ids);
  });

  it('normalises a report and lets an event cite it', () => {
    const files = readDatasetFiles(DATA);
    const events = (files.events as Array<Record<string, unknown>>).map((e) =>
      e['id'] === 'shadak-attack' ? { ...e, citations: [{ reportId: REPORT.id, facts: ['attack'] }, ...citationsOf(e)] } : e,
    );
    const result = parseDataset({ ...files, reports: [...(files.reports as unknown[]), REPORT], events }, geo!);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    expect(result.dataset.reports).toContainEqual({ ...REPORT, publishedDay: null });
    const shadak = result.dataset.events.find((e) => e.id === 'shadak-attack');
    expect(shadak?.citations?.[0]).toEqual({ reportId: REPORT.id, facts: ['attack'] });
  });

  it('names the file, record and field when a citation does not resolve', () => {
    const files = readDatasetFiles(DATA);
    const events = (files.events as Array<Record<string, unknown>>).map((e) =>
      e['id'] === 'shadak-attack' ? { ...e, citations: [{ reportId: REPORT.id, facts: ['attack'] }, ...citationsOf(e)] } : e,
    );
    const result = parseDataset({ ...files, events }, geo!);
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(
        /^events\.json › event "shadak-attack" \(#\d+\) › citations\[0\]\.reportId: expected a report id from reports\.json \(.*\), got "news-example-2025-12-01-shadak"$/,
      ),
    ]);
  });
});
