/**
 * 2D drawing for the PNG export: title band, legend column, scale bar and footer on a canvas. A
 * canvas cannot isolate text, so bidi control characters in drawn text (titles, captions, source
 * names from imported data) are dropped first, as on map labels: an override in a source name
 * must not reverse the slide's own words beside it.
 */
import type { LegendSymbol } from '../overlays/overlay';
import { stripBidiControls } from '../i18n/mapLabels';
import type { Rect, SlideLayout } from './exportLayout';

type Ctx = CanvasRenderingContext2D;
const FONT = "system-ui, 'DejaVu Sans', sans-serif";

/** Cuts a word wider than `max` (a long URL) into pieces that fit. */
function splitWord(ctx: Ctx, word: string, max: number): string[] {
  if (ctx.measureText(word).width <= max) return [word];
  const parts: string[] = [];
  let part = '';
  for (const ch of word) {
    if (part && ctx.measureText(part + ch).width > max) {
      parts.push(part);
      part = ch;
    } else part += ch;
  }
  if (part) parts.push(part);
  return parts;
}

/** Splits `text` into lines no wider than `max` at the context's current font (words wider than a line are cut). */
export function wrapText(ctx: Ctx, text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of stripBidiControls(text)
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => splitWord(ctx, w, max))) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Draws wrapped text from (x, y) downwards, at most `maxLines` (the last one ellipsed); returns the new y. */
function paragraph(ctx: Ctx, text: string, r: Rect, y: number, lh: number, maxLines = 99): number {
  const lines = wrapText(ctx, text, r.width);
  const shown = lines.slice(0, maxLines);
  if (lines.length > maxLines && shown.length) shown[shown.length - 1] = `${shown[shown.length - 1]} …`;
  for (const l of shown) {
    if (y + lh > r.y + r.height + lh * 0.2) break;
    ctx.fillText(l, r.x, y);
    y += lh;
  }
  return y;
}

/** The fixed words of the slide (legend heading, sources heading, footer prefix), in the UI language. */
export interface SlideLabels {
  legend: string;
  sources: string;
  mapData: string;
  /** "+ {n} more": the citations that did not fit. */
  more: string;
}

export interface SlideText {
  labels: SlideLabels;
  title: string;
  subtitle: string;
  /** A briefing step's text, under the subtitle (the layout's `textLines` make room for it). */
  text?: string;
  /** The legend's symbols and labels, in order (the base style's, then the visible overlays'). */
  legend: Array<{ symbol: LegendSymbol; label: string }>;
  sources: string[];
  attribution: string[];
  /** Permalink, data version and export time (the footer's last lines). */
  provenance: string[];
  /** The short provenance drawn on the map itself. */
  stamp: string;
  scale: { px: number; label: string };
  /** The active filters, "Filters on: Kind: incidents · Search: “Shadak”"; '' when none is on (also a caption line, in the subtitle). */
  filters: string;
}

/** Draws the title band. */
export function drawTitle(ctx: Ctx, L: SlideLayout, t: SlideText): void {
  ctx.fillStyle = '#1d1f22';
  ctx.textBaseline = 'top';
  ctx.font = `600 ${L.fonts.title}px ${FONT}`;
  const y = paragraph(ctx, t.title, L.title, L.title.y, L.fonts.title * 1.15, 1);
  ctx.font = `${L.fonts.subtitle}px ${FONT}`;
  ctx.fillStyle = '#4a4f57';
  const y2 = paragraph(ctx, t.subtitle, L.title, y + L.fonts.subtitle * 0.3, L.fonts.subtitle * 1.25, 2);
  if (!t.text) return;
  ctx.font = `${L.fonts.body}px ${FONT}`;
  ctx.fillStyle = '#1d1f22';
  const lh = L.fonts.body * 1.35;
  paragraph(ctx, t.text, L.title, y2 + L.fonts.body * 0.3, lh, Math.max(1, Math.floor((L.title.y + L.title.height - y2) / lh)));
}

