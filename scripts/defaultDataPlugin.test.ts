/**
 * The default view's records as a module of the build: validated here in full, normalised at boot
 * without validating again, to the dataset the boot built when it validated the files itself.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetOf, type DefaultData } from '../src/load/datasetOf';
import type { ReportRecord } from '../src/schema/report';
import { formatErrors, parseWithIndex } from '../src/load/loadDataset';
import { readDatasetFiles, readGeoLookup } from '../src/load/readDatasetFiles';
import { EVENT_TEXT_KEYS, splitEventTexts, splitPostTexts } from '../src/model/eventTexts';
import { DEFAULT_DATA_ID, defaultDataOf, defaultDataPlugin } from './defaultDataPlugin';
import { reportIndexOfDir } from './validateDataPlugin';

const DATA = new URL('../data/', import.meta.url);
const geo = readGeoLookup(DATA)!;
const tmp = mkdtempSync(join(tmpdir(), 'frontier-default-data-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of data/ with `file` replaced by `text`. */
function dataWith(name: string, file: string, text: string): URL {
  const dir = join(tmp, name);
  cpSync(new URL('.', DATA), dir, { recursive: true });
  writeFileSync(join(dir, file), text);
  return pathToFileURL(`${dir}/`);
}

/** The value a `jsonModule` exports. */
const fromModule = (text: string): DefaultData => JSON.parse(text.replace(/^export default /, '').replace(/;\n$/, '')) as DefaultData;

/** An edit of a JSON array file: the record with `id` gets `fields`. */
const editRecord =
  (id: string, fields: Record<string, unknown>) =>
  (text: string): string =>
    JSON.stringify((JSON.parse(text) as Array<{ id: string }>).map((r) => (r.id === id ? { ...r, ...fields } : r)));

/** What the plugin's `load` gives for its module, built (`build`) or served (`serve`). */
function load(dir: URL, command: 'build' | 'serve'): string {
  const plugin = defaultDataPlugin(dir);
  (plugin.configResolved as (c: { command: string }) => void)({ command });
  const context = {
    addWatchFile: () => undefined,
    error: (message: string): never => {
      throw new Error(message);
    },
  };
  return (plugin.load as unknown as (this: typeof context, id: string) => string).call(context, `\0${DEFAULT_DATA_ID}`);
}

describe('defaultDataPlugin', () => {
  it('the module it serves normalises to the dataset the boot built from validating the files: the same, less what loads on demand', () => {
    const served = fromModule(load(DATA, 'build'));
    if (!served.ok) throw new Error(served.errors.join('\n'));
    const files = readDatasetFiles(DATA);
    const names = Object.fromEntries(Object.keys(files.sourceTexts).map((file) => [file, null]));
    const core = splitEventTexts(files.events as unknown[]).core;
    const outposts = splitPostTexts(files.outposts as unknown[]).core;
    const before = parseWithIndex({ ...files, events: core, outposts, sourceTexts: names }, reportIndexOfDir(), geo);
    const after = datasetOf(served.records, served.reportIndex, geo);
    expect(before.ok ? '' : formatErrors(before.errors)).toBe('');
    expect(after).toEqual(before);
    expect(served.records.events).toHaveLength((files.events as unknown[]).length);
    expect(served).toEqual(defaultDataOf());
  });

  it('carries the index of reports.json the citations resolve against: every report, its outlet and fact ids, no fact texts', () => {
    const text = load(DATA, 'build');
    const served = fromModule(text);
    const reports = JSON.parse(readFileSync(new URL('reports.json', DATA), 'utf8')) as ReportRecord[];
    expect(served.ok && served.reportIndex).toEqual(reports.map((r) => ({ id: r.id, outlet: r.outlet, facts: r.facts.map((f) => f.id) })));
    for (const r of reports) for (const f of r.facts) expect(text).not.toContain(f.text);
  });

  it("carries no summary, note, translated title, date inference, post's note or article text: those load when a view needs them", () => {
    const data = defaultDataOf();
    if (!data.ok) throw new Error(data.errors.join('\n'));
    for (const e of data.records.events) for (const k of EVENT_TEXT_KEYS) expect(e[k]).toBeUndefined();
    for (const e of data.records.events) expect(e.date.inferred).toBeUndefined();
    for (const o of data.records.outposts) expect(o.note).toBeUndefined();
    expect(data.records.sources.every((s) => !('text' in s))).toBe(true);
    const raw = readFileSync(new URL('events.json', DATA), 'utf8');
    expect(raw).toContain('"summary"');
    expect(raw).toContain('"inferred"');
    expect(load(DATA, 'build')).not.toContain('"summary"');
    expect(load(DATA, 'build')).not.toContain('"inferred"');
  });

  it.each([
    [
      'a field of a record',
      'events.json',
      editRecord('shadak-attack', { kind: 'skirmish' }),
      /^events\.json › event "shadak-attack" \(#\d+\) › kind: expected /m,
    ],
    ['a file that is not JSON', 'phases.json', () => '{ not json', /^phases\.json: not valid JSON \(/],
    [
      'a cross-file reference',
      'outposts.json',
      editRecord('crossing-panji-poyon', { placeId: 'no-such-place' }),
      /^outposts\.json › outpost "crossing-panji-poyon" \(#\d+\) › placeId: expected /m,
    ],
  ])(
    '%s that does not validate fails the build, naming it; the dev server serves the errors for the app to show',
    (name, file, edit, message) => {
      const dir = dataWith(name.replace(/\W+/g, '-'), file, edit(readFileSync(new URL(file, DATA), 'utf8')));
      const data = defaultDataOf(dir);
      expect(data.ok).toBe(false);
      expect(data.ok ? '' : data.errors.join('\n')).toMatch(message);
      expect(() => load(dir, 'build')).toThrow(/^Invalid data files:\n/);
      expect(load(dir, 'serve')).toBe(`export default ${JSON.stringify(data)};\n`);
    },
  );
});
