/** Pure helpers for quoting sources. */
import type { FrontierEvent, Report, SourceDoc } from '../../model/types';
import { formatEventDate } from '../../calendar/format';
import { BASE_LANG } from '../../i18n/langs';

export interface TextSegment {
  text: string;
  /** Index of the quote this segment highlights, or null for plain text. */
  quote: number | null;
}

/**
 * Splits `text` into plain and highlighted segments for several quotes of the same source, in
 * text order (first occurrence of each; overlapping quotes are merged into the earlier one).
 */
export function segmentQuotes(text: string, quotes: readonly string[]): TextSegment[] {
  const spans = quotes
    .map((q, i) => ({ i, at: q ? text.indexOf(q) : -1, len: q.length }))
    .filter((s) => s.at >= 0)
    .sort((a, b) => a.at - b.at);
  const out: TextSegment[] = [];
  let pos = 0;
  for (const s of spans) {
    if (s.at < pos) {
      // Overlaps the previous highlight: extend it rather than nest marks.
      const last = out[out.length - 1];
      if (last && s.at + s.len > pos) {
        last.text += text.slice(pos, s.at + s.len);
        pos = s.at + s.len;
      }
      continue;
    }
    if (s.at > pos) out.push({ text: text.slice(pos, s.at), quote: null });
    out.push({ text: text.slice(s.at, s.at + s.len), quote: s.i });
    pos = s.at + s.len;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), quote: null });
  return out;
}

/**
 * Plain-text citation of an event, its quoted sources and its cited reports (outlet, headline,
 * date, address), for the clipboard (in English, whatever the UI language).
 */
export function citationText(
  e: FrontierEvent,
  sources: ReadonlyMap<string, SourceDoc>,
  reports: ReadonlyMap<string, Report> = new Map(),
): string {
  const lines = [`${e.title} (${formatEventDate(e.date, BASE_LANG)}; ${e.location.asReported})`];
  for (const ref of e.sources) {
    const doc = sources.get(ref.sourceId);
    const pub = doc?.published.notBefore ? `, published not before ${doc.published.notBefore}` : '';
    lines.push(`“${ref.quote}” — ${doc?.title ?? ref.sourceId}${doc?.outlet ? `, ${doc.outlet}` : ''}${pub}.`);
  }
  for (const c of e.citations ?? []) {
    const r = reports.get(c.reportId);
    if (!r) {
      lines.push(`${c.reportId}.`);
      continue;
    }
    const headline = r.headline ? `, “${r.headline}”` : '';
    lines.push(`${r.outlet}${headline}${r.published ? `, ${r.published}` : ''}: ${r.url}`);
  }
  return lines.join('\n');
}
