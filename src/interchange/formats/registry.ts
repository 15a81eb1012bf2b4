/**
 * Every import format, once. The importer dispatches through this list and the file picker's
 * `accept` is built from it, so a new format is one module plus one entry here. Readers are
 * imported on demand: the page that only builds the file picker never loads a parser.
 */
import type { ImportFormat, ImportOptions, ImportResult, ProgressFn } from '../importTypes';
import { fatalResult } from '../importTypes';
import type { RecordContext } from '../readRecord';

/** What a reader gets besides the file's content. */
export interface FormatContext {
  opts: ImportOptions;
  ctx: RecordContext;
  onProgress?: ProgressFn;
}

interface FormatBase {
  id: Exclude<ImportFormat, 'unknown'>;
  /** File name endings (lower case, no dot) that choose this format's kind of input. */
  extensions: readonly string[];
  /** MIME types offered by the file picker. */
  mime: readonly string[];
}

/** A format read from raw text (streamed where it can be): CSV and the like. */
export interface TextFormat extends FormatBase {
  input: 'text';
  read(input: string | Blob, file: string, c: FormatContext): Promise<ImportResult>;
}

/** A format read from a parsed JSON document; the first whose `claims` accepts the document reads it. */
export interface JsonFormat extends FormatBase {
  input: 'json';
  claims(doc: unknown): boolean;
  read(doc: unknown, file: string, c: FormatContext): Promise<ImportResult>;
}

export type ImportFormatModule = TextFormat | JsonFormat;

const acledCsv: TextFormat = {
  id: 'acled-csv',
  input: 'text',
  extensions: ['csv', 'tsv'],
  mime: ['text/csv'],
  read: async (input, file, c) => (await import('./acledCsv')).parseAcledCsv(input, file, c.ctx, c.onProgress),
};

const appJson: JsonFormat = {
  id: 'app-json',
  input: 'json',
  extensions: ['json'],
  mime: ['application/json'],
  claims: (doc) => Array.isArray(doc),
  read: async (doc, file, c) => {
    const { looksLikeAppJson, parseAppJson } = await import('./appJsonImport');
    return Array.isArray(doc) && looksLikeAppJson(doc)
      ? parseAppJson(doc, file, c.opts, c.onProgress)
      : fatalResult(file, 'app-json', 'expected GeoJSON or an array of events like data/events.json, got an array of something else');
  },
};

const geoJson: JsonFormat = {
  id: 'geojson',
  input: 'json',
  extensions: ['geojson', 'json'],
  mime: ['application/geo+json'],
  claims: (doc) => !Array.isArray(doc),
  read: async (doc, file, c) => (await import('./geojsonImport')).parseGeoJson(doc, file, c.ctx, c.onProgress),
};

/** In the order they are tried. */
export const IMPORT_FORMATS: readonly ImportFormatModule[] = [acledCsv, appJson, geoJson];

/** The file picker's `accept` attribute: every format's endings and MIME types. */
export function acceptAttribute(formats: readonly ImportFormatModule[] = IMPORT_FORMATS): string {
  const exts = [...new Set(formats.flatMap((f) => f.extensions))].map((e) => `.${e}`);
  const mimes = [...new Set(formats.flatMap((f) => f.mime))];
  return [...exts, ...mimes].join(',');
}
