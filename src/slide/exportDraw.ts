/** 2D drawing for the PNG export: title band, legend column, scale bar and footer on a canvas. */
import type { EventKind } from '../model/types';
import type { LayerId } from '../state/appStore';
import type { Theme } from '../style/theme';
import type { Rect, SlideLayout } from './exportLayout';

type Ctx = CanvasRenderingContext2D;
const FONT = "system-ui, 'DejaVu Sans', sans-serif";

/** Splits `text` into lines no wider than `max` at the context's current font. */
export function wrapText(ctx: Ctx, text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
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

/** The fixed words of the slide (legend heading and items, sources heading, footer prefix), in the UI language. */
export interface SlideLabels {
  legend: string;
  ring: string;
  hatch: string;
  borderGlow: string;
  crossing: string;
  coverage: string;
  rivers: string;
  sources: string;
  mapData: string;
}

export interface SlideText {
  labels: SlideLabels;
  title: string;
  subtitle: string;
  kinds: Array<{ kind: EventKind; label: string }>;
  layers: Record<LayerId, boolean>;
  borderLabel: string;
  sources: string[];
  attribution: string[];
  scale: { px: number; label: string };
}

/** Draws the title band. */
export function drawTitle(ctx: Ctx, L: SlideLayout, t: SlideText): void {
  ctx.fillStyle = '#1d1f22';
  ctx.textBaseline = 'top';
  ctx.font = `600 ${L.fonts.title}px ${FONT}`;
  const y = paragraph(ctx, t.title, L.title, L.title.y, L.fonts.title * 1.15, 1);
  ctx.font = `${L.fonts.subtitle}px ${FONT}`;
  ctx.fillStyle = '#4a4f57';
  paragraph(ctx, t.subtitle, L.title, y + L.fonts.subtitle * 0.3, L.fonts.subtitle * 1.25, 2);
}

/** Draws the legend column: symbols for the visible layers, then the source articles. */
export function drawLegend(ctx: Ctx, L: SlideLayout, t: SlideText, th: Theme): void {
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
  const item = (draw: (cx: number, cy: number) => void, label: string): void => {
    if (y > r.y + r.height - lh) return;
    draw(r.x + sw / 2, y);
    ctx.fillStyle = '#1d1f22';
    const lines = wrapText(ctx, label, r.width - sw - 12 * s);
    lines.forEach((l, i) => ctx.fillText(l, r.x + sw + 12 * s, y + i * L.fonts.body * 1.2));
    y += lh + (lines.length - 1) * L.fonts.body * 1.2;
  };
  const line =
    (color: string, width: number, alpha = 1) =>
    (cx: number, cy: number): void => {
      ctx.save();
      ctx.globalAlpha = alpha;
      ctx.strokeStyle = color;
      ctx.lineWidth = width * s;
      ctx.beginPath();
      ctx.moveTo(cx - sw / 2, cy);
      ctx.lineTo(cx + sw / 2, cy);
      ctx.stroke();
      ctx.restore();
    };
  item(line(th.border, 4), t.borderLabel);
  if (t.layers.events) {
    for (const k of t.kinds) {
      item((cx, cy) => {
        ctx.beginPath();
        ctx.arc(cx, cy, 7 * s, 0, Math.PI * 2);
        ctx.fillStyle = th.kind[k.kind];
        ctx.fill();
        ctx.lineWidth = 2 * s;
        ctx.strokeStyle = '#ffffff';
        ctx.stroke();
      }, k.label);
    }
    item((cx, cy) => {
      ctx.beginPath();
      ctx.arc(cx, cy, 9 * s, 0, Math.PI * 2);
      ctx.fillStyle = 'rgba(215,48,31,0.12)';
      ctx.fill();
      ctx.lineWidth = 2 * s;
      ctx.strokeStyle = th.kind.incident;
      ctx.stroke();
    }, t.labels.ring);
    item((cx, cy) => {
      ctx.save();
      ctx.strokeStyle = th.areaHighlight;
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
      ctx.restore();
    }, t.labels.hatch);
    item(line(th.areaHighlight, 8, 0.4), t.labels.borderGlow);
  }
  if (t.layers.outposts) {
    item((cx, cy) => {
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
      ctx.strokeStyle = th.outpost;
      ctx.stroke();
    }, t.labels.crossing);
  }
  if (t.layers.coverage) item(line(th.coverage.border, 8, 0.7), t.labels.coverage);
  if (t.layers.rivers) item(line(th.river, 2), t.labels.rivers);

  y += lh * 0.4;
  if (t.sources.length && y < r.y + r.height - 2 * lh) {
    ctx.font = `600 ${L.fonts.heading}px ${FONT}`;
    ctx.fillText(t.labels.sources, r.x, y);
    y += L.fonts.heading * 1.1;
    ctx.font = `${L.fonts.small}px ${FONT}`;
    ctx.textBaseline = 'top';
    ctx.fillStyle = '#33373d';
    for (const src of t.sources) y = paragraph(ctx, `• ${src}`, r, y, L.fonts.small * 1.3, 3) + L.fonts.small * 0.3;
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

/** Draws the footer: attribution lines of the data, wrapped. */
export function drawFooter(ctx: Ctx, L: SlideLayout, t: SlideText): void {
  ctx.fillStyle = '#5b6068';
  ctx.font = `${L.fonts.small}px ${FONT}`;
  ctx.textBaseline = 'top';
  paragraph(ctx, `${t.labels.mapData}: ${t.attribution.join(' · ')}`, L.footer, L.footer.y, L.fonts.small * 1.3, 4);
}
