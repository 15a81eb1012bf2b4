/**
 * Vite plugin: `virtual:frontier-event-texts`, the shipped events' texts (summaries, notes,
 * translated titles, date inferences) and the posts' notes by id, a chunk the app imports when
 * something shows or searches them, or the UI switches language. The rest of each record (what the
 * default view draws, lists and filters by) is in `virtual:frontier-default-data`
 * (defaultDataPlugin); the build validates the whole files.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { jsonModule } from './virtualModule.ts';
import { splitEventTexts, splitPostTexts, type ShippedTexts } from '../src/model/eventTexts.ts';
import { DATA_FILES } from '../src/schema/manifest.ts';

export const EVENT_TEXTS_ID = 'virtual:frontier-event-texts';
const dataDir = new URL('../data/', import.meta.url);

const records = (dir: URL, file: string): unknown[] => {
  const raw = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as unknown;
  return Array.isArray(raw) ? raw : [];
};

/** The shipped events' texts and the posts' notes by id, from the files under `dir` (none from a file that is not an array: the default data reports it). */
export function eventTexts(dir: URL = dataDir): ShippedTexts {
  return {
    events: splitEventTexts(records(dir, DATA_FILES.events)).texts,
    posts: splitPostTexts(records(dir, DATA_FILES.outposts)).texts,
  } as ShippedTexts;
}

export function eventTextsPlugin(): Plugin {
  return {
    name: 'frontier-event-texts',
    resolveId: (id) => (id === EVENT_TEXTS_ID ? `\0${id}` : undefined),
    load(id) {
      if (id !== `\0${EVENT_TEXTS_ID}`) return undefined;
      // Rebuilt when the file changes: by the build's watch mode, and on the dev server by defaultDataPlugin's reloadOnDataChange.
      for (const file of [DATA_FILES.events, DATA_FILES.outposts]) this.addWatchFile(fileURLToPath(new URL(file, dataDir)));
      try {
        return jsonModule(eventTexts());
      } catch {
        // Not JSON: the default data module reports the file (defaultDataPlugin), and no text is shown.
        return jsonModule({ events: {}, posts: {} });
      }
    },
  };
}
