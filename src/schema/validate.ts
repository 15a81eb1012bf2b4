/**
 * Validation of each data file's parsed JSON (unknown input) into typed records. Every problem is
 * collected as a `ValidationError` naming file, record, field and expectation; nothing throws.
 */
import { isIsoDay, isIsoYear } from '../calendar/dates.ts';
import type { GeoLookup } from '../geo/geoLookup.ts';
import { readEvent } from './readEvent.ts';
import type { EventRefs } from './readEvent.ts';
import { asLngLat, readSourceRef, readSourceRefs } from './readSourceRef.ts';
import type { SourceTexts } from './readSourceRef.ts';
import {
  asArray,
  asObject,
  asOneOf,
  asString,
  asText,
  eachOf,
  fail,
  field,
  isObject,
  noExtraKeys,
  nullable,
  recordLabel,
  report,
} from './schema.ts';
import type { Scope, ValidationError } from './schema.ts';
import type { EventRecord, ExternalCitation, OutpostRecord, PhaseCoverage, PhaseRecord, SourceDoc, SourceRef } from '../model/types.ts';

export type { ValidationError } from './schema.ts';
export type { EventRefs } from './readEvent.ts';
export type { SourceTexts } from './readSourceRef.ts';

/** Valid records (invalid ones are left out) and every error found. */
export interface ValidationResult<T> {
  records: T[];
  errors: ValidationError[];
}

/** File names as they appear in messages, relative to `data/`. */
export const DATA_FILES = {
  sourcesIndex: 'sources/index.json',
  events: 'events.json',
  phases: 'phases.json',
  outposts: 'outposts.json',
} as const;

/** Read an array file record by record, then report duplicate ids. */
function readList<T extends { id: string }>(
  file: string,
  kind: string,
  input: unknown,
  read: (scope: Scope, value: unknown) => T | undefined,
): ValidationResult<T> {
  const errors: ValidationError[] = [];
  const items = field({ file, record: '', errors }, '', () => asArray(input));
  if (items === undefined) return { records: [], errors };
  const records: T[] = [];
  const firstIndex = new Map<string, number>();
  items.forEach((value, index) => {
    const scope: Scope = { file, record: recordLabel(kind, value, index), errors };
    const id = isObject(value) ? value['id'] : undefined;
    if (typeof id === 'string' && id !== '') {
      const first = firstIndex.get(id);
      if (first === undefined) firstIndex.set(id, index);
      else report(scope, 'id', `expected a unique id, got ${JSON.stringify(id)} (already used by #${first})`);
    }
    const record = read(scope, value);
    if (record !== undefined && firstIndex.get(record.id) === index) records.push(record);
  });
  return { records, errors };
}

/** Index valid sources by id for quote checks. */
export function sourceTextsOf(sources: readonly SourceDoc[]): SourceTexts {
  return new Map(sources.map((s) => [s.id, { file: s.file, text: s.text }]));
}

function readSource(scope: Scope, value: unknown, texts: Readonly<Record<string, string>>): SourceDoc | undefined {
  const obj = field(scope, '', () => asObject(value));
  if (obj === undefined) return undefined;
  let ok = noExtraKeys(scope, '', obj, ['id', 'file', 'title', 'outlet', 'published', 'cites']);
  const id = field(scope, 'id', () => asText(obj['id']));
  const file = field(scope, 'file', () => {
    const name = asText(obj['file']);
    return Object.keys(texts).includes(name) ? name : fail(`a file in data/sources/ (${Object.keys(texts).join(', ')})`, name);
  });
  const text = file === undefined ? undefined : texts[file];
  const title = field(scope, 'title', () => {
    const t = asText(obj['title']);
    return text === undefined || text.startsWith(t) ? t : fail(`the start of the article's first line, verbatim`, t);
  });
  const outlet = field(scope, 'outlet', () => nullable(asText)(obj['outlet']));
  const day = nullable((v) => (typeof v === 'string' && isIsoDay(v) ? v : fail('YYYY-MM-DD (a real calendar date) or null', v)));
  const pub = field(scope, 'published', () => asObject(obj['published']));
  const published = pub && {
    notBefore: field(scope, 'published.notBefore', () => day(pub['notBefore'])),
    notAfter: field(scope, 'published.notAfter', () => day(pub['notAfter'])),
    note: field(scope, 'published.note', () => asText(pub['note'])),
  };
  if (pub !== undefined) ok = noExtraKeys(scope, 'published', pub, ['notBefore', 'notAfter', 'note']) && ok;
  const { notBefore, notAfter } = published ?? {};
  if (typeof notBefore === 'string' && typeof notAfter === 'string' && notAfter < notBefore) {
    report(scope, 'published.notAfter', `expected a date on or after notBefore ${notBefore}, got "${notAfter}"`);
    ok = false;
  }
  const cites = eachOf(scope, 'cites', obj['cites'], (item, path) =>
    field(scope, path, () => {
      const c = asText(item);
      return text === undefined || text.includes(c) ? c : fail('a name that occurs verbatim in the article', c);
    }),
  );
  if (!ok || id === undefined || file === undefined || text === undefined || title === undefined || outlet === undefined) return undefined;
  if (published?.notBefore === undefined || published.notAfter === undefined || published.note === undefined || cites === undefined)
    return undefined;
  const { notBefore: nb, notAfter: na, note } = published;
  return { id, file, title, outlet, published: { notBefore: nb, notAfter: na, note }, cites, text };
}

