/** Helpers for the build's virtual modules of the data (default data, event texts, border measures). */
import { fileURLToPath } from 'node:url';
import type { ViteDevServer } from 'vite';

/** A module whose default export is `value`: JSON is a JS expression, and the shortest text of it. */
export const jsonModule = (value: unknown): string => `export default ${JSON.stringify(value)};\n`;

/**
 * Dev server: when a file under `dir` changes, appears or goes, the modules built from it (`ids`,
 * before resolution) are invalidated and the page reloads. Checked with the dev server: a change
 * to a file a virtual module's `load` read (and passed to `addWatchFile`) left the module stale.
 */
export function reloadOnDataChange(server: ViteDevServer, dir: URL, ids: readonly string[]): void {
  const root = fileURLToPath(dir);
  const reload = (file: string): void => {
    if (!file.startsWith(root)) return;
    for (const id of ids) {
      const mod = server.moduleGraph.getModuleById(`\0${id}`);
      if (mod) server.moduleGraph.invalidateModule(mod);
    }
    server.ws.send({ type: 'full-reload' });
  };
  for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, reload);
}
