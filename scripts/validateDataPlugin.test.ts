/**
 * The report index the build puts in the app: what the default view checks citations against and
 * counts and filters by, instead of fetching reports.json (the full file loads on demand).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatErrors, parseDataset, parseWithIndex } from '../src/load/loadDataset';
import { readDatasetFiles, readGeoLookup } from '../src/load/readDatasetFiles';
import type { ReportRecord } from '../src/schema/report';
import { reportIndexOfDir, validateDataDir } from './validateDataPlugin';

const DATA = new URL('../data/', import.meta.url);
const reports = JSON.parse(readFileSync(new URL('reports.json', DATA), 'utf8')) as ReportRecord[];
const geo = readGeoLookup(DATA)!;
const { reports: _reports, ...withoutReports } = readDatasetFiles(DATA);

describe('validateDataPlugin', () => {
  it('the shipped data validates in full, reports included', () => {
    expect(validateDataDir()).toEqual([]);
  });

  it('the shipped events and posts validate against the index alone, to the same dataset less the reports', () => {
    const full = parseDataset(readDatasetFiles(DATA), geo);
    const light = parseWithIndex(withoutReports, reportIndexOfDir(), geo);
    expect(light.ok ? '' : formatErrors(light.errors)).toBe('');
    if (!full.ok || !light.ok) return;
    const { reports: loaded, ...rest } = full.dataset;
    expect(loaded).toHaveLength(reports.length);
    expect(light.dataset).toEqual(rest);
  });

  it('without the article texts (as at boot: file names only), the same dataset less the texts; the build still checks the quotes', () => {
    const names = Object.fromEntries(Object.keys(withoutReports.sourceTexts).map((file) => [file, null]));
    const light = parseWithIndex({ ...withoutReports, sourceTexts: names }, reportIndexOfDir(), geo);
    const full = parseWithIndex(withoutReports, reportIndexOfDir(), geo);
    expect(light.ok ? '' : formatErrors(light.errors)).toBe('');
    if (!full.ok || !light.ok) return;
    expect(light.dataset.sources.every((s) => s.text === undefined)).toBe(true);
    expect(light.dataset).toEqual({ ...full.dataset, sources: full.dataset.sources.map(({ text: _text, ...s }) => s) });
    // A quote that is not in its article passes where the text is absent, and fails where it is there.
    const events = (withoutReports.events as Array<{ id: string; sources: Array<{ quote: string }> }>).map((e) =>
      e.id === 'shadak-attack' ? { ...e, sources: e.sources.map((r) => ({ ...r, quote: `${r.quote} (not in the article)` })) } : e,
    );
    expect(parseWithIndex({ ...withoutReports, sourceTexts: names, events }, reportIndexOfDir(), geo).ok).toBe(true);
    const checked = parseWithIndex({ ...withoutReports, events }, reportIndexOfDir(), geo);
    expect(checked.ok ? '' : formatErrors(checked.errors)).toMatch(/shadak-attack.*expected an exact substring/);
  });

  it('without the texts, a source whose file is not in the build is still an error', () => {
    const index = (withoutReports.sourcesIndex as Array<{ file: string }>).map((s, i) => (i === 0 ? { ...s, file: 'nope.txt' } : s));
    const names = Object.fromEntries(Object.keys(withoutReports.sourceTexts).map((file) => [file, null]));
    const result = parseWithIndex({ ...withoutReports, sourcesIndex: index, sourceTexts: names }, reportIndexOfDir(), geo);
    expect(result.ok ? '' : formatErrors(result.errors)).toMatch(/file: expected a file in data\/sources\/.*nope\.txt/);
  });

  it('a citation of a fact the index lacks is an error, naming the event', () => {
    const index = reportIndexOfDir().map((r) => (r.id === 'kazinform-20260130-bahorak' ? { ...r, facts: [] } : r));
    const result = parseWithIndex(withoutReports, index, geo);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : formatErrors(result.errors)).toContain('khatlon-clash');
  });
});
