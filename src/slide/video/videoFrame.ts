/**
 * One frame of the playback video, drawn on a 2D canvas: a header (title, time window and count),
 * the map (its latest rendered frame, scaled to cover), a timeline strip (the years, every event
 * as a tick, the window as a band) and a footer with the credits and the provenance stamp.
 */
import type { TimeWindow } from '../../calendar/window';
import { civilToDayNumber, dayNumberToCivil } from '../../calendar/dates';
import type { Rect, Size } from '../exportLayout';

const FONT = "system-ui, 'DejaVu Sans', sans-serif";

export interface VideoLayout {
  size: Size;
  header: Rect;
  map: Rect;
  timeline: Rect;
  footer: Rect;
  /** Type size unit: 1 at 720 px of height. */
  s: number;
}

/** Bands from top to bottom: header 9 %, map, timeline 11 %, footer 6 %. Pure. */
export function videoLayout(size: Size): VideoLayout {
  const s = size.height / 720;
  const pad = Math.round(16 * s);
  const header = { x: pad, y: 0, width: size.width - 2 * pad, height: Math.round(size.height * 0.09) };
  const footer = { x: pad, y: Math.round(size.height * 0.94), width: size.width - 2 * pad, height: Math.round(size.height * 0.06) };
  const timeline = { x: pad, y: Math.round(size.height * 0.83), width: size.width - 2 * pad, height: Math.round(size.height * 0.11) };
  const map = { x: 0, y: header.height, width: size.width, height: timeline.y - header.height - Math.round(6 * s) };
  return { size, header, map, timeline, footer, s };
}

/** x of `day` on a strip of `r` showing `bounds`. Pure. */
export function dayX(day: number, bounds: TimeWindow, r: Rect): number {
  const span = Math.max(1, bounds.end - bounds.start);
  return r.x + ((day - bounds.start) / span) * r.width;
}

export interface FrameText {
  title: string;
  window: string;
  credits: string;
  stamp: string;
}

export interface FrameData {
  bounds: TimeWindow;
  window: TimeWindow;
  /** Start days of the events (ticks on the strip); `inWindow` marks those shown now. */
  ticks: ReadonlyArray<{ day: number; inWindow: boolean }>;
}

/** Draws `source` (the map's canvas copy) scaled to cover `r`, clipped to it. */
function drawCover(ctx: CanvasRenderingContext2D, source: CanvasImageSource & { width: number; height: number }, r: Rect): void {
  if (!source.width || !source.height) return;
  const k = Math.max(r.width / source.width, r.height / source.height);
  const w = source.width * k;
  const hgt = source.height * k;
  ctx.save();
  ctx.beginPath();
  ctx.rect(r.x, r.y, r.width, r.height);
  ctx.clip();
  ctx.drawImage(source, r.x + (r.width - w) / 2, r.y + (r.height - hgt) / 2, w, hgt);
  ctx.restore();
}

/** Draws one frame. */
export function drawVideoFrame(
  ctx: CanvasRenderingContext2D,
  L: VideoLayout,
  map: CanvasImageSource & { width: number; height: number },
  text: FrameText,
  data: FrameData,
): void {
  const { s } = L;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, L.size.width, L.size.height);
  drawCover(ctx, map, L.map);
  // Header: title left, window and count right.
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#1d1f22';
  ctx.font = `600 ${Math.round(24 * s)}px ${FONT}`;
  const cy = L.header.y + L.header.height / 2;
  ctx.textAlign = 'left';
  ctx.fillText(text.title, L.header.x, cy, L.header.width * 0.55);
  ctx.font = `${Math.round(20 * s)}px ${FONT}`;
  ctx.textAlign = 'right';
  ctx.fillText(text.window, L.header.x + L.header.width, cy, L.header.width * 0.43);
  ctx.textAlign = 'left';
  // Timeline: axis, year ticks, event ticks, window band.
  const r = L.timeline;
  const axisY = r.y + r.height * 0.62;
  ctx.strokeStyle = '#9aa0a8';
  ctx.lineWidth = Math.max(1, s);
  ctx.beginPath();
  ctx.moveTo(r.x, axisY);
  ctx.lineTo(r.x + r.width, axisY);
  ctx.stroke();
  ctx.font = `${Math.round(13 * s)}px ${FONT}`;
  ctx.fillStyle = '#5b6068';
  ctx.textBaseline = 'top';
  const first = dayNumberToCivil(data.bounds.start).year + 1;
  const last = dayNumberToCivil(data.bounds.end - 1).year;
  const step = Math.max(1, Math.ceil((last - first + 1) / 12));
  for (let y = first; y <= last; y += step) {
    const x = dayX(civilToDayNumber(y, 1, 1), data.bounds, r);
    ctx.fillRect(x, axisY, Math.max(1, s), 6 * s);
    ctx.fillText(String(y), x + 3 * s, axisY + 6 * s);
  }
  const wx0 = dayX(data.window.start, data.bounds, r);
  const wx1 = Math.max(wx0 + 2 * s, dayX(data.window.end, data.bounds, r));
  ctx.fillStyle = 'rgba(31,95,175,0.18)';
  ctx.fillRect(wx0, r.y, wx1 - wx0, axisY - r.y);
  for (const tk of data.ticks) {
    ctx.fillStyle = tk.inWindow ? '#c0392b' : '#9aa0a8';
    ctx.fillRect(dayX(tk.day, data.bounds, r) - s, r.y + r.height * 0.15, Math.max(1, 2 * s), axisY - r.y - r.height * 0.15);
  }
  ctx.strokeStyle = '#1f5faf';
  ctx.lineWidth = 2 * s;
  ctx.strokeRect(wx0, r.y, wx1 - wx0, axisY - r.y);
  // Footer: credits left, provenance stamp right.
  ctx.textBaseline = 'middle';
  ctx.font = `${Math.round(12 * s)}px ${FONT}`;
  ctx.fillStyle = '#5b6068';
  const fy = L.footer.y + L.footer.height / 2;
  ctx.fillText(text.credits, L.footer.x, fy, L.footer.width * 0.6);
  ctx.textAlign = 'right';
  ctx.fillText(text.stamp, L.footer.x + L.footer.width, fy, L.footer.width * 0.38);
  ctx.textAlign = 'left';
}
