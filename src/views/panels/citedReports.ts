/**
 * The source panel's parts for cited reports (linked, never fetched), the side-by-side claims of
 * each source, and border posts: the post block of an event and the post panel. All data text is
 * inserted with textContent (via `h`).
 */
import type { Citation, FrontierEvent, GeoBundle, Outpost, Report, SourceDoc } from '../../model/types';
import { formatDay, formatEventDate, formatList } from '../../calendar/format';
import type { Lang } from '../../state/appStore';
import { dataText } from '../../i18n/dataText';
import { localized } from '../../i18n/langs';
import { LOCALE_INFO } from '../../i18n/registry';
import { t, type StringKey } from '../../i18n/strings';
import { bdi, h } from '../../ui/dom';
import { languageName, sourceClaims } from './sourceClaims';

const LOC_KEY = {
  point: 'locPoint',
  village: 'locVillage',
  district: 'locDistrict',
  province: 'locProvince',
  border: 'locBorder',
  none: 'locNone',
} as const satisfies Record<string, StringKey>;

/** What the panel needs to name sources, reports and areas. */
export interface PanelRefs {
  sources: ReadonlyMap<string, SourceDoc>;
  /** The reports in full: empty until `loadReports` has fetched them. */
  reports: ReadonlyMap<string, Report>;
  /** Every report's outlet, from the index the default view has without the reports. */
  outlets: ReadonlyMap<string, string>;
  geo: GeoBundle | null;
  lang: Lang;
}

/** A source's or report's short name: the article's title, or the report's outlet. */
export function sourceName(id: string, r: PanelRefs): string {
  return r.sources.get(id)?.title ?? r.outlets.get(id) ?? id;
}

/** A district's (or region's) name in the UI language, falling back to English, then the id. */
export function areaName(id: string, r: PanelRefs): string {
  const d = r.geo?.districts?.features.find((f) => f.properties.id === id)?.properties;
  if (d) return localized(d, 'name', r.lang)?.text ?? d.name;
  const g = r.geo?.regions?.features.find((f) => f.properties.id === id)?.properties;
  if (g) return localized(g, 'name', r.lang)?.text ?? g.name;
  return id;
}

const dl = (rows: Array<[string, string | HTMLElement]>): HTMLElement =>
  h('dl', { class: 'facts' }, ...rows.flatMap(([k, v]) => [h('dt', { text: k }), typeof v === 'string' ? h('dd', { text: v }) : v]));

/** One cited report: outlet, date, language, headline, the cited facts (our words), its address and link. */
export function reportBlock(c: Citation, r: PanelRefs): HTMLElement {
  const rep = r.reports.get(c.reportId);
  if (!rep) return h('article', { class: 'report', 'data-report-id': c.reportId }, h('h4', { text: c.reportId }));
  const { lang } = r;
  const published =
    rep.publishedDay === null
      ? `${t(lang, 'reportUndated')}${rep.publishedNote ? ` (${rep.publishedNote})` : ''}`
      : formatDay(rep.publishedDay, lang);
  const language = languageName(rep.language, LOCALE_INFO[lang].intl, LOCALE_INFO[rep.language].name);
  const facts = c.facts.map((id) => rep.facts.find((f) => f.id === id)?.text ?? id);
  const link = h('a', { class: 'report-link', href: rep.url, target: '_blank', rel: 'noopener noreferrer', text: t(lang, 'openOriginal') });
  return h(
    'article',
    { class: 'report', 'data-report-id': rep.id },
    h('h4', { text: rep.outlet }),
    rep.headline ? h('p', { class: 'report-headline', lang: rep.language, text: rep.headline }) : null,
    dl([
      [t(lang, 'reportPublished'), published],
      [t(lang, 'reportLanguage'), language],
    ]),
    h('p', { class: 'small muted', text: t(lang, 'reportFacts') }),
    h('ul', { class: 'report-facts' }, ...facts.map((f) => h('li', { text: f }))),
    h('p', { class: 'report-url small' }, `${t(lang, 'reportAddress')}: `, h('code', { text: rep.url })),
    h('p', {}, link),
  );
}