/** Draws one legend symbol centred on (cx, cy); `sw` is the symbol box, `s` the layout scale. */
export function drawSymbol(ctx: Ctx, symbol: LegendSymbol, cx: number, cy: number, sw: number, s: number): void {
  ctx.save();
  switch (symbol.shape) {
    case 'line':
      ctx.globalAlpha = symbol.opacity;
      ctx.strokeStyle = symbol.color;
      ctx.lineWidth = symbol.width * s;
      ctx.beginPath();
      ctx.moveTo(cx - sw / 2, cy);
      ctx.lineTo(cx + sw / 2, cy);
      ctx.stroke();
      break;
    case 'dot':
      ctx.beginPath();
      ctx.arc(cx, cy, 7 * s, 0, Math.PI * 2);
      ctx.fillStyle = symbol.color;
      ctx.fill();
      ctx.lineWidth = 2 * s;
      ctx.strokeStyle = '#ffffff';
      ctx.stroke();
      break;
    case 'ring':
      ctx.beginPath();
      ctx.arc(cx, cy, 9 * s, 0, Math.PI * 2);
      ctx.fillStyle = withAlpha(symbol.color, 0.12);
      ctx.fill();
      ctx.lineWidth = 2 * s;
      ctx.strokeStyle = symbol.color;
      ctx.stroke();
      break;
    case 'hatch':
      ctx.strokeStyle = symbol.color;
      ctx.lineWidth = 2 * s;
      ctx.strokeRect(cx - sw / 2, cy - sw / 2, sw, sw);
      ctx.beginPath();
      ctx.rect(cx - sw / 2, cy - sw / 2, sw, sw);
      ctx.clip();
      for (let i = -sw; i < sw; i += 6 * s) {
        ctx.moveTo(cx - sw / 2 + i, cy + sw / 2);
        ctx.lineTo(cx - sw / 2 + i + sw, cy - sw / 2);
      }
      ctx.stroke();
      break;
    case 'post':
      ctx.setLineDash([3 * s, 2.5 * s]);
      ctx.lineWidth = 1.5 * s;
      ctx.strokeStyle = symbol.color;
      ctx.beginPath();
      ctx.arc(cx, cy, 9 * s, 0, Math.PI * 2);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = symbol.color;
      ctx.fillRect(cx - 5 * s, cy - 5 * s, 10 * s, 10 * s);
      break;
    case 'diamond': {
      const d = 7 * s;
      ctx.beginPath();
      ctx.moveTo(cx, cy - d);
      ctx.lineTo(cx + d, cy);
      ctx.lineTo(cx, cy + d);
      ctx.lineTo(cx - d, cy);
      ctx.closePath();
      ctx.fillStyle = '#ffffff';
      ctx.fill();
      ctx.lineWidth = 2 * s;
      ctx.strokeStyle = symbol.color;
      ctx.stroke();
      break;
    }
  }
  ctx.restore();
}

/** `#rrggbb` at `alpha` as an rgba() colour. */
function withAlpha(hex: string, alpha: number): string {
  const v = parseInt(hex.slice(1), 16);
  return `rgba(${(v >> 16) & 255},${(v >> 8) & 255},${v & 255},${alpha})`;
}