/** Validate `sources/index.json` against the article texts (keyed by file name). */
export function validateSources(input: unknown, texts: Readonly<Record<string, string>>): ValidationResult<SourceDoc> {
  return readList(DATA_FILES.sourcesIndex, 'source', input, (scope, value) => readSource(scope, value, texts));
}

/** Validate `events.json`: shapes, dates, locations against `geo`, quotes against the sources. */
export function validateEvents(input: unknown, refs: EventRefs): ValidationResult<EventRecord> {
  return readList(DATA_FILES.events, 'event', input, (scope, value) => readEvent(scope, value, refs));
}

const COVERAGES: readonly PhaseCoverage[] = ['none', 'select-outposts', 'border'];

function readPhase(scope: Scope, value: unknown, sources: SourceTexts): PhaseRecord | undefined {
  const obj = field(scope, '', () => asObject(value));
  if (obj === undefined) return undefined;
  let ok = noExtraKeys(scope, '', obj, [
    'id',
    'stage',
    'name',
    'name_ru',
    'start',
    'end',
    'description',
    'coverage',
    'coverageNote',
    'coverageNote_ru',
    'sources',
  ]);
  const year = (v: unknown): string => (typeof v === 'string' && isIsoYear(v) ? v : fail('YYYY', v));
  const id = field(scope, 'id', () => asText(obj['id']));
  const stage = field(scope, 'stage', () =>
    obj['stage'] === 1 || obj['stage'] === 2 || obj['stage'] === 3 ? obj['stage'] : fail('1 | 2 | 3', obj['stage']),
  );
  const name = field(scope, 'name', () => asText(obj['name']));
  const start = field(scope, 'start', () => year(obj['start']));
  const end = field(scope, 'end', () => {
    const e = year(obj['end']);
    return start === undefined || e >= start ? e : fail(`a year on or after start ${start}`, e);
  });
  const description = field(scope, 'description', () => asString(obj['description']));
  const coverage = field(scope, 'coverage', () => asOneOf(COVERAGES)(obj['coverage']));
  const coverageNote = field(scope, 'coverageNote', () => asText(obj['coverageNote']));
  const refs = readSourceRefs(scope, 'sources', obj['sources'], sources);
  let nameRu: string | undefined;
  if ('name_ru' in obj) {
    nameRu = field(scope, 'name_ru', () => asText(obj['name_ru']));
    if (nameRu === undefined) ok = false;
  }
  let noteRu: string | undefined;
  if ('coverageNote_ru' in obj) {
    noteRu = field(scope, 'coverageNote_ru', () => asText(obj['coverageNote_ru']));
    if (noteRu === undefined) ok = false;
  }
  if (!ok || id === undefined || stage === undefined || name === undefined || start === undefined || end === undefined) return undefined;
  if (description === undefined || coverage === undefined || coverageNote === undefined || refs === undefined) return undefined;
  const phase: PhaseRecord = { id, stage, name, start, end, description, coverage, coverageNote, sources: refs };
  if (nameRu !== undefined) phase.name_ru = nameRu;
  if (noteRu !== undefined) phase.coverageNote_ru = noteRu;
  return phase;
}

