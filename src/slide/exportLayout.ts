/**
 * Layout maths for the PNG export: output sizes, a slide layout (title band, map, legend column,
 * footer), the zoom that keeps the on-screen extent in the export's map area, and a scale bar.
 * Pure: numbers in, numbers out.
 */

export type ExportSizeId = 'screen' | '2x' | 'slide' | 'a4';
export const EXPORT_SIZES: readonly ExportSizeId[] = ['screen', '2x', 'slide', 'a4'];

export interface Size {
  width: number;
  height: number;
}
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pixel size of the output image for a size choice, given the on-screen map size in CSS pixels. */
export function exportPixelSize(id: ExportSizeId, screen: Size): Size {
  const w = Math.max(1, Math.round(screen.width));
  const hgt = Math.max(1, Math.round(screen.height));
  switch (id) {
    case 'screen':
      return { width: w, height: hgt };
    case '2x':
      return { width: w * 2, height: hgt * 2 };
    case 'slide':
      return { width: 1920, height: 1080 };
    case 'a4':
      // 297 × 210 mm at 300 dpi.
      return { width: Math.round((297 / 25.4) * 300), height: Math.round((210 / 25.4) * 300) };
  }
}

export interface SlideLayout {
  size: Size;
  /** Multiplier for every type size and margin (1 at 1920 × 1080). */
  scale: number;
  margin: number;
  title: Rect;
  map: Rect;
  legend: Rect;
  footer: Rect;
  fonts: { title: number; subtitle: number; heading: number; body: number; small: number };
}

/**
 * Lays out a slide of `size`: title band on top (taller by `textLines` lines of body text, for a
 * briefing step's text), map left, legend column right, footer (credits and provenance) below.
 */
export function slideLayout(size: Size, textLines = 0): SlideLayout {
  const scale = Math.min(3, Math.max(0.45, Math.sqrt((size.width * size.height) / (1920 * 1080))));
  const r = (n: number): number => Math.round(n * scale);
  const margin = r(36);
  const fonts = { title: r(42), subtitle: r(24), heading: r(22), body: r(19), small: r(14) };
  const titleH = r(112 + 27 * Math.max(0, textLines));
  const footerH = r(124);
  // The legend column takes a fixed share, never more than 40% of a narrow image.
  const legendW = Math.min(r(440), Math.round(size.width * 0.4));
  const title: Rect = { x: margin, y: margin, width: size.width - 2 * margin, height: titleH };
  const bodyY = margin + titleH;
  const bodyH = Math.max(1, size.height - bodyY - footerH - margin);
  const map: Rect = { x: margin, y: bodyY, width: Math.max(1, size.width - 3 * margin - legendW), height: bodyH };
  const legend: Rect = { x: map.x + map.width + margin, y: bodyY, width: legendW, height: bodyH };
  const footer: Rect = { x: margin, y: bodyY + bodyH + r(12), width: size.width - 2 * margin, height: footerH - r(12) };
  return { size, scale, margin, title, map, legend, footer, fonts };
}

/**
 * Zoom for the export map so it shows the on-screen extent: the export map is `area` device pixels
 * drawn at `pixelRatio`, the screen map is `screen` CSS pixels at `zoom`.
 */
export function exportZoom(zoom: number, screen: Size, area: Size, pixelRatio: number): number {
  const f = Math.min(area.width / pixelRatio / Math.max(1, screen.width), area.height / pixelRatio / Math.max(1, screen.height));
  return zoom + Math.log2(f);
}

/** Metres per CSS pixel at `lat` and `zoom` (512-px web-mercator tiles, as MapLibre uses). */
export function metresPerPixel(lat: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** The longest "nice" distance (1, 2 or 5 × 10ⁿ m) whose bar fits in `maxPx`; its length in pixels; `units` word the label. */
export function scaleBar(
  mPerPx: number,
  maxPx: number,
  units: { km: string; m: string } = { km: 'km', m: 'm' },
): { metres: number; px: number; label: string } {
  if (!(mPerPx > 0) || !(maxPx > 0) || !Number.isFinite(mPerPx)) return { metres: 0, px: 0, label: '' };
  const maxM = mPerPx * maxPx;
  const p = 10 ** Math.floor(Math.log10(maxM));
  const nice = [5, 2, 1].map((k) => k * p).find((m) => m <= maxM) ?? p;
  const label = nice >= 1000 ? `${nice / 1000} ${units.km}` : `${nice} ${units.m}`;
  return { metres: nice, px: nice / mPerPx, label };
}
