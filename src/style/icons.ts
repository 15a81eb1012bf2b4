/**
 * Map icons drawn on a canvas when an overlay is added: no sprite sheet to fetch, so nothing
 * leaves the origin. Each overlay declares the images it uses; the map adds and removes them with it.
 */

type Draw = (ctx: CanvasRenderingContext2D, size: number) => void;

/** An icon or fill pattern: its id in the style, its size in CSS pixels and how to draw it. */
export interface MapImage {
  id: string;
  size: number;
  draw: Draw;
}

/** The map operations adding an image needs. */
export interface ImageMap {
  addImage(id: string, image: ImageData, options: { pixelRatio: number }): unknown;
  hasImage(id: string): boolean;
  removeImage(id: string): unknown;
}

function rasterise(size: number, pixelRatio: number, draw: Draw): ImageData {
  const px = Math.round(size * pixelRatio);
  const canvas = document.createElement('canvas');
  canvas.width = px;
  canvas.height = px;
  // Read back at once: a CPU canvas, so getImageData need not wait on the GPU (busy drawing an export's map;
  // on SwiftShader the read-back of a GPU canvas was ~1 s of first load).
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('2D canvas unavailable');
  ctx.scale(pixelRatio, pixelRatio);
  draw(ctx, size);
  return ctx.getImageData(0, 0, px, px);
}

/** Rasterises `image` at the screen's pixel ratio and adds it, replacing an image of the same id. */
export function addMapImage(map: ImageMap, image: MapImage): void {
  const pr = Math.max(1, Math.round(window.devicePixelRatio || 1));
  if (map.hasImage(image.id)) map.removeImage(image.id);
  map.addImage(image.id, rasterise(image.size, pr, image.draw), { pixelRatio: pr });
}

/** Crossing point: a white diamond with a dark outline and a cross bar, legible in print. */
export const crossingIcon: MapImage = {
  id: 'icon-crossing',
  size: 18,
  draw: (ctx, s) => {
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
  },
};

/** Outpost: a dark square (for user-supplied outposts). */
export const outpostIcon: MapImage = {
  id: 'icon-outpost',
  size: 16,
  draw: (ctx, s) => {
    ctx.fillStyle = '#1a202c';
    ctx.fillRect(3, 3, s - 6, s - 6);
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 1.5;
    ctx.strokeRect(3, 3, s - 6, s - 6);
  },
};

/** Diagonal hatch used to mark areas that an event is located in only as a whole. */
export const hatchPattern = (color: string): MapImage => ({
  id: 'pattern-hatch',
  size: 12,
  draw: (ctx, s) => {
    ctx.strokeStyle = color;
    ctx.lineWidth = 2;
    for (let x = -s; x < s * 2; x += 6) {
      ctx.beginPath();
      ctx.moveTo(x, s);
      ctx.lineTo(x + s, 0);
      ctx.stroke();
    }
  },
});

/** Border post whose site is not published (drawn at its district's seat): the post square inside a dashed ring. */
export const postApproxIcon: MapImage = {
  id: 'icon-post-approx',
  size: 24,
  draw: (ctx, s) => {
    const c = s / 2;
    ctx.setLineDash([3, 2.5]);
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = '#1a202c';
    ctx.beginPath();
    ctx.arc(c, c, c - 1.5, 0, Math.PI * 2);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = '#1a202c';
    ctx.fillRect(c - 5, c - 5, 10, 10);
    ctx.strokeStyle = '#fff';
    ctx.strokeRect(c - 5, c - 5, 10, 10);
  },
};
