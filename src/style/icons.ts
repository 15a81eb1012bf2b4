/**
 * Map icons drawn on a canvas at start-up: no sprite sheet to fetch, so nothing leaves the origin.
 */
import type { Map as MlMap } from 'maplibre-gl';

type Draw = (ctx: CanvasRenderingContext2D, size: number) => void;

function rasterise(size: number, pixelRatio: number, draw: Draw): ImageData {
  const px = Math.round(size * pixelRatio);
  const canvas = document.createElement('canvas');
  canvas.width = px;
  canvas.height = px;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  ctx.scale(pixelRatio, pixelRatio);
  draw(ctx, size);
  return ctx.getImageData(0, 0, px, px);
}

/** Crossing point: a white diamond with a dark outline and a cross bar, legible in print. */
const crossing: Draw = (ctx, s) => {
  const c = s / 2;
  ctx.beginPath();
  ctx.moveTo(c, 1.5);
  ctx.lineTo(s - 1.5, c);
  ctx.lineTo(c, s - 1.5);
  ctx.lineTo(1.5, c);
  ctx.closePath();
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.lineWidth = 2;
  ctx.strokeStyle = '#1a202c';
  ctx.stroke();
  ctx.beginPath();
  ctx.moveTo(c - 3.5, c);
  ctx.lineTo(c + 3.5, c);
  ctx.stroke();
};

/** Outpost: a dark square (for user-supplied outposts). */
const outpost: Draw = (ctx, s) => {
  ctx.fillStyle = '#1a202c';
  ctx.fillRect(3, 3, s - 6, s - 6);
  ctx.strokeStyle = '#fff';
  ctx.lineWidth = 1.5;
  ctx.strokeRect(3, 3, s - 6, s - 6);
};

/** Diagonal hatch used to mark areas that an event is located in only as a whole. */
const hatch =
  (color: string): Draw =>
  (ctx, s) => {
    ctx.strokeStyle = color;
    ctx.lineWidth = 2;
    for (let x = -s; x < s * 2; x += 6) {
      ctx.beginPath();
      ctx.moveTo(x, s);
      ctx.lineTo(x + s, 0);
      ctx.stroke();
    }
  };

/** Registers every icon the overlays use. Safe to call again after a style change. */
export function addIcons(map: MlMap, hatchColor: string): void {
  const pr = Math.max(1, Math.round(window.devicePixelRatio || 1));
  const add = (id: string, size: number, draw: Draw): void => {
    if (map.hasImage(id)) map.removeImage(id);
    map.addImage(id, rasterise(size, pr, draw), { pixelRatio: pr });
  };
  add('icon-crossing', 18, crossing);
  add('icon-outpost', 16, outpost);
  add('pattern-hatch', 12, hatch(hatchColor));
}
