/**
 * The bundled article texts, on demand: the default view has only their index (ids, titles,
 * dates; `fetchDefault.ts`), and what shows or checks a text (the source panel's full article,
 * the import quote check, the briefing check) calls `loadSourceTexts` first. Fetched once per
 * page. Not validated again: the build checked these very files (titles, agencies, every quote).
 */
import type { SourceDoc } from '../model/types';
import type { AppStore } from '../state/appStore';
import { onceUntilFailure } from './onceUntilFailure';

// The texts' asset URLs (the same assets `fetchDefault.ts` lists), without importing that module:
// the import dialog loads this on demand, and sharing the boot loader with it splits the boot chunk.
const textUrls = import.meta.glob('../../data/sources/*.txt', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

/** Every bundled text by file name (`000_….txt`); throws naming the file that failed. */
const fetchTexts = onceUntilFailure(async (): Promise<ReadonlyMap<string, string>> => {
  const entries = await Promise.all(
    Object.entries(textUrls).map(async ([path, url]) => {
      const file = path.slice(path.lastIndexOf('/') + 1);
      const res = await fetch(url);
      if (!res.ok) throw new Error(`sources/${file}: HTTP ${res.status}`);
      return [file, await res.text()] as const;
    }),
  );
  return new Map(entries);
});

/** Every source's text by source id, or the ids of those still without one. */
function textsOf(sources: readonly SourceDoc[]): { texts: Map<string, string>; missing: string[] } {
  const texts = new Map<string, string>();
  const missing: string[] = [];
  for (const s of sources) {
    if (s.text === undefined) missing.push(s.id);
    else texts.set(s.id, s.text);
  }
  return { texts, missing };
}

/**
 * The text of every source of the dataset on screen, by source id: from the store when all are
 * there, else the bundled texts are fetched (once per page) and put there first.
 */
export function loadSourceTexts(store: AppStore): Promise<ReadonlyMap<string, string>> {
  const have = textsOf(store.getState().data.dataset?.sources ?? []);
  if (have.missing.length === 0) return Promise.resolve(have.texts);
  return fetchTexts().then((byFile) => {
    store.getState().setSourceTexts(byFile);
    const now = textsOf(store.getState().data.dataset?.sources ?? []);
    // Only if the index names a file the build lacks, which the build's validation already rejects.
    if (now.missing.length > 0) throw new Error(`No article text for ${now.missing.join(', ')}`);
    return now.texts;
  });
}