/** Validate `phases.json`; stages must also be unique. */
export function validatePhases(input: unknown, sources: SourceTexts): ValidationResult<PhaseRecord> {
  const result = readList(DATA_FILES.phases, 'phase', input, (scope, value) => readPhase(scope, value, sources));
  const seen = new Set<number>();
  result.records = result.records.filter((phase) => {
    if (!seen.has(phase.stage)) {
      seen.add(phase.stage);
      return true;
    }
    report(
      { file: DATA_FILES.phases, record: `phase "${phase.id}"`, errors: result.errors },
      'stage',
      `expected a unique stage, got ${phase.stage} again`,
    );
    return false;
  });
  return result;
}

/** Everything an outpost may refer to. */
export interface OutpostRefs {
  sources: SourceTexts;
  geo: Pick<GeoLookup, 'placeLngLat'>;
}

function readCitation(scope: Scope, path: string, value: unknown, sources: SourceTexts): SourceRef | ExternalCitation | undefined {
  const obj = field(scope, path, () => asObject(value));
  if (obj === undefined) return undefined;
  if (!('citation' in obj)) return readSourceRef(scope, path, obj, sources);
  const tidy = noExtraKeys(scope, path, obj, ['citation']);
  const citation = field(scope, `${path}.citation`, () => asText(obj['citation']));
  return tidy && citation !== undefined ? { citation } : undefined;
}

function readOutpost(scope: Scope, value: unknown, refs: OutpostRefs): OutpostRecord | undefined {
  const obj = field(scope, '', () => asObject(value));
  if (obj === undefined) return undefined;
  let ok = noExtraKeys(scope, '', obj, ['id', 'kind', 'name', 'name_ru', 'placeId', 'coordinates', 'precision', 'sources', 'note']);
  const id = field(scope, 'id', () => asText(obj['id']));
  const kind = field(scope, 'kind', () => asOneOf(['crossing', 'outpost'] as const)(obj['kind']));
  const name = field(scope, 'name', () => asText(obj['name']));
  const precision = field(scope, 'precision', () => asOneOf(['settlement', 'exact'] as const)(obj['precision']));
  const sources = eachOf(scope, 'sources', obj['sources'], (item, path) => readCitation(scope, path, item, refs.sources));
  if (sources !== undefined && sources.length === 0) {
    report(scope, 'sources', 'expected at least one source, got []');
    ok = false;
  }
  const outpost: Pick<Partial<OutpostRecord>, 'name_ru' | 'note' | 'placeId' | 'coordinates'> = {};
  const optionalText = (key: 'name_ru' | 'note'): void => {
    if (!(key in obj)) return;
    const text = field(scope, key, () => asText(obj[key]));
    if (text === undefined) ok = false;
    else outpost[key] = text;
  };
  optionalText('name_ru');
  optionalText('note');
  const wants = precision === 'settlement' ? 'placeId' : precision === 'exact' ? 'coordinates' : null;
  for (const key of ['placeId', 'coordinates'] as const) {
    if (precision !== undefined && key !== wants && key in obj) {
      report(scope, key, `expected no ${key} for precision "${precision}" (it uses ${wants})`);
      ok = false;
    }
  }
  if (wants === 'placeId') {
    const placeId = field(scope, 'placeId', () => {
      const p = asText(obj['placeId']);
      return refs.geo.placeLngLat(p) !== undefined ? p : fail('a place id from data/geo/places.geojson', p);
    });
    if (placeId === undefined) ok = false;
    else outpost.placeId = placeId;
  } else if (wants === 'coordinates') {
    const coordinates = field(scope, 'coordinates', () => asLngLat(obj['coordinates']));
    if (coordinates === undefined) ok = false;
    else outpost.coordinates = coordinates;
  }
  if (!ok || id === undefined || kind === undefined || name === undefined || precision === undefined || sources === undefined)
    return undefined;
  return { id, kind, name, precision, sources, ...outpost };
}

/** Validate `outposts.json`: settlement ⇒ a resolvable placeId, exact ⇒ coordinates; cited sources. */
export function validateOutposts(input: unknown, refs: OutpostRefs): ValidationResult<OutpostRecord> {
  return readList(DATA_FILES.outposts, 'outpost', input, (scope, value) => readOutpost(scope, value, refs));
}
