/**
 * The import report: counts, then (for many problems) the counts per field and reason, then the
 * first problems one row each (file, row/feature, field, problem), as text. Everything taken from
 * the file (its name, column names, the values quoted in a problem) is bidi-isolated (`<bdi>`), so
 * a right-to-left or override character in the data cannot reorder the app's words around it.
 */
import type { Lang } from '../../state/appStore';
import type { ImportReport } from '../../interchange/problemSummary';
import { formatNumber } from '../../calendar/format';
import { t } from '../../i18n/strings';
import { bdi, h } from '../../ui/dom';

/** What follows the file name in the summary: ": 120 accepted, 3 rejected". */
const summaryTail = (r: ImportReport, lang: Lang): string =>
  r.fatal !== null
    ? `: ${t(lang, 'importFailed')}`
    : `: ${r.records.length} ${t(lang, 'importAccepted')}, ${r.rejected} ${t(lang, 'importRejected')}`;

/** "file.csv: 120 accepted, 3 rejected" — the line screen readers hear first. */
export function reportSummary(r: ImportReport, lang: Lang): string {
  return `${r.file}${summaryTail(r, lang)}`;
}

/** The summary as nodes for a status line, the file name isolated. */
export function reportSummaryNodes(r: ImportReport, lang: Lang): Array<Node | string> {
  return [bdi(r.file), summaryTail(r, lang)];
}

/** Length of the value at the start of `rest`: a JSON-quoted string (escapes skipped) or a word up to " (". */
function valueLength(rest: string): number {
  if (rest.startsWith('"')) {
    for (let i = 1; i < rest.length; i++) {
      if (rest[i] === '\\') i++;
      else if (rest[i] === '"') return i + 1;
    }
    return rest.length; // cut short ("…"): the rest is the value
  }
  const end = rest.indexOf(' (');
  return end < 0 ? rest.length : end;
}

/**
 * A problem's detail as nodes: the expectation as text and the value found (after ", got ")
 * isolated, since it is the file's own text (`expected a date, got "…" (in the future)`).
 */
export function detailNodes(detail: string): Array<Node | string> {
  const got = /,? got /.exec(detail);
  if (!got || got.index === 0) return [detail];
  const cut = got.index + got[0].length;
  const end = cut + valueLength(detail.slice(cut));
  return [detail.slice(0, cut), bdi(detail.slice(cut, end)), detail.slice(end)];
}

/** A field (a column or property name from the file) isolated, or a dash. */
const fieldCell = (field: string): HTMLElement => (field ? h('td', {}, bdi(field)) : h('td', { text: '—' }));

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
    h('tr', {}, fieldCell(g.field), h('td', { text: g.reason }), h('td', { class: 'num', text: formatNumber(g.count, lang) })),
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
    h('tr', {}, h('td', {}, bdi(e.file)), h('td', { text: e.record || '—' }), fieldCell(e.field), h('td', {}, ...detailNodes(e.detail))),
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
