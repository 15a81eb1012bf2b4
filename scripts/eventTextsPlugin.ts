/**
 * Vite plugin: `virtual:frontier-event-texts`, the shipped events' summaries, notes and translated
 * titles by event id, a chunk the app imports when something shows or searches them, or the UI
 * switches language. The rest of each event (what the default view draws, lists and filters by)
 * is in `virtual:frontier-default-data` (defaultDataPlugin); the build validates the whole file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { jsonModule } from './virtualModule.ts';
import { splitEventTexts } from '../src/model/eventTexts.ts';
import { DATA_FILES } from '../src/schema/manifest.ts';

export const EVENT_TEXTS_ID = 'virtual:frontier-event-texts';
const dataDir = new URL('../data/', import.meta.url);

/** The shipped events' texts by id, from the events file under `dir` (none if it is not an array: the default data reports it). */
export function eventTexts(dir: URL = dataDir): Record<string, unknown> {
  const raw = JSON.parse(readFileSync(new URL(DATA_FILES.events, dir), 'utf8')) as unknown;
  return Array.isArray(raw) ? splitEventTexts(raw).texts : {};
}

export function eventTextsPlugin(): Plugin {
  return {
    name: 'frontier-event-texts',
    resolveId: (id) => (id === EVENT_TEXTS_ID ? `\0${id}` : undefined),
    load(id) {
      if (id !== `\0${EVENT_TEXTS_ID}`) return undefined;
      // Rebuilt when the file changes: by the build's watch mode, and on the dev server by defaultDataPlugin's reloadOnDataChange.
      this.addWatchFile(fileURLToPath(new URL(DATA_FILES.events, dataDir)));
      try {
        return jsonModule(eventTexts());
      } catch {
        // Not JSON: the default data module reports the file (defaultDataPlugin), and no text is shown.
        return jsonModule({});
      }
    },
  };
}