/** Draws the legend column: the symbols of the base style and the visible overlays, then the source articles. */
export function drawLegend(ctx: Ctx, L: SlideLayout, t: SlideText): void {
  const r = L.legend;
  const s = L.scale;
  const lh = L.fonts.body * 1.45;
  const sw = Math.round(22 * s);
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#1d1f22';
  ctx.font = `600 ${L.fonts.heading}px ${FONT}`;
  let y = r.y + L.fonts.heading * 0.6;
  ctx.fillText(t.labels.legend, r.x, y);
  y += L.fonts.heading * 1.3;
  ctx.font = `${L.fonts.body}px ${FONT}`;
  for (const { symbol, label } of t.legend) {
    if (y > r.y + r.height - lh) continue;
    drawSymbol(ctx, symbol, r.x + sw / 2, y, sw, s);
    ctx.fillStyle = '#1d1f22';
    const lines = wrapText(ctx, label, r.width - sw - 12 * s);
    lines.forEach((l, i) => ctx.fillText(l, r.x + sw + 12 * s, y + i * L.fonts.body * 1.2));
    y += lh + (lines.length - 1) * L.fonts.body * 1.2;
  }

  y += lh * 0.4;
  if (t.sources.length && y < r.y + r.height - 2 * lh) {
    ctx.font = `600 ${L.fonts.heading}px ${FONT}`;
    ctx.fillText(t.labels.sources, r.x, y);
    y += L.fonts.heading * 1.1;
    ctx.font = `${L.fonts.small}px ${FONT}`;
    ctx.textBaseline = 'top';
    ctx.fillStyle = '#33373d';
    const lh = L.fonts.small * 1.3;
    const bottom = r.y + r.height;
    t.sources.forEach((src, i) => {
      if (y < 0) return;
      const left = t.sources.length - i;
      // Keep the last line for "+ n more" when this citation would not fit.
      if (left > 1 && y + 4 * lh > bottom) {
        paragraph(ctx, t.labels.more.replace('{n}', String(left)), r, y, lh, 1);
        y = -1;
        return;
      }
      y = paragraph(ctx, `• ${src}`, r, y, lh, 3) + L.fonts.small * 0.3;
    });
  }
}

/** Draws the scale bar in the map's lower-left corner, on a white plate. */
export function drawScaleBar(ctx: Ctx, L: SlideLayout, t: SlideText): void {
  if (!(t.scale.px > 0)) return;
  const s = L.scale;
  const pad = 8 * s;
  const x = L.map.x + 14 * s;
  const y = L.map.y + L.map.height - 14 * s - 30 * s;
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fillRect(x, y, t.scale.px + 2 * pad, 30 * s);
  ctx.strokeStyle = '#1d1f22';
  ctx.lineWidth = 2 * s;
  ctx.beginPath();
  ctx.moveTo(x + pad, y + 8 * s);
  ctx.lineTo(x + pad, y + 20 * s);
  ctx.lineTo(x + pad + t.scale.px, y + 20 * s);
  ctx.lineTo(x + pad + t.scale.px, y + 8 * s);
  ctx.stroke();
  ctx.fillStyle = '#1d1f22';
  ctx.font = `${L.fonts.small}px ${FONT}`;
  ctx.textBaseline = 'bottom';
  ctx.fillText(t.scale.label, x + pad + 4 * s, y + 18 * s);
}

/** Draws the footer: attribution lines of the data, wrapped, then the provenance lines. */
export function drawFooter(ctx: Ctx, L: SlideLayout, t: SlideText): void {
  ctx.fillStyle = '#5b6068';
  ctx.font = `${L.fonts.small}px ${FONT}`;
  ctx.textBaseline = 'top';
  const lh = L.fonts.small * 1.3;
  let y = paragraph(ctx, `${t.labels.mapData}: ${t.attribution.join(' · ')}`, L.footer, L.footer.y, lh, 3);
  ctx.fillStyle = '#33373d';
  for (const line of t.provenance) y = paragraph(ctx, line, L.footer, y, lh, 2);
}

/** Draws the short provenance on a plate in the map's lower-right corner, so the map alone still names it. */
export function drawStamp(ctx: Ctx, L: SlideLayout, t: SlideText): void {
  const s = L.scale;
  const stamp = stripBidiControls(t.stamp);
  ctx.font = `${Math.round(12 * s)}px ${FONT}`;
  const w = ctx.measureText(stamp).width + 12 * s;
  const hgt = 20 * s;
  const x = L.map.x + L.map.width - w - 2 * s;
  const y = L.map.y + L.map.height - hgt - 2 * s;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(x, y, w, hgt);
  ctx.fillStyle = '#33373d';
  ctx.textBaseline = 'middle';
  ctx.fillText(stamp, x + 6 * s, y + hgt / 2);
}
