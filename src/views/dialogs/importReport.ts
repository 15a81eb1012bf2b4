/**
 * The import report: counts, then (for many problems) the counts per field and reason, then the
 * first problems one row each (file, row/feature, field, problem), as text.
 */
import type { Lang } from '../../state/appStore';
import type { ImportReport } from '../../interchange/problemSummary';
import { formatNumber } from '../../calendar/format';
import { t } from '../../i18n/strings';
import { h } from '../../ui/dom';

/** "file.csv: 120 accepted, 3 rejected" — the line screen readers hear first. */
export function reportSummary(r: ImportReport, lang: Lang): string {
  if (r.fatal !== null) return `${r.file}: ${t(lang, 'importFailed')}`;
  return `${r.file}: ${r.records.length} ${t(lang, 'importAccepted')}, ${r.rejected} ${t(lang, 'importRejected')}`;
}

/** "Showing 100 of 812,344 problems", or null when every problem is listed. */
export function reportShowing(r: ImportReport, lang: Lang): string | null {
  const p = r.problems;
  if (p.count <= p.examples.length) return null;
  return t(lang, 'reportShowing').replace('{shown}', formatNumber(p.examples.length, lang)).replace('{total}', formatNumber(p.count, lang));
}

const headRow = (cells: string[]): HTMLElement => h('tr', {}, ...cells.map((text) => h('th', { scope: 'col', text })));

/** The counts per field and reason (shown when not every problem is listed). */
function countsTable(r: ImportReport, lang: Lang): HTMLElement {
  const rows = r.problems.groups.map((g) =>
    h(
      'tr',
      {},
      h('td', { text: g.field || '—' }),
      h('td', { text: g.reason }),
      h('td', { class: 'num', text: formatNumber(g.count, lang) }),
    ),
  );
  return h(
    'table',
    { class: 'import-report', 'data-testid': 'import-report-counts' },
    h('caption', { text: t(lang, 'reportCounts') }),
    h('thead', {}, headRow([t(lang, 'reportField'), t(lang, 'reportReason'), t(lang, 'reportCount')])),
    h('tbody', {}, ...rows),
  );
}

/** The table of problems, or null when there are none. */
export function reportTable(r: ImportReport, lang: Lang): HTMLElement | null {
  const p = r.problems;
  if (p.count === 0) return null;
  const showing = reportShowing(r, lang);
  const rows = p.examples.map((e) =>
    h(
      'tr',
      {},
      h('td', { text: e.file }),
      h('td', { text: e.record || '—' }),
      h('td', { text: e.field || '—' }),
      h('td', { text: e.detail }),
    ),
  );
  return h(
    'div',
    { class: 'import-report-box', tabindex: 0, role: 'region', 'aria-label': reportSummary(r, lang) },
    showing === null ? null : h('p', { class: 'muted small', 'data-testid': 'import-report-showing', text: showing }),
    showing === null ? null : countsTable(r, lang),
    h(
      'table',
      { class: 'import-report', 'data-testid': 'import-report' },
      h('thead', {}, headRow((['reportFile', 'reportRecord', 'reportField', 'reportProblem'] as const).map((k) => t(lang, k)))),
      h('tbody', {}, ...rows),
    ),
  );
}
