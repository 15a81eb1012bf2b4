/**
 * The extraction date stamped into sources.json and SOURCES.md: the only input not pinned by a
 * package version. SOURCE_DATE=YYYY-MM-DD sets it; otherwise the date already recorded in
 * sources.json is kept (so a plain re-run is byte-identical); otherwise today (UTC).
 */
import { fail } from './log.ts';

/** Pure choice of the date from the env value, the previous credits (if any) and today. */
export function chooseSourceDate(env: string | undefined, previous: unknown, today: string): string {
  if (env) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(env)) fail(`SOURCE_DATE must be YYYY-MM-DD, got ${env}`);
    return env;
  }
  if (Array.isArray(previous)) {
    for (const c of previous as unknown[]) {
      const d = typeof c === 'object' && c !== null ? (c as { extracted?: unknown }).extracted : undefined;
      if (typeof d === 'string' && d) return d;
    }
  }
  return today;
}
