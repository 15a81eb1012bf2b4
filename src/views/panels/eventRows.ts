/**
 * One row of the event list: a curated event (localized title, place as reported) or a large
 * import's event (its record's title and coordinates, read through the bulk set's `detail`). Every
 * row is a button that selects the event and opens its sources. Data text goes in as textContent.
 */
import type { FrontierEvent } from '../../model/types';
import type { BulkSet } from '../../overlays/bulk/types';
import { formatBulkDate } from '../../overlays/bulk/details';
import { bulkSelectionId } from '../../overlays/bulk/selection';
import { borderMeasureAt } from '../../overlays/bulk/borderColumns';
import { formatEventDate } from '../../calendar/format';
import { contains, type TimeWindow } from '../../calendar/window';
import { fillDataText } from '../../i18n/dataText';
import type { Lang } from '../../i18n/langs';
import { t } from '../../i18n/strings';
import { briefingTheme } from '../../style/theme';
import { h } from '../../ui/dom';
import { borderMeasureText } from '../../i18n/borderText';

export interface RowContext {
  lang: Lang;
  window: TimeWindow;
  selectedId: string | null;
  onSelect(id: string): void;
  /** The pointer entered (id) or left (null) a row: the other views (chart, map) highlight it. */
  onHover(id: string | null): void;
}

function row(id: string, kind: FrontierEvent['kind'], ctx: RowContext, ...cells: Array<HTMLElement | null>): HTMLButtonElement {
  const dot = h('span', { class: 'sw dot', 'aria-hidden': 'true' });
  // CSSOM, not a style attribute: the Content-Security-Policy forbids inline style attributes.
  dot.style.background = briefingTheme.kind[kind];
  const selected = id === ctx.selectedId;
  const btn = h(
    'button',
    { class: `event-row${selected ? ' selected' : ''}`, 'data-event-id': id, 'aria-pressed': selected ? 'true' : 'false' },
    dot,
    ...cells,
  );
  btn.addEventListener('click', () => ctx.onSelect(id));
  btn.addEventListener('pointerenter', () => ctx.onHover(id));
  btn.addEventListener('pointerleave', () => ctx.onHover(null));
  return btn;
}

/**
 * The border measure after the place: its own line in a short list, the same line (cut with an
 * ellipsis) in a virtualised list, whose rows have a fixed height.
 */
const borderPart = (text: string): HTMLElement => h('span', { class: 'ev-border small' }, h('span', { class: 'sep', text: ' · ' }), text);

/** The row of a curated event. */
export function curatedRow(e: FrontierEvent, ctx: RowContext): HTMLButtonElement {
  const { lang } = ctx;
  return row(
    e.id,
    e.kind,
    ctx,
    h('span', { class: 'ev-date', text: formatEventDate(e.date, lang) }),
    fillDataText(h('span', { class: 'ev-title' }), e, 'title', lang),
    e.location.precision === 'none'
      ? h('span', { class: 'ev-place muted', text: t(lang, 'notOnMap') })
      : h('span', { class: 'ev-place muted' }, e.location.asReported, borderPart(borderMeasureText(e.border, lang))),
    contains(e, ctx.window) ? null : h('span', { class: 'ev-flag', text: t(lang, 'dateUncertain') }),
  );
}

/** The row of the bulk event at sorted index `i`. */
export function bulkRow(set: BulkSet, i: number, ctx: RowContext): HTMLButtonElement {
  const d = set.detail(i);
  const { lang } = ctx;
  return row(
    bulkSelectionId(i),
    d.kind,
    ctx,
    h('span', { class: 'ev-date', text: formatBulkDate(d, lang) }),
    h('span', { class: 'ev-title', text: d.title }),
    h(
      'span',
      { class: 'ev-place muted' },
      `${d.lat.toFixed(3)}°N ${d.lon.toFixed(3)}°E (${d.locationPrecision})`,
      borderPart(borderMeasureText(borderMeasureAt(set.columns, i, d.locationPrecision), lang)),
    ),
    contains({ startDay: d.startDay, endDay: d.endDay }, ctx.window)
      ? null
      : h('span', { class: 'ev-flag', text: t(lang, 'dateUncertain') }),
  );
}
