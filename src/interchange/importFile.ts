/**
 * One entry point for every format: refuses empty and oversized input, decides CSV vs JSON by
 * extension and then by content, strips a BOM, and dispatches to the format's reader. Pure apart
 * from reading the Blob, so it runs the same in the worker and in unit tests.
 */
import { IMPORT_FORMATS, type ImportFormatModule, type JsonFormat, type TextFormat } from './formats/registry';
import type { ImportOptions, ImportResult, ProgressFn } from './importTypes';
import { fatalResult, MAX_IMPORT_BYTES } from './importTypes';
import { blobEncodingProblem } from './encoding';

/** The file name without directories and extension, used to make ids for records without one. */
export function fileStem(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const stem = base
    .replace(/\.[^.]*$/, '')
    .replace(/[^A-Za-z0-9._:-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '');
  return (stem || 'import').slice(0, 64);
}

/** The kind of input ('text' or 'json') the file's extension names, or null when no format claims it. */
function inputByName(name: string, formats: readonly ImportFormatModule[]): 'text' | 'json' | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  return formats.find((f) => ext !== undefined && f.extensions.includes(ext))?.input ?? null;
}

/** Parses JSON text; a failure (including a too-deep nesting) becomes a fatal "not valid JSON". */
function parseJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, reason: `expected valid JSON, got a parse error (${e instanceof Error ? e.message : String(e)})` };
  }
}

export { encodingProblem } from './encoding';

/** Reads a file (or text) of any supported format into records and a report. */
export async function importFile(
  input: string | Blob,
  name: string,
  opts: ImportOptions,
  onProgress?: ProgressFn,
  formats: readonly ImportFormatModule[] = IMPORT_FORMATS,
): Promise<ImportResult> {
  const size = typeof input === 'string' ? input.length : input.size;
  if (size > MAX_IMPORT_BYTES)
    return fatalResult(
      name,
      'unknown',
      `expected a file of at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB, got ${(size / 1024 / 1024).toFixed(0)} MB`,
    );
  if (typeof input !== 'string') {
    const problem = await blobEncodingProblem(input);
    if (problem) return fatalResult(name, 'unknown', problem);
  }
  const head = typeof input === 'string' ? input.slice(0, 4096) : await input.slice(0, 4096).text();
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (size === 0 || (start === '' && size <= 4096)) return fatalResult(name, 'unknown', 'expected data, got an empty file');
  const kind = inputByName(name, formats) ?? (start.startsWith('{') || start.startsWith('[') ? 'json' : 'text');
  const c = { opts, ctx: { today: opts.today, fileStem: fileStem(name) }, ...(onProgress ? { onProgress } : {}) };
  if (kind === 'text') {
    const text = formats.find((f): f is TextFormat => f.input === 'text');
    if (!text) return fatalResult(name, 'unknown', 'expected a JSON file, got text');
    return text.read(input, name, c);
  }
  const body = (typeof input === 'string' ? input : await input.text()).replace(/^\uFEFF/, '');
  onProgress?.(0.3);
  const parsed = parseJson(body);
  if (!parsed.ok) return fatalResult(name, 'unknown', parsed.reason);
  const doc = parsed.value;
  const format = formats.find((f): f is JsonFormat => f.input === 'json' && f.claims(doc));
  if (!format) return fatalResult(name, 'unknown', 'expected GeoJSON or an array of events like data/events.json');
  return format.read(doc, name, c);
}
