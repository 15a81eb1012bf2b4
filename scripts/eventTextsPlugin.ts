/**
 * Vite plugin: `virtual:frontier-event-texts`, the shipped events' summaries, notes and translated
 * titles by event id, a chunk the app imports when something shows or searches them, or the UI
 * switches language. The rest of each event (what the default view draws, lists and filters by)
 * is in `virtual:frontier-default-data` (defaultDataPlugin); the build validates the whole file.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { reloadOnDataChange } from './defaultDataPlugin.ts';
import { splitEventTexts } from '../src/model/eventTexts.ts';
import { DATA_FILES } from '../src/schema/manifest.ts';

export const EVENT_TEXTS_ID = 'virtual:frontier-event-texts';
const dataDir = new URL('../data/', import.meta.url);

/** The two halves of the events file under `dir`; not JSON (or not an array) goes whole into the first, where validation names it. */
export function eventHalves(dir: URL = dataDir): { core: unknown; texts: Record<string, unknown> } {
  const raw = JSON.parse(readFileSync(new URL(DATA_FILES.events, dir), 'utf8')) as unknown;
  if (!Array.isArray(raw)) return { core: raw, texts: {} };
  return splitEventTexts(raw);
}

/** A module whose default export is `value`: JSON is a JS expression, and the shortest text of it. */
export const jsonModule = (value: unknown): string => `export default ${JSON.stringify(value)};\n`;

export function eventTextsPlugin(): Plugin {
  return {
    name: 'frontier-event-texts',
    configureServer: (server) => reloadOnDataChange(server, dataDir, [EVENT_TEXTS_ID]),
    resolveId: (id) => (id === EVENT_TEXTS_ID ? `\0${id}` : undefined),
    load(id) {
      if (id !== `\0${EVENT_TEXTS_ID}`) return undefined;
      // Rebuilt when the file changes: by the build's watch mode, and on the dev server by reloadOnDataChange.
      const file = new URL(DATA_FILES.events, dataDir).pathname;
      this.addWatchFile(file);
      try {
        return jsonModule(eventHalves().texts);
      } catch {
        // Not JSON: the default data module reports the file (defaultDataPlugin), and no text is shown.
        return jsonModule({});
      }
    },
  };
}
