/**
 * How the map tells the two compared periods apart, for every kind of colour vision: colour
 * (Okabe–Ito blue and orange) and shape (A a filled circle, B a diamond, both a blue dot inside an
 * orange diamond), so neither hue nor shape alone carries the difference.
 */
import type { MapImage } from '../../style/icons';
import type { PeriodMembership } from '../../compare/periods';

/** Okabe & Ito (2008), "Color Universal Design": blue and orange, distinct under every common colour-vision deficiency. */
export const COMPARE_COLORS = { a: '#0072B2', b: '#E69F00' } as const;

/** Icon id per membership. */
export const COMPARE_ICON: Record<PeriodMembership, string> = { a: 'icon-compare-a', b: 'icon-compare-b', both: 'icon-compare-both' };

const diamond = (ctx: CanvasRenderingContext2D, s: number, fill: string): void => {
  const c = s / 2;
  ctx.beginPath();
  ctx.moveTo(c, 1.5);
  ctx.lineTo(s - 1.5, c);
  ctx.lineTo(c, s - 1.5);
  ctx.lineTo(1.5, c);
  ctx.closePath();
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.lineWidth = 3;
  ctx.strokeStyle = COMPARE_COLORS.b;
  ctx.stroke();
};

const dot = (ctx: CanvasRenderingContext2D, s: number, r: number): void => {
  ctx.beginPath();
  ctx.arc(s / 2, s / 2, r, 0, Math.PI * 2);
  ctx.fillStyle = COMPARE_COLORS.a;
  ctx.fill();
  ctx.lineWidth = 2;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
};

export const compareIcons: MapImage[] = [
  { id: COMPARE_ICON.a, size: 20, draw: (ctx, s) => dot(ctx, s, s / 2 - 2.5) },
  { id: COMPARE_ICON.b, size: 22, draw: (ctx, s) => diamond(ctx, s, '#ffffff') },
  {
    id: COMPARE_ICON.both,
    size: 24,
    draw: (ctx, s) => {
      diamond(ctx, s, '#ffffff');
      dot(ctx, s, 5);
    },
  },
];
