/**
 * The full-view permalink, apart from the snippet builder (`snippet.ts`): the embed's "open the full
 * map" link needs it at boot, the share dialog's snippets load with the dialog.
 */
import { EMBED_PARAMS } from '../embed/embedOptions';

/** The full-view permalink: the page URL without embed parameters. */
export function permalink(pageUrl: string): string {
  const u = new URL(pageUrl);
  for (const k of EMBED_PARAMS) u.searchParams.delete(k);
  u.hash = '';
  return u.toString();
}
