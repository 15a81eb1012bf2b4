/** The import report: counts, then one table row per problem (file, row/feature, field, problem), as text. */
import type { Lang } from '../../state/appStore';
import type { ImportResult } from '../../interchange/importTypes';
import { t } from '../../i18n/strings';
import { h } from '../../ui/dom';

/** Rows listed before "N more problems not listed"; the counts always cover everything. */
const MAX_ROWS = 200;

/** "file.csv: 120 accepted, 3 rejected" — the line screen readers hear first. */
export function reportSummary(r: ImportResult, lang: Lang): string {
  if (r.fatal !== null) return `${r.file}: ${t(lang, 'importFailed')}`;
  return `${r.file}: ${r.records.length} ${t(lang, 'importAccepted')}, ${r.rejected} ${t(lang, 'importRejected')}`;
}

/** The table of problems, or null when there are none. */
export function reportTable(r: ImportResult, lang: Lang): HTMLElement | null {
  if (r.errors.length === 0) return null;
  const head = h(
    'tr',
    {},
    ...(['reportFile', 'reportRecord', 'reportField', 'reportProblem'] as const).map((k) => h('th', { scope: 'col', text: t(lang, k) })),
  );
  const rows = r.errors
    .slice(0, MAX_ROWS)
    .map((e) =>
      h(
        'tr',
        {},
        h('td', { text: e.file }),
        h('td', { text: e.record || '—' }),
        h('td', { text: e.field || '—' }),
        h('td', { text: e.detail }),
      ),
    );
  const more =
    r.errors.length > MAX_ROWS ? h('p', { class: 'muted small', text: `${r.errors.length - MAX_ROWS} ${t(lang, 'reportMore')}` }) : null;
  return h(
    'div',
    { class: 'import-report-box', tabindex: 0, role: 'region', 'aria-label': reportSummary(r, lang) },
    h('table', { class: 'import-report', 'data-testid': 'import-report' }, h('thead', {}, head), h('tbody', {}, ...rows)),
    more,
  );
}
