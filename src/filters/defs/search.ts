/** Free-text search (see ../searchText.ts for what is searched and how text is folded). */
import * as v from 'valibot';
import { param } from '../../schema/params';
import { t } from '../../i18n/strings';
import type { BulkDetail } from '../../overlays/bulk/types';
import { h } from '../../ui/dom';
import type { FilterDef } from '../filterDef';
import { foldText, haystackOf, matchesTerms, queryTerms } from '../searchText';

export const MAX_QUERY = 200;

/** A bulk record's searchable text: title, source text and name, and its extra fields (place, admin areas, actors). */
export function bulkHaystack(d: BulkDetail): string {
  return foldText([d.title, d.sourceText, d.sourceName, ...Object.values(d.extra ?? {})].join('\n'));
}

export const searchFilter: FilterDef<string> = {
  id: 'search',
  param: 'q',
  empty: '',
  schema: param(
    'q',
    v.pipe(
      v.string(),
      v.transform((s) => s.trim()),
      v.check((s) => s.length <= MAX_QUERY),
    ),
  ),
  serialise: (q) => q,
  isActive: (q) => queryTerms(q).length > 0,
  predicate: (q, ctx) => {
    const terms = queryTerms(q);
    return (e) => matchesTerms(haystackOf(e, ctx), terms);
  },
  bulk: {
    kind: 'mask',
    test: (q) => {
      const terms = queryTerms(q);
      return (d) => matchesTerms(bulkHaystack(d), terms);
    },
  },
  summary: (q, lang) => `${t(lang, 'filterSearch')}: “${q}”`,
  // The search box lives in the top bar; the panel shows the query with a button to clear it.
  control: (env) => {
    const out = h('output', { class: 'filter-query', 'data-testid': 'filter-search-echo' });
    const clearBtn = h('button', { type: 'button', class: 'link-button', text: t(env.lang, 'filterClearSearch') });
    clearBtn.addEventListener('click', () => env.set(''));
    const el = h('div', { class: 'filter-field' }, h('span', { text: `${t(env.lang, 'filterSearch')}: ` }), out, ' ', clearBtn);
    const update = (q: string): void => {
      out.textContent = q ? `“${q}”` : '—';
      clearBtn.hidden = !q;
    };
    update(env.value);
    return { el, update };
  },
};
