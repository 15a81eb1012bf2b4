/**
 * The citations of the events a view shows: each bundled article and cited report once, with its
 * outlet, headline, date and address, for slide columns, speaker notes and PDF pages. Pure.
 */
import type { Dataset, FrontierEvent, Report } from '../model/types';

export interface ViewCitation {
  id: string;
  /** The outlet, or the article's title when the bundled text names no outlet. */
  outlet: string;
  headline: string | null;
  /** `YYYY-MM-DD`, or null when undated. */
  date: string | null;
  /** True when `date` is only the earliest day it can have appeared (an undated bundled article). */
  notBefore: boolean;
  /** The report's address; null for articles bundled with the app. */
  url: string | null;
}

/** Every source and report the events cite, once each, oldest first (undated last), then by outlet. */
export function viewCitations(
  events: readonly FrontierEvent[],
  data: Pick<Dataset, 'sources'> & { reports: readonly Report[] },
): ViewCitation[] {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const reports = new Map(data.reports.map((r) => [r.id, r]));
  const out = new Map<string, ViewCitation>();
  for (const e of events) {
    for (const ref of e.sources) {
      const doc = sources.get(ref.sourceId);
      if (!doc || out.has(doc.id)) continue;
      const date = doc.published.notBefore ?? null;
      out.set(doc.id, {
        id: doc.id,
        outlet: doc.outlet ?? doc.title,
        headline: doc.outlet ? doc.title : null,
        date,
        notBefore: true,
        url: null,
      });
    }
    for (const c of e.citations ?? []) {
      const r = reports.get(c.reportId);
      if (!r || out.has(r.id)) continue;
      out.set(r.id, { id: r.id, outlet: r.outlet, headline: r.headline, date: r.published, notBefore: false, url: r.url });
    }
  }
  return [...out.values()].sort(
    (a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.outlet.localeCompare(b.outlet) || a.id.localeCompare(b.id),
  );
}

/** One line: `Outlet, “Headline”, 2025-11-30: https://…` (`≥ 2025-11-30` for a lower bound; `n.d.` undated). */
export function citationLine(c: ViewCitation, withHeadline = true): string {
  const date = c.date ? `${c.notBefore ? '≥ ' : ''}${c.date}` : 'n.d.';
  const headline = withHeadline && c.headline ? `, “${c.headline}”` : '';
  return `${c.outlet}${headline}, ${date}${c.url ? `: ${c.url}` : ''}`;
}
