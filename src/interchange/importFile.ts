/**
 * One entry point for every format: refuses empty and oversized input, decides CSV vs JSON by
 * extension and then by content, strips a BOM, and dispatches to the format's reader. Pure apart
 * from reading the Blob, so it runs the same in the worker and in unit tests.
 */
import { parseAcledCsv } from './formats/acledCsv';
import { looksLikeAppJson, parseAppJson } from './formats/appJsonImport';
import { parseGeoJson } from './formats/geojsonImport';
import type { ImportOptions, ImportResult, ProgressFn } from './importTypes';
import { fatalResult, MAX_IMPORT_BYTES } from './importTypes';

/** The file name without directories and extension, used to make ids for records without one. */
export function fileStem(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const stem = base
    .replace(/\.[^.]*$/, '')
    .replace(/[^A-Za-z0-9._:-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '');
  return (stem || 'import').slice(0, 64);
}

/** 'csv' or 'json' from the extension, or null when it says nothing. */
function kindByName(name: string): 'csv' | 'json' | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  if (ext === 'json' || ext === 'geojson') return 'json';
  return null;
}

/** Parses JSON text; a failure (including a too-deep nesting) becomes a fatal "not valid JSON". */
function parseJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, reason: `expected valid JSON, got a parse error (${e instanceof Error ? e.message : String(e)})` };
  }
}

/** Reads a file (or text) of any supported format into records and a report. */
export async function importFile(input: string | Blob, name: string, opts: ImportOptions, onProgress?: ProgressFn): Promise<ImportResult> {
  const size = typeof input === 'string' ? input.length : input.size;
  if (size > MAX_IMPORT_BYTES)
    return fatalResult(
      name,
      'unknown',
      `expected a file of at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB, got ${(size / 1024 / 1024).toFixed(0)} MB`,
    );
  const head = typeof input === 'string' ? input.slice(0, 4096) : await input.slice(0, 4096).text();
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (size === 0 || (start === '' && size <= 4096)) return fatalResult(name, 'unknown', 'expected data, got an empty file');
  const kind = kindByName(name) ?? (start.startsWith('{') || start.startsWith('[') ? 'json' : 'csv');
  const ctx = { today: opts.today, fileStem: fileStem(name) };
  if (kind === 'csv') return parseAcledCsv(input, name, ctx, onProgress);
  const text = (typeof input === 'string' ? input : await input.text()).replace(/^\uFEFF/, '');
  onProgress?.(0.3);
  const parsed = parseJson(text);
  if (!parsed.ok) return fatalResult(name, 'unknown', parsed.reason);
  if (Array.isArray(parsed.value)) {
    if (!looksLikeAppJson(parsed.value))
      return fatalResult(name, 'app-json', 'expected GeoJSON or an array of events like data/events.json, got an array of something else');
    return parseAppJson(parsed.value, name, opts, onProgress);
  }
  return parseGeoJson(parsed.value, name, ctx, onProgress);
}
