/**
 * One chunk for the modules the default view always runs. Rolldown splits the modules the entry
 * shares with on-demand chunks into many small shared chunks, even though the entry has loaded
 * them before any of those chunks can be (rolldown/rolldown#10731, open): the default view fetched
 * some twenty chunks of 0.1–10 KB, each compressed on its own. This plugin records, once the
 * module graph is known, every module statically reachable from the entries; a code-splitting
 * group (`vite.config.ts`) puts them in one chunk. On-demand code stays out: only static imports
 * are followed, so a module reached only through `import()` is not captured.
 */
import type { Plugin } from 'vite';

export interface BootModules {
  plugin: Plugin;
  /** Whether the module is statically reachable from an entry (false before the graph is known). */
  has(id: string): boolean;
}

export function bootModules(): BootModules {
  const reachable = new Set<string>();
  const plugin: Plugin = {
    name: 'frontier-boot-modules',
    apply: 'build',
    buildEnd() {
      reachable.clear();
      const stack = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      while (stack.length > 0) {
        const id = stack.pop()!;
        if (reachable.has(id)) continue;
        reachable.add(id);
        stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return { plugin, has: (id) => reachable.has(id) };
}
