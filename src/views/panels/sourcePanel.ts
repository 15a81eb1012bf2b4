/**
 * The source panel: everything known about the selected event, and for each source the full
 * article text with the quoted passage highlighted and scrolled into view. All data text is
 * inserted with textContent (via `h`), never as HTML.
 */
import type { FrontierEvent, LocationPrecision, Outpost, Report } from '../../model/types';
import { formatEventDate, formatList } from '../../calendar/format';
import type { AppStore, Lang } from '../../state/appStore';
import { watch } from '../../state/appStore';
import { fillDataText } from '../../i18n/dataText';
import { t, type StringKey } from '../../i18n/strings';
import { bdi, clear, h } from '../../ui/dom';
import { citationText, segmentQuotes } from './citation';
import { claimsTable, postBlock, postPanelContent, postTitle, reportBlock, sourceName, type PanelRefs } from './citedReports';
import { closeOnEscape } from '../../ui/onEscape';
import { loadReports } from '../../load/reports';
import { loadSourceTexts } from '../../load/sourceTexts';
import { alongText, borderMeasureText } from '../../i18n/borderText';
import { bottomSheet } from './bottomSheet';

const PRECISION_LABEL: Record<LocationPrecision, StringKey> = {
  point: 'locPoint',
  village: 'locVillage',
  district: 'locDistrict',
  province: 'locProvince',
  border: 'locBorder',
  none: 'locNone',
};

const PRECISION_KEY = { day: 'precisionDay', month: 'precisionMonth', year: 'precisionYear', range: 'precisionRange' } as const;

function casualtiesBlock(e: FrontierEvent, refs: PanelRefs, lang: Lang): HTMLElement | null {
  if (!e.casualties?.length) return null;
  const rows = e.casualties.map((c) => {
    const parts: string[] = [];
    parts.push(c.killed === null ? `${t(lang, 'killed')}: ${t(lang, 'notStated')}` : `${c.killed} ${t(lang, 'killed')}`);
    if (c.injured !== null) parts.push(`${c.injured} ${t(lang, 'injured')}`);
    return h(
      'li',
      {},
      h('strong', { text: formatList(parts, lang) }),
      ' — ',
      bdi(c.who),
      ' ',
      h('span', { class: 'muted' }, '(', bdi(sourceName(c.sourceId, refs)), ')'),
    );
  });
  return h('section', {}, h('h3', { text: t(lang, 'casualties') }), h('ul', { class: 'casualties' }, ...rows));
}

const postOf = (e: FrontierEvent, outposts: readonly Outpost[]): Outpost | undefined =>
  e.location.postId === undefined ? undefined : outposts.find((o) => o.id === e.location.postId);

/**
 * Moves focus to the panel's title, but only while this document has focus: an embedded map that
 * opens its panel from the URL must not pull focus out of the host page (e.g. out of its dialog).
 */
function focusTitle(root: HTMLElement): void {
  if (root.ownerDocument.hasFocus()) (root.querySelector('#source-panel-title') as HTMLElement | null)?.focus({ preventScroll: true });
}

