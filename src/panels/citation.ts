/** Pure helpers for quoting sources. */
import type { FrontierEvent, SourceDoc } from '../data/types';
import { formatEventDate } from '../data/dates';

/** Splits `text` around the first exact occurrence of `quote`; null when the quote is absent. */
export function splitAtQuote(text: string, quote: string): { before: string; quote: string; after: string } | null {
  const i = quote ? text.indexOf(quote) : -1;
  if (i < 0) return null;
  return { before: text.slice(0, i), quote, after: text.slice(i + quote.length) };
}

/** Plain-text citation of an event and its quoted sources, for the clipboard. */
export function citationText(e: FrontierEvent, sources: ReadonlyMap<string, SourceDoc>): string {
  const lines = [`${e.title} (${formatEventDate(e.date, 'en')}; ${e.location.asReported})`];
  for (const ref of e.sources) {
    const doc = sources.get(ref.sourceId);
    const pub = doc?.published.notBefore ? `, published not before ${doc.published.notBefore}` : '';
    lines.push(`“${ref.quote}” — ${doc?.title ?? ref.sourceId}${doc?.outlet ? `, ${doc.outlet}` : ''}${pub}.`);
  }
  return lines.join('\n');
}
