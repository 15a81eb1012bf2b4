/**
 * The committed hostile corpus (test/hostile/, written by scripts/hostileCorpus.ts): every file
 * goes through the importer and must give the outcome its manifest entry states — records
 * accepted and rejected, whether the whole file is refused, a passage of the message — and every
 * problem must name the file, the record, the field and what was expected. Text is never changed
 * on the way in (markup stays text), and every accepted record survives export → import.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordsToCsv } from './export/toCsv';
import { recordsToGeoJson } from './export/toGeoJson';
import { encodingProblem, importFile } from './importFile';
import { testOptions } from './testFixtures';
import type { ImportRecord } from '../model/types';

interface CorpusCase {
  file: string;
  accepted: number;
  rejected: number;
  fatal: boolean;
  message: string;
  browser?: true;
}

const DIR = new URL('../../test/hostile/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', DIR), 'utf8')) as CorpusCase[];
const bytesOf = (file: string): Uint8Array<ArrayBuffer> => new Uint8Array(readFileSync(new URL(encodeURIComponent(file), DIR)));
const withoutRow = (rs: readonly ImportRecord[]): Array<Omit<ImportRecord, 'row'>> => rs.map(({ row: _row, ...r }) => r);

/**
 * The file as the browser hands it over: a Blob when its bytes are refused (the check runs on the
 * bytes), else its text (papaparse streams Blobs through FileReader, which Node lacks); the BOM is kept.
 */
const inputOf = (bytes: Uint8Array<ArrayBuffer>): string | Blob =>
  encodingProblem(bytes) ? new Blob([bytes]) : new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('hostile corpus', () => {
  it('has at least 100 files, each listed once in the manifest', () => {
    const files = readdirSync(DIR).filter((f) => f !== 'manifest.json');
    expect(files.length).toBeGreaterThanOrEqual(100);
    expect(manifest.map((c) => c.file).sort()).toEqual(files.sort());
    expect(manifest.filter((c) => c.browser).length).toBeGreaterThanOrEqual(8);
  });

  it.each(manifest)('$file', async (c) => {
    const r = await importFile(inputOf(bytesOf(c.file)), c.file, testOptions());
    expect({ accepted: r.records.length, rejected: r.rejected, fatal: r.fatal !== null }).toEqual({
      accepted: c.accepted,
      rejected: c.rejected,
      fatal: c.fatal,
    });
    if (c.message === '') expect(r.errors).toEqual([]);
    else expect(r.errors.map((e) => e.message).join('\n')).toContain(c.message);
    for (const e of r.errors) {
      expect(e.file).toBe(c.file);
      expect(e.detail).toContain('expected');
      if (r.fatal !== null) continue;
      expect(e.record).not.toBe('');
      if (!e.detail.startsWith('expected an object')) expect(e.field).not.toBe('');
    }
    if (r.records.length === 0) return;
    const viaCsv = await importFile(recordsToCsv(r.records), 'again.csv', testOptions());
    expect(viaCsv.errors).toEqual([]);
    expect(withoutRow(viaCsv.records)).toEqual(withoutRow(r.records));
    const viaGeo = await importFile(JSON.stringify(recordsToGeoJson(r.records)), 'again.geojson', testOptions());
    expect(withoutRow(viaGeo.records)).toEqual(withoutRow(r.records));
  });

  it('markup in every text field arrives as the same text (nothing is stripped or parsed)', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    for (const c of manifest.filter((m) => /xss/.test(m.file) && m.accepted > 0)) {
      const r = await importFile(inputOf(bytesOf(c.file)), c.file, testOptions());
      const texts = r.records.flatMap((x) => [
        x.title,
        x.sourceText,
        x.sourceName,
        ...Object.keys(x.extra ?? {}),
        ...Object.values(x.extra ?? {}),
      ]);
      expect(texts.join('\n'), c.file).toContain(payload);
    }
  });
});
