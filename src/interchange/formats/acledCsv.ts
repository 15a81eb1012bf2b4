/**
 * CSV in ACLED's export layout, parsed with papaparse (quoted commas, quoted newlines, CRLF, BOM)
 * row by row so a large file streams with progress. The header is checked first: a missing
 * required column is fatal (nothing is imported); unknown extra columns are kept as extra fields.
 */
import Papa from 'papaparse';
import { validationError } from '../../schema/messages';
import type { ImportRecord } from '../../model/types';
import type { ImportResult, ProgressFn } from '../importTypes';
import { fatalResult } from '../importTypes';
import { readRecord, type RecordContext } from '../readRecord';
import { unescapeCell } from '../csvCells';

export { ACLED_COLUMNS } from './acledColumns';

/** Columns older exports lack; absent is fine. */
export const ACLED_OPTIONAL_COLUMNS: readonly string[] = ['disorder_type', 'civilian_targeting', 'tags'];

/** Columns without which a row cannot be placed, dated or cited. */
export const ACLED_REQUIRED_COLUMNS: readonly string[] = [
  'event_id_cnty',
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
];

/** A header cell without spaces, and without the apostrophe the app's export puts before = + - @ (csvCells.ts). */
const cleanHeader = (h: string): string => unescapeCell(h.trim());

/** Header cells → names: the first loses a byte-order mark. */
const headerNames = (cells: readonly string[]): string[] => cells.map((h, i) => cleanHeader(i === 0 ? h.replace(/^\uFEFF/, '') : h));

/** A name given to more than one column, if any (empty names are ignored columns and may repeat). */
function repeatedColumn(header: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const h of header) {
    if (h !== '' && seen.has(h)) return h;
    seen.add(h);
  }
  return undefined;
}

/** One row's cells by column name (own properties only, so `__proto__` is a column like any other), formula escaping undone. */
const rowFields = (header: readonly string[], cells: readonly string[]): Record<string, string> =>
  Object.fromEntries(header.map((h, i) => [h, unescapeCell(cells[i] ?? '')]));

/** Missing required columns of a header row (empty when it is usable). */
export function missingColumns(header: readonly string[]): string[] {
  const have = new Set(header);
  return ACLED_REQUIRED_COLUMNS.filter((c) => !have.has(c));
}

async function firstLine(input: string | Blob): Promise<string[]> {
  const head = typeof input === 'string' ? input.slice(0, 65536) : await input.slice(0, 65536).text();
  const parsed = Papa.parse<string[]>(head.replace(/^\uFEFF/, ''), { preview: 1, skipEmptyLines: 'greedy' });
  return headerNames(parsed.data[0] ?? []);
}

/** "Too few fields: expected 31 fields but parsed 29" → our "expected …, got …" style. */
function papaDetail(e: Papa.ParseError): string {
  const m = /expected (\d+) fields but parsed (\d+)/.exec(e.message);
  if (m) return `expected ${m[1]} fields (one per column), got ${m[2]}`;
  if (e.type === 'Quotes') return `expected a closing quote, got ${e.message.toLowerCase()}`;
  return `expected well-formed CSV, got ${e.message}`;
}

/** Parses ACLED-layout CSV text or a file; resolves with valid records and every problem. */
export async function parseAcledCsv(
  input: string | Blob,
  file: string,
  ctx: RecordContext,
  onProgress?: ProgressFn,
): Promise<ImportResult> {
  const header = await firstLine(input);
  const missing = missingColumns(header);
  if (header.length === 0) return fatalResult(file, 'acled-csv', 'the file has no header row');
  const repeated = repeatedColumn(header);
  if (repeated !== undefined)
    return fatalResult(file, 'acled-csv', `expected each column once, got ${JSON.stringify(repeated)} more than once`);
  if (missing.length > 0) {
    return fatalResult(
      file,
      'acled-csv',
      `expected ACLED's columns, got a header without ${missing.join(', ')} (first columns: ${header.slice(0, 6).join(', ')})`,
    );
  }
  const size = typeof input === 'string' ? input.length : input.size;
  const records: ImportRecord[] = [];
  const errors: ImportResult['errors'] = [];
  const seen = new Map<string, number>();
  let index = 0;
  let rejected = 0;
  let lastProgress = 0;
  return new Promise((resolve) => {
    let columns: string[] | null = null;
    const config: Papa.ParseLocalConfig<string[], File> = {
      // Rows are arrays, named here: papaparse's own header mode drops a `__proto__` column and renames repeated ones.
      header: false,
      skipEmptyLines: 'greedy',
      delimitersToGuess: [',', ';', '\t'],
      chunkSize: 1024 * 1024,
      step: (res) => {
        if (columns === null) {
          columns = headerNames(res.data);
          return;
        }
        const row = index + 2; // the header is row 1
        index += 1;
        const place = { file, record: `row ${row}` };
        const problems = res.errors.map(papaDetail);
        if (res.data.length !== columns.length) problems.push(`expected ${columns.length} fields (one per column), got ${res.data.length}`);
        // A row that cannot be split into its columns is blamed on its fields as a whole.
        for (const detail of problems) errors.push(validationError(file, place.record, 'fields', detail));
        const fields = rowFields(columns, res.data);
        const read =
          problems.length === 0
            ? readRecord(
                place,
                fields,
                { lon: fields['longitude'], lat: fields['latitude'], lonField: 'longitude', latField: 'latitude' },
                row,
                ctx,
              )
            : { errors: [] };
        if ('record' in read) {
          const rec = read.record;
          const first = seen.get(rec.id);
          if (first === undefined) {
            seen.set(rec.id, row);
            records.push(rec);
          } else {
            errors.push(
              validationError(file, place.record, 'event_id_cnty', `expected a unique id, got "${rec.id}" (already used in row ${first})`),
            );
            rejected += 1;
          }
        } else {
          errors.push(...read.errors);
          rejected += 1;
        }
        const cursor = res.meta.cursor;
        if (onProgress && size > 0 && cursor - lastProgress > size / 100) {
          lastProgress = cursor;
          onProgress(Math.min(1, cursor / size));
        }
      },
      complete: () => {
        onProgress?.(1);
        resolve({ file, format: 'acled-csv', records, errors, total: index, rejected, fatal: null });
      },
      error: (err: Error) => resolve(fatalResult(file, 'acled-csv', `the file could not be read (${err.message})`)),
    };
    // Papa streams any Blob through FileReader; the File type is only what its typings ask for.
    if (typeof input === 'string') Papa.parse(input.replace(/^\uFEFF/, ''), config as Papa.ParseConfig<string[]>);
    else Papa.parse(input as File, config);
  });
}