/** Mounts the panel into `root`; returns its teardown. The selection is an event's id or a border post's (the post panel). */
export function mountSourcePanel(root: HTMLElement, store: AppStore): () => void {
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-modal', 'false');
  root.setAttribute('aria-labelledby', 'source-panel-title');
  root.hidden = true;
  let returnFocus: HTMLElement | null = null;
  const sheet = bottomSheet(root);
  // The selection whose reports (or article texts) failed to load: shown as such, not fetched again in a loop.
  let reportsFailedFor: string | null = null;
  let textsFailedFor: string | null = null;

  const render = (): void => {
    const s = store.getState();
    const e = s.data.dataset?.events.find((x) => x.id === s.selection.selectedId);
    const post = e ? undefined : s.data.dataset?.outposts.find((o) => o.id === s.selection.selectedId);
    clear(root);
    if ((!e && !post) || !s.selection.panelOpen) {
      const wasOpen = !root.hidden;
      root.hidden = true;
      if (wasOpen && returnFocus?.isConnected) returnFocus.focus();
      return;
    }
    if (root.hidden) returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    root.hidden = false;
    const lang = s.view.lang;
    sheet.setLang(lang);
    root.append(sheet.handle);
    const sources = new Map((s.data.dataset?.sources ?? []).map((d) => [d.id, d]));
    const loaded = s.data.dataset?.reports;
    const refs: PanelRefs = {
      sources,
      reports: new Map((loaded ?? []).map((r) => [r.id, r])),
      outlets: new Map((s.data.dataset?.reportIndex ?? []).map((r) => [r.id, r.outlet])),
      geo: s.data.geo,
      lang,
    };
    const citesReports = e ? (e.citations?.length ?? 0) > 0 : (post?.sources.some((x) => 'reportId' in x) ?? false);
    const selectedId = s.selection.selectedId;
    if (citesReports && !loaded && reportsFailedFor !== selectedId)
      loadReports(store).catch(() => {
        reportsFailedFor = selectedId;
        if (store.getState().selection.selectedId === selectedId) render();
      });
    const close = h('button', { class: 'panel-close', 'aria-label': t(lang, 'close'), title: `${t(lang, 'close')} (Esc)`, text: '×' });
    close.addEventListener('click', () => store.getState().closePanel());
    const open = (id: string): void => store.getState().select(id);
    if (!e) {
      if (!post) return;
      root.append(
        h('header', { class: 'panel-head' }, h('h2', { id: 'source-panel-title', tabindex: -1, text: postTitle(post, lang) }), close),
        ...postPanelContent(post, s.data.dataset?.events ?? [], refs, open),
      );
      focusTitle(root);
      root.scrollTop = 0;
      return;
    }
    const eventPost = postOf(e, s.data.dataset?.outposts ?? []);
    const copy = h('button', { class: 'copy-citation', text: t(lang, 'copyCitation') });
    const status = h('span', { class: 'copy-status', role: 'status' });
    const write = (reports: ReadonlyMap<string, Report>): void => {
      const text = citationText(e, sources, reports);
      void navigator.clipboard?.writeText(text).then(
        () => (status.textContent = t(lang, 'copied')),
        () => (status.textContent = text),
      );
    };
    copy.addEventListener('click', () => {
      if (loaded || !citesReports) write(refs.reports);
      // Clicked before the reports arrived: wait for them (or, if they fail, cite the ids).
      else
        void loadReports(store).then(
          (all) => write(new Map(all.map((r) => [r.id, r]))),
          () => write(refs.reports),
        );
    });
    const loc = e.location;
    const cited = e.citations ?? [];
    const reports = loaded ? cited.map((c) => reportBlock(c, refs)) : [];
    const reportsNote = loaded
      ? null
      : h('p', {
          class: 'muted reports-loading',
          role: 'status',
          text: t(lang, reportsFailedFor === selectedId ? 'reportsFailed' : 'reportsLoading'),
        });
    // One article per source, with every passage the event quotes from it highlighted.
    const bySource = new Map<string, string[]>();
    for (const ref of e.sources) bySource.set(ref.sourceId, [...(bySource.get(ref.sourceId) ?? []), ref.quote]);
    // The bundled texts load on demand; the store's new dataset renders the panel again.
    const textMissing = [...bySource.keys()].some((id) => sources.has(id) && sources.get(id)?.text === undefined);
    if (textMissing && textsFailedFor !== selectedId)
      loadSourceTexts(store).catch(() => {
        textsFailedFor = selectedId;
        if (store.getState().selection.selectedId === selectedId) render();
      });
    const articles = [...bySource].map(([sourceId, quotes]) => {
      const doc = sources.get(sourceId);
      const body = h('div', { class: 'article-text', tabindex: 0, 'aria-label': doc?.title ?? sourceId, 'data-source-id': sourceId });
      if (doc?.text === undefined) {
        if (doc)
          body.append(
            h('p', {
              class: 'muted texts-loading',
              role: 'status',
              text: t(lang, textsFailedFor === selectedId ? 'articleFailed' : 'articleLoading'),
            }),
          );
      } else {
        for (const seg of segmentQuotes(doc.text, quotes)) {
          body.append(seg.quote === null ? document.createTextNode(seg.text) : h('mark', { class: 'quote', text: seg.text }));
        }
      }
      const meta = doc ? [doc.outlet, doc.published.note].filter(Boolean).join(' · ') : sourceId;
      return h(
        'article',
        { class: 'source' },
        h('h4', { text: doc?.title ?? sourceId }),
        h('p', { class: 'muted small', text: meta }),
        body,
      );
    });
    const content: Array<HTMLElement | null> = [
      h('header', { class: 'panel-head' }, fillDataText(h('h2', { id: 'source-panel-title', tabindex: -1 }), e, 'title', lang), close),
      fillDataText(h('p', { class: 'summary' }), e, 'summary', lang),
      h(
        'dl',
        { class: 'facts' },
        h('dt', { text: t(lang, 'date') }),
        h('dd', {}, formatEventDate(e.date, lang), h('span', { class: 'muted', text: ` (${t(lang, PRECISION_KEY[e.date.precision])})` })),
        e.date.inferred ? h('dt', { text: t(lang, 'inferred') }) : null,
        e.date.inferred ? fillDataText(h('dd', { class: 'small' }), e.date, 'inferred', lang) : null,
        h('dt', { text: t(lang, 'place') }),
        h('dd', {}, bdi(loc.asReported), ` · ${t(lang, PRECISION_LABEL[loc.precision])}`),
        h('dt', { text: t(lang, 'bmBorder') }),
        h(
          'dd',
          { 'data-testid': 'border-measure' },
          borderMeasureText(e.border, lang),
          alongText(e.border, lang) ? h('span', { class: 'muted small', text: ` · ${alongText(e.border, lang) ?? ''}` }) : null,
        ),
      ),
      eventPost ? postBlock(eventPost, refs, open) : null,
      claimsTable(e, refs),
      casualtiesBlock(e, refs, lang),
      e.notes?.length
        ? h('section', { class: 'notes' }, h('h3', { text: t(lang, 'notes') }), h('ul', {}, ...e.notes.map((n) => h('li', { text: n }))))
        : null,
      h('div', { class: 'panel-actions' }, copy, status),
      articles.length || !reports.length
        ? h('section', {}, h('h3', { text: `${t(lang, 'sources')} (${articles.length})` }), ...articles)
        : null,
      cited.length
        ? h('section', { class: 'reports' }, h('h3', { text: `${t(lang, 'citedReports')} (${cited.length})` }), reportsNote, ...reports)
        : null,
    ];
    root.append(...content.filter((c): c is HTMLElement => c !== null));
    focusTitle(root);
    root.scrollTop = 0;
    // Bring the first highlighted passage of each article into view inside its own scroll box
    // (not scrollIntoView, which would also scroll the panel away from the title).
    for (const body of root.querySelectorAll<HTMLElement>('.article-text')) {
      const m = body.querySelector<HTMLElement>('mark.quote');
      if (m) body.scrollTop = Math.max(0, m.offsetTop - body.clientHeight / 3);
    }
  };
  const stopEscape = closeOnEscape(root, () => store.getState().closePanel());
  render();
  // The panel reads area names from the geography, the same in its light and exact files: it renders
  // again when one arrives, not when the exact lines replace the light ones (that would reset its scroll and focus).
  const unsub = watch(
    store,
    (s) => [s.selection.selectedId, s.selection.panelOpen, s.view.lang, s.data.dataset, s.data.geo !== null] as const,
    render,
  );
  return () => {
    unsub();
    stopEscape();
    clear(root);
  };
}
