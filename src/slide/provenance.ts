/**
 * What an export says about itself: the caption lines describing the view (time window, filters, layers;
 * the one place every still, slide and page takes them from), the view's permalink, the data
 * version (SHA-256 of the data files, fixed at build) and the export time, and the PNG text
 * entries that carry them in the file.
 */
import type { AppState, LayerId, Lang } from '../state/appStore';
import type { TimeWindow } from '../calendar/window';
import { readoutText } from '../calendar/windowText';
import { eventCountInWindow, eventTotalInWindow, filtersOn } from '../state/selectors';
import { filterSummaries } from '../filters/apply';
import { formatList } from '../calendar/format';
import { serialiseUrlState, urlStateOf } from '../state/url/urlState';
import { LAYER_TOGGLES } from '../overlays/registry';
import { t } from '../i18n/strings';
import type { PngTextEntry } from './pngText';

/** The data version this build was made from; "unknown" where no build defined it (unit tests). */
export const DATA_VERSION: string = import.meta.env.VITE_FRONTIER_DATA_HASH ?? 'unknown';

/** What the caption describes. */
export interface ViewSummary {
  window: TimeWindow;
  /** Events shown in the window (passing the filters, a large import's included). */
  eventCount: number;
  /** With filters on, the window's events before filtering (the "Y" of "X of Y events"). */
  eventTotal?: number | null;
  /** One line per active filter ("Kind: incidents"); empty or absent when none is on. */
  filters?: readonly string[];
  layers: Readonly<Record<LayerId, boolean>>;
  lang: Lang;
}

/** The summary of the store's current view: its window, how many events it shows, its filters, its layers. */
export function viewSummary(s: AppState): ViewSummary {
  const on = filtersOn(s);
  return {
    window: s.time.window,
    eventCount: eventCountInWindow(s),
    eventTotal: on ? eventTotalInWindow(s) : null,
    filters: on ? filterSummaries(s.filters, s.view.lang) : [],
    layers: s.view.layers,
    lang: s.view.lang,
  };
}

/** "Filters on: Kind: incidents · Search: “Shadak”", or '' when no filter is on. */
export function filtersCaption(filters: readonly string[] | undefined, lang: Lang): string {
  return filters?.length ? `${t(lang, 'filtersActive')}: ${filters.join(' · ')}` : '';
}

/**
 * The caption lines of a view, in the UI language: window and event count ("X of Y events" with
 * filters on), the active filters (when any), then the layers shown.
 */
export function captionLines(v: ViewSummary): string[] {
  const shown = LAYER_TOGGLES.filter((l) => v.layers[l.id]).map((l) => t(v.lang, l.label));
  const filters = filtersCaption(v.filters, v.lang);
  return [
    readoutText(v.window, v.eventCount, v.lang, v.eventTotal ?? null),
    ...(filters ? [filters] : []),
    `${t(v.lang, 'layers')}: ${shown.length ? formatList(shown, v.lang) : t(v.lang, 'captionNoLayers')}`,
  ];
}

/** The permalink of a view on the page at `pageUrl`: its view parameters only, plus the briefing step when given. */
export function viewPermalink(pageUrl: string, s: AppState, step?: { briefing: string; index: number }): string {
  const u = new URL(pageUrl);
  u.hash = '';
  u.search = serialiseUrlState(urlStateOf(s), s.time.bounds);
  if (step) {
    u.searchParams.set('briefing', step.briefing);
    u.searchParams.set('step', String(step.index + 1));
  }
  return u.toString();
}

export interface Provenance {
  title: string;
  permalink: string;
  dataVersion: string;
  exportedAt: Date;
  /** The data credits (attribution lines). */
  credits: string[];
  /** The caption lines of the view. */
  caption: string[];
}

/** `2026-12-02T00:10:00Z`: the export time to the second, in UTC. */
export const isoSecond = (d: Date): string => `${d.toISOString().slice(0, 19)}Z`;

/** The footer's provenance lines: the permalink, then data version and export time. */
export function provenanceLines(p: Provenance, lang: Lang): string[] {
  return [
    `${t(lang, 'provPermalink')}: ${p.permalink}`,
    `${t(lang, 'provDataVersion')} (SHA-256): ${p.dataVersion} · ${t(lang, 'provExported')}: ${isoSecond(p.exportedAt)}`,
  ];
}

/** The short stamp drawn on the map image itself (so a crop of the map still names its data and time). */
export function provenanceStamp(p: Provenance): string {
  return `Frontier Map · data ${p.dataVersion.slice(0, 12)} · ${isoSecond(p.exportedAt).replace('T', ' ')}`;
}

/**
 * PNG text entries: ASCII facts as `tEXt` under the spec's keywords (Source = the permalink,
 * Creation Time, Software, Comment), and `iTXt` (UTF-8) for the title, the caption and the credits.
 */
export function pngTextEntries(p: Provenance): PngTextEntry[] {
  return [
    { keyword: 'Title', text: p.title, utf8: true },
    { keyword: 'Source', text: p.permalink },
    { keyword: 'Data version', text: `sha256:${p.dataVersion}` },
    { keyword: 'Creation Time', text: isoSecond(p.exportedAt) },
    { keyword: 'Software', text: 'Frontier Map' },
    { keyword: 'Comment', text: `permalink=${p.permalink}; data-sha256=${p.dataVersion}; exported=${isoSecond(p.exportedAt)}` },
    { keyword: 'Description', text: p.caption.join('\n'), utf8: true },
    { keyword: 'Copyright', text: p.credits.join('\n'), utf8: true },
  ];
}
