/**
 * Vite plugin: `data/events.json` in two halves, as modules the app imports on demand —
 * `virtual:frontier-events` (every event without its summaries, notes and translated titles: what
 * the default view draws, lists and filters by) and `virtual:frontier-event-texts` (those texts by
 * event id, loaded when something shows or searches them, or the UI switches language). Each is a chunk of its own; the build validates the
 * whole file (validateDataPlugin), and the boot validates the first half again.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { splitEventTexts } from '../src/model/eventTexts.ts';
import { DATA_FILES } from '../src/schema/manifest.ts';

export const EVENTS_ID = 'virtual:frontier-events';
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
  const resolved = new Map([EVENTS_ID, EVENT_TEXTS_ID].map((id) => [`\0${id}`, id]));
  return {
    name: 'frontier-event-texts',
    resolveId: (id) => (id === EVENTS_ID || id === EVENT_TEXTS_ID ? `\0${id}` : undefined),
    load(id) {
      const which = resolved.get(id);
      if (which === undefined) return undefined;
      // The dev server rebuilds the module when the file changes.
      const file = new URL(DATA_FILES.events, dataDir).pathname;
      this.addWatchFile(file);
      let halves: ReturnType<typeof eventHalves>;
      try {
        halves = eventHalves();
      } catch (e) {
        // Not JSON: the boot's validation reports the file as it reports any other.
        halves = { core: readFileSync(file, 'utf8'), texts: {} };
        this.warn(`${DATA_FILES.events}: ${e instanceof Error ? e.message : String(e)}`);
      }
      return jsonModule(which === EVENTS_ID ? halves.core : halves.texts);
    },
  };
}
