/**
 * The chart's labels: the provinces and districts each stretch borders (Tajik bank above the
 * plot, Afghan bank below), and the posts and crossings at their km on the axis. Labels that would
 * overlap the one before are left out (the stretch table names every stretch).
 */
import type { ScaleLinear } from 'd3-scale';
import type { Selection } from 'd3-selection';
import type { GeoBundle } from '../../model/types';
import type { BorderAxis } from '../../geo/borderAxis';
import { sideRuns, type Side } from '../../geo/borderStretches';
import { BASE_LANG, localized, type Lang } from '../../i18n/langs';
import { areaLabel } from '../../i18n/areaName';
import { t } from '../../i18n/strings';

type G = Selection<SVGGElement, unknown, null, undefined>;
type X = ScaleLinear<number, number>;

/** Rough width of a label at 11 px sans-serif, for leaving out overlapping ones. */
const textWidth = (s: string, px = 11): number => s.length * px * 0.56;

interface Label {
  x: number;
  text: string;
}

/** Labels centred at their x, dropping any that would overlap the previous one kept (or start left of `from`). */
function fit(labels: readonly Label[], px: number, from = -Infinity): Label[] {
  const kept: Label[] = [];
  let right = from;
  for (const l of labels) {
    const w = textWidth(l.text, px);
    if (l.x - w / 2 < right + 6) continue;
    kept.push(l);
    right = l.x + w / 2;
  }
  return kept;
}

/**
 * True when some district the chart labels has no name in `lang` (nor a language before English
 * in its fallback chain) and is labelled in English: the chart says so once in its note.
 */
export function districtNamesInEnglish(axis: BorderAxis, geo: GeoBundle | null, lang: Lang): boolean {
  if (!geo) return false;
  return axis.districts.some((d) => {
    const f = geo.districts.features.find((x) => x.properties.id === d.id);
    const name = f ? localized(f.properties, 'name', lang) : null;
    return name !== null && name.fallback && name.lang === BASE_LANG;
  });
}

/** Province runs (with brackets) and district names for each bank. */
export function drawBankLabels(
  g: G,
  axis: BorderAxis,
  x: X,
  geo: GeoBundle | null,
  lang: Lang,
  at: { tjTop: number; afTop: number },
): void {
  g.selectAll('*').remove();
  for (const side of ['tj', 'af'] as Side[]) {
    const top = side === 'tj' ? at.tjTop : at.afTop;
    const bank = g.append('g').attr('class', `bc-bank bc-bank-${side}`).attr('data-side', side);
    const bankName = t(lang, side === 'tj' ? 'bmBankTj' : 'bmBankAf');
    bank
      .append('text')
      .attr('class', 'bc-bank-name')
      .attr('x', 4)
      .attr('y', top + 9)
      .text(bankName);
    // Province names keep clear of the bank's name at the left.
    const clear = 4 + textWidth(bankName, 10);
    const runs = sideRuns(axis.provinces, side);
    bank
      .selectAll('line.bc-run')
      .data(runs)
      .join('line')
      .attr('class', 'bc-run')
      .attr('x1', (r) => x(r.fromKm) + 1)
      .attr('x2', (r) => x(r.toKm) - 1)
      .attr('y1', top + 12)
      .attr('y2', top + 12);
    const provinces = fit(
      runs.map((r) => ({ x: x((r.fromKm + r.toKm) / 2), text: areaLabel(geo, r.region, lang) })),
      11,
      clear,
    );
    bank
      .selectAll('text.bc-prov')
      .data(provinces)
      .join('text')
      .attr('class', 'bc-prov')
      .attr('x', (l) => l.x)
      .attr('y', top + 9)
      .attr('text-anchor', 'middle')
      .text((l) => l.text);
    const districts = axis.districts.filter((d) => d.side === side);
    bank
      .selectAll('line.bc-district-tick')
      .data(districts.slice(1))
      .join('line')
      .attr('class', 'bc-district-tick')
      .attr('x1', (d) => x(d.fromKm))
      .attr('x2', (d) => x(d.fromKm))
      .attr('y1', top + 14)
      .attr('y2', top + 24);
    const names = fit(
      districts.map((d) => ({ x: x((d.fromKm + d.toKm) / 2), text: areaLabel(geo, d.id, lang) })),
      10,
    );
    bank
      .selectAll('text.bc-district')
      .data(names)
      .join('text')
      .attr('class', 'bc-district')
      .attr('x', (l) => l.x)
      .attr('y', top + 23)
      .attr('text-anchor', 'middle')
      .text((l) => l.text);
  }
}

/** The short name of a post or crossing: the part before a parenthesis ("Panji Poyon (Qumsangir)" → "Panji Poyon"). */
const shortName = (name: string): string => name.replace(/\s*\(.*$/, '');

/** Posts and crossings as markers on the axis; posts at one spot (drawn at one seat) share a marker. */
export function drawPosts(g: G, axis: BorderAxis, x: X, lang: Lang, y: number, open: (id: string) => void): void {
  g.selectAll('*').remove();
  const groups: Array<{ km: number; items: BorderAxis['posts'] }> = [];
  for (const p of axis.posts) {
    const last = groups[groups.length - 1];
    if (last && p.alongKm - last.km < 2 && last.items[0]?.kind === p.kind) last.items.push(p);
    else groups.push({ km: p.alongKm, items: [p] });
  }
  const names = (gr: (typeof groups)[number]): string => gr.items.map((p) => localized(p, 'name', lang)?.text ?? p.name).join(', ');
  const marker = g
    .selectAll<SVGGElement, (typeof groups)[number]>('g.bc-post')
    .data(groups)
    .join('g')
    .attr('class', (gr) => `bc-post bc-post-${gr.items[0]?.kind ?? 'post'}`)
    .attr('data-post-ids', (gr) => gr.items.map((p) => p.id).join(' '))
    .attr('tabindex', 0)
    .attr('role', 'button')
    // The visible "×5" is part of the name (a name must hold the text a sighted user sees).
    .attr('aria-label', (gr) => `${t(lang, 'bcPosts')}: ${names(gr)}${gr.items.length > 1 ? ` ×${gr.items.length}` : ''}`)
    .attr('transform', (gr) => `translate(${x(gr.km)},${y})`);
  marker.append('path').attr('d', (gr) => (gr.items[0]?.kind === 'crossing' ? 'M0,-5L5,0L0,5L-5,0Z' : 'M-4,-4H4V4H-4Z'));
  marker
    .filter((gr) => gr.items.length > 1)
    .append('text')
    .attr('class', 'bc-post-count')
    .attr('x', 6)
    .attr('y', -4)
    .text((gr) => `×${gr.items.length}`);
  marker.on('click', (_ev, gr) => gr.items[0] && open(gr.items[0].id));
  marker.on('keydown', (ev: KeyboardEvent, gr) => {
    if ((ev.key === 'Enter' || ev.key === ' ') && gr.items[0]) {
      ev.preventDefault();
      open(gr.items[0].id);
    }
  });
  const crossings = fit(
    groups.filter((gr) => gr.items[0]?.kind === 'crossing').map((gr) => ({ x: x(gr.km), text: shortName(names(gr)) })),
    10,
  );
  g.selectAll('text.bc-post-name')
    .data(crossings)
    .join('text')
    .attr('class', 'bc-post-name')
    .attr('x', (l) => l.x)
    .attr('y', y + 15)
    .attr('text-anchor', 'middle')
    .text((l) => l.text);
}
