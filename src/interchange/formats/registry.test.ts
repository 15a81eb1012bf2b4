import { describe, expect, it } from 'vitest';
import { importFile } from '../importFile';
import { fatalResult } from '../importTypes';
import { testOptions } from '../testFixtures';
import { IMPORT_FORMATS, acceptAttribute, type JsonFormat, type TextFormat } from './registry';

describe('import format registry', () => {
  it('builds the file picker accept list from every format', () => {
    expect(acceptAttribute().split(',')).toEqual([
      '.csv',
      '.tsv',
      '.json',
      '.geojson',
      'text/csv',
      'application/json',
      'application/geo+json',
    ]);
  });

  it.each([
    ['a.csv', 'x,y\n1,2', 'acled-csv'],
    ['a.geojson', '{"type":"FeatureCollection","features":[]}', 'geojson'],
    ['a.json', '[{"id":"x"}]', 'app-json'],
    ['noext', '{"type":"FeatureCollection","features":[]}', 'geojson'],
  ] as const)('%s is read by %s', async (name, text, format) => {
    expect((await importFile(text, name, testOptions())).format).toBe(format);
  });

  it('a new format is one entry: it is dispatched to and joins the accept list', async () => {
    const seen: string[] = [];
    const fake: JsonFormat = {
      id: 'geojson',
      input: 'json',
      extensions: ['fake'],
      mime: ['application/x-fake'],
      claims: (doc) => typeof doc === 'object' && doc !== null && 'fake' in doc,
      read: (_doc, file) => {
        seen.push(file);
        return Promise.resolve(fatalResult(file, 'geojson', 'fake read'));
      },
    };
    const formats = [fake, ...IMPORT_FORMATS];
    expect(acceptAttribute(formats)).toContain('.fake');
    expect((await importFile('{"fake":1}', 'a.fake', testOptions(), undefined, formats)).fatal).toBe('fake read');
    expect(seen).toEqual(['a.fake']);
  });

  it('text input with no text format is refused with a message', async () => {
    const json = IMPORT_FORMATS.filter((f): f is JsonFormat => f.input === 'json');
    expect((await importFile('a,b', 'a.txt', testOptions(), undefined, json)).fatal).toBe('expected a JSON file, got text');
    const text: TextFormat[] = IMPORT_FORMATS.filter((f): f is TextFormat => f.input === 'text');
    expect(text.map((f) => f.id)).toEqual(['acled-csv']);
  });
});
