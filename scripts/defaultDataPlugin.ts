/**
 * Vite plugin: `virtual:frontier-default-data`, the records of the default view's data files as
 * validated here, in Node, against the exact geography and every article text — the sources
 * index, the posts, the phases, and the events without their summaries, notes and translated
 * titles (those are `virtual:frontier-event-texts`, on demand). The app normalises them at boot
 * and does not validate them again: a build whose data does not validate fails, naming file,
 * record, field and expectation (so does the dev server's start, by validateDataPlugin); a running
 * dev server serves the errors of an edit instead, which the app shows as it shows any load error.
 * With the records comes the index of `reports.json` they were checked against. Imported data
 * (files, `?data=` links) is validated in the browser.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { validateWithIndex } from '../src/load/loadDataset.ts';
import { readDatasetFiles, readGeoFiles } from '../src/load/readDatasetFiles.ts';
import { createGeoLookup } from '../src/geo/geoLookup.ts';
import { parseGeoBundle } from '../src/schema/geo.ts';
import { reportIndexOf, validateReports } from '../src/schema/validate.ts';
import { splitEventTexts, splitPostTexts } from '../src/model/eventTexts.ts';
import type { DefaultData } from '../src/load/datasetOf.ts';
import type { EventRecord } from '../src/model/types.ts';
import { manifestPaths } from './dataHashPlugin.ts';
import { jsonModule, reloadOnDataChange } from './virtualModule.ts';
import { EVENT_TEXTS_ID } from './eventTextsPlugin.ts';
import { BORDER_MEASURES_ID } from './borderMeasuresPlugin.ts';

export const DEFAULT_DATA_ID = 'virtual:frontier-default-data';
const dataDir = new URL('../data/', import.meta.url);

/** The default data of `dir`, validated whole; the records without the texts the default view loads on demand. */
export function defaultDataOf(dir: URL = dataDir): DefaultData {
  let files: ReturnType<typeof readDatasetFiles>;
  let geoFiles: ReturnType<typeof readGeoFiles>;
  try {
    files = readDatasetFiles(dir);
    geoFiles = readGeoFiles(dir);
  } catch (e) {
    // A missing file or one that is not JSON: the message names it.
    return { ok: false, errors: [e instanceof Error ? e.message : String(e)] };
  }
  const geo = parseGeoBundle(geoFiles);
  if (!geo.ok) return { ok: false, errors: geo.errors };
  const reports = validateReports(files.reports);
  const reportIndex = reportIndexOf(reports.records);
  const result = validateWithIndex(files, reportIndex, createGeoLookup(geo.geo), reports.errors);
  if (!result.ok) return { ok: false, errors: result.errors.map((e) => e.message) };
  const { sources, events, phases, outposts } = result.records;
  return {
    ok: true,
    records: {
      // The article texts load when a view needs one (`load/sourceTexts.ts`).
      sources: sources.map(({ text: _text, ...source }) => source),
      events: splitEventTexts(events).core as EventRecord[],
      phases,
      outposts: splitPostTexts(outposts).core as typeof outposts,
    },
    reportIndex,
  };
}

/** The plugin over the data files of `dir` (the project's data/ unless a test passes another). */
export function defaultDataPlugin(dir: URL = dataDir): Plugin {
  let serving = false;
  return {
    name: 'frontier-default-data',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    // Every module built from data/, this plugin's and the others', in one hook: one reload per edit.
    configureServer: (server) => reloadOnDataChange(server, dir, [DEFAULT_DATA_ID, EVENT_TEXTS_ID, BORDER_MEASURES_ID]),
    resolveId: (id) => (id === DEFAULT_DATA_ID ? `\0${id}` : undefined),
    load(id) {
      if (id !== `\0${DEFAULT_DATA_ID}`) return undefined;
      // Rebuilt when a data file changes: by the build's watch mode, and on the dev server by reloadOnDataChange.
      for (const path of manifestPaths(dir)) this.addWatchFile(fileURLToPath(new URL(path, dir)));
      const data = defaultDataOf(dir);
      if (!data.ok && !serving) this.error(`Invalid data files:\n${data.errors.join('\n')}`);
      return jsonModule(data);
    },
  };
}