/** Place, date and casualties as each source gives them, one row per source. */
export function claimsTable(e: FrontierEvent, r: PanelRefs): HTMLElement | null {
  const rows = sourceClaims(e);
  if (rows.length < 2 && !e.location.alternatives?.length && !e.date.alternatives?.length) return null;
  const { lang } = r;
  const drawn = (yes: boolean): HTMLElement | null =>
    yes ? h('span', { class: 'muted small', text: ` (${t(lang, 'claimAsDrawn')})` }) : null;
  const cas = (c: FrontierEvent['casualties']): string =>
    formatList(
      (c ?? []).map(
        (x) =>
          `${x.killed === null ? `${t(lang, 'killed')}: ${t(lang, 'notStated')}` : `${x.killed} ${t(lang, 'killed')}`}${x.injured !== null ? `, ${x.injured} ${t(lang, 'injured')}` : ''} — ${x.who}`,
      ),
      lang,
    );
  const body = rows.map((c) =>
    h(
      'tr',
      { 'data-claim-by': c.by },
      h('th', { scope: 'row', text: sourceName(c.by, r) }),
      h(
        'td',
        {},
        ...(c.place ? [bdi(c.place.asReported), ` · ${t(lang, LOC_KEY[c.place.precision])}`] : ['—']),
        drawn(c.place?.drawn ?? false),
      ),
      h('td', {}, c.date ? formatEventDate(c.date.date, lang) : '—', drawn(c.date?.drawn ?? false)),
      h('td', { text: c.casualties.length ? cas(c.casualties) : '—' }),
    ),
  );
  const head = h(
    'tr',
    {},
    ...(['claimSource', 'claimPlace', 'claimDate', 'claimCasualties'] as const).map((k) => h('th', { scope: 'col', text: t(lang, k) })),
  );
  return h(
    'section',
    { class: 'claims' },
    h('h3', { text: t(lang, 'claimsTitle') }),
    h('div', { class: 'claims-scroll' }, h('table', { class: 'claims-table' }, h('thead', {}, head), h('tbody', {}, ...body))),
  );
}

/** "No. 5 «Бог» (Bogh)": number, the name in its source's script, and the transliteration. */
export function postTitle(p: Outpost, lang: Lang): string {
  const num = p.number ? `${t(lang, 'postNumber').replace('{n}', p.number)} ` : '';
  const native = p.name_native && p.name_native !== p.name ? `«${p.name_native}» (${p.name})` : p.name;
  return `${t(lang, 'borderPost')} ${num}${native}`;
}

/** The post an event is placed at, with its district; a button opens the post panel. */
export function postBlock(p: Outpost, r: PanelRefs, open: (id: string) => void): HTMLElement {
  const btn = h('button', { class: 'post-open linklike', 'data-post-id': p.id, text: postTitle(p, r.lang) });
  btn.addEventListener('click', () => open(p.id));
  return h(
    'section',
    { class: 'post-of-event' },
    dl([
      [t(r.lang, 'borderPost'), h('dd', {}, btn)],
      ...(p.district ? ([[t(r.lang, 'postDistrict'), areaName(p.district, r)]] as Array<[string, string]>) : []),
    ]),
  );
}

/** The post panel: name, number, district, precision, sources and the events placed at it. */
export function postPanelContent(
  p: Outpost,
  events: readonly FrontierEvent[],
  r: PanelRefs,
  openEvent: (id: string) => void,
): HTMLElement[] {
  const { lang } = r;
  const isRegion = p.district !== undefined && !r.geo?.districts?.features.some((f) => f.properties.id === p.district);
  const mine = events.filter((e) => e.location.postId === p.id).sort((a, b) => a.startDay - b.startDay);
  const rows = mine.map((e) => {
    const b = h(
      'button',
      { class: 'post-event linklike', 'data-event-id': e.id },
      h('span', { class: 'muted small', text: `${formatEventDate(e.date, lang)} · ` }),
      bdi(dataText(e, 'title', lang).text),
    );
    b.addEventListener('click', () => openEvent(e.id));
    return h('li', {}, b);
  });
  const srcs = p.sources.map((s) => {
    if ('reportId' in s) {
      const rep = r.reports.get(s.reportId);
      return h(
        'li',
        {},
        rep
          ? h(
              'a',
              {
                href: rep.url,
                target: '_blank',
                rel: 'noopener noreferrer',
              },
              rep.outlet,
              rep.headline ? ' — ' : null,
              rep.headline ? h('span', { lang: rep.language, text: rep.headline }) : null,
            )
          : (r.outlets.get(s.reportId) ?? s.reportId),
      );
    }
    if ('citation' in s) return h('li', { text: s.citation });
    return h('li', {}, bdi(sourceName(s.sourceId, r)), ': “', bdi(s.quote), '”');
  });
  return [
    dl([
      ...(p.number ? ([[t(lang, 'postNumber').replace('{n}', '').trim(), p.number]] as Array<[string, string]>) : []),
      ...(p.district ? ([[t(lang, 'postDistrict'), areaName(p.district, r)]] as Array<[string, string]>) : []),
    ]),
    p.precision === 'district'
      ? h('p', { class: 'small post-precision', text: t(lang, isRegion ? 'postApproxRegion' : 'postApprox') })
      : null,
    p.note ? h('p', { class: 'small', text: p.note }) : null,
    h(
      'section',
      {},
      h('h3', { text: t(lang, 'postEvents') }),
      rows.length ? h('ul', { class: 'post-events' }, ...rows) : h('p', { class: 'muted', text: t(lang, 'postNoEvents') }),
    ),
    h('section', {}, h('h3', { text: `${t(lang, 'sources')} (${srcs.length})` }), h('ul', { class: 'post-sources' }, ...srcs)),
  ].filter((x): x is HTMLElement => x !== null);
}
