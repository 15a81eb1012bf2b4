import { describe, expect, it } from 'vitest';
import { bootModules } from './bootChunkPlugin.ts';

/** A module graph as the bundler reports it: static imports, and dynamic ones (never followed). */
const GRAPH: Record<string, { isEntry?: boolean; importedIds: string[]; dynamicallyImportedIds: string[] }> = {
  '/index.html': { isEntry: true, importedIds: ['/main.ts'], dynamicallyImportedIds: [] },
  '/main.ts': { importedIds: ['/store.ts', '/panel.ts'], dynamicallyImportedIds: ['/chart.ts'] },
  '/store.ts': { importedIds: [], dynamicallyImportedIds: [] },
  '/panel.ts': { importedIds: ['/store.ts'], dynamicallyImportedIds: ['/dialog.ts'] },
  // On demand only, even though it shares the store with the entry.
  '/chart.ts': { importedIds: ['/store.ts', '/axis.ts'], dynamicallyImportedIds: [] },
  '/axis.ts': { importedIds: [], dynamicallyImportedIds: [] },
  '/dialog.ts': { importedIds: [], dynamicallyImportedIds: [] },
};

function runBuildEnd(graph: typeof GRAPH) {
  const boot = bootModules();
  const ctx = { getModuleIds: () => Object.keys(graph)[Symbol.iterator](), getModuleInfo: (id: string) => graph[id] ?? null };
  (boot.plugin.buildEnd as unknown as (this: typeof ctx) => void).call(ctx);
  return boot;
}

describe('bootModules', () => {
  it('captures exactly the modules statically reachable from an entry', () => {
    const boot = runBuildEnd(GRAPH);
    const captured = Object.keys(GRAPH).filter((id) => boot.has(id));
    expect(captured).toEqual(['/index.html', '/main.ts', '/store.ts', '/panel.ts']);
  });

  it('captures nothing before the graph is known, and forgets a previous build', () => {
    expect(bootModules().has('/main.ts')).toBe(false);
    const boot = runBuildEnd(GRAPH);
    const ctx = { getModuleIds: () => ['/axis.ts'][Symbol.iterator](), getModuleInfo: () => ({ isEntry: true, importedIds: [] }) };
    (boot.plugin.buildEnd as unknown as (this: typeof ctx) => void).call(ctx);
    expect(boot.has('/main.ts')).toBe(false);
    expect(boot.has('/axis.ts')).toBe(true);
  });
});
